// Load: `npm run bench:load` (a benchmark, not part of jest). Holds mixed reads and writes at
// --connections connections for --duration seconds with autocannon, against a server it starts
// (as `npm start` runs, in a temporary state folder with its own embedded Neo4j, or on NEO4J_URI
// when set) or against --url. Prints requests, errors by extensions.code, latency p50/p99, and
// the resident memory of the server (and its Neo4j) at start and end.
//
//   npm run bench:load                                   30 s, 10 connections, a server of its own
//   npm run bench:load -- --duration 10 --connections 20
//   npm run bench:load -- --url http://localhost:4000/graphql --token "$(cat .local/api-token)" --pid <server pid>
//
// Each connection repeats: a film page, an ingestReview of a new review, a search, an upsertFilm,
// the review list, a deleteReview of the review it ingested. The benchmark films share people and
// the reviews share themes, so writes contend. With --url the benchmark films stay (their reviews
// are deleted as the run goes).
import autocannon from "autocannon";
import { Command } from "commander";
import { exitWithError } from "../../src/cli/exit-with-error";
import { rssMiB, startBenchServer, type BenchServer } from "./bench-server";

const FILMS = 5;
const PEOPLE = ["Ines Calloway", "Theo Marchetti", "Ruth Adeyemi", "Oskar Brandt", "Riz Ahmed"];
const THEMES = ["grief", "memory", "identity", "loneliness", "resilience", "family", "hope", "fear"];
const run = Date.now().toString(36);

const filmInput = (n: number, rotation = 0) => {
  const people = [...PEOPLE.slice(rotation % PEOPLE.length), ...PEOPLE.slice(0, rotation % PEOPLE.length)];
  return {
    title: `Load Bench ${n}`,
    year: 2001,
    directors: [people[0]!],
    writers: [people[1]!, people[2]!],
    cast: people.map((person, i) => ({ person, character: `Character ${i + 1}` })),
  };
};

const reviewText = (client: number, n: number) => {
  const themes = [...THEMES.slice((client + n) % THEMES.length), ...THEMES.slice(0, (client + n) % THEMES.length)].slice(0, 4);
  const actor = PEOPLE[(client + n) % PEOPLE.length]!;
  return (
    `Load review ${run}-${client}-${n}. ${actor} is superb as Character ${((client + n) % PEOPLE.length) + 1}. ` +
    `It is a film about ${themes.join(", ")}. The cinematography is beautiful, though the pacing drags.`
  );
};

const OPERATIONS = {
  FilmPage: `query FilmPage($id: ID!) { node(id: $id) { ... on Film { title cast { name person { name } } themes { name } reviews(first: 5) { totalCount edges { node { id sentiment } } } } } }`,
  IngestReview: `mutation IngestReview($input: ReviewInput!) { ingestReview(input: $input) { id themes { name } } }`,
  Search: `query Search($q: String!) { search(query: $q, first: 10) { score node { __typename } } }`,
  UpsertFilm: `mutation UpsertFilm($input: FilmInput!) { upsertFilm(input: $input) { id } }`,
  ReviewList: `query ReviewList($film: ID!) { reviews(first: 10, filter: { film: $film }) { totalCount edges { node { id } } } }`,
  DeleteReview: `mutation DeleteReview($id: ID!) { deleteReview(id: $id) }`,
} as const;
type Operation = keyof typeof OPERATIONS;
const WRITES = new Set<Operation>(["IngestReview", "UpsertFilm", "DeleteReview"]);

interface ConnectionContext {
  client?: number;
  n?: number;
  operation?: Operation;
  reviewId?: string;
}

async function graphql(url: string, token: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, { id: string }>; errors?: { message: string }[] };
  if (body.errors) throw new Error(`setting up the benchmark: ${body.errors[0]?.message}`);
  return body.data!;
}

async function main(flags: { duration: string; connections: string; url?: string; token?: string; pid?: string }) {
  const duration = Number(flags.duration);
  const connections = Number(flags.connections);
  if (!(duration > 0)) throw new Error("--duration must be a positive number of seconds");
  if (!Number.isInteger(connections) || connections < 1) throw new Error("--connections must be a positive whole number");
  const log = (line: string) => process.stderr.write(`${line}\n`);

  let server: BenchServer | undefined;
  let url = flags.url;
  let token = flags.token ?? process.env.API_TOKEN;
  let serverPid = flags.pid ? Number(flags.pid) : undefined;
  if (!url) {
    server = await startBenchServer(log);
    [url, token, serverPid] = [server.url, server.token, server.pid];
  }
  if (!token) throw new Error("--token (or API_TOKEN) is needed with --url: the benchmark writes");
  try {
    const films: string[] = [];
    for (let n = 1; n <= FILMS; n++) films.push((await graphql(url, token, OPERATIONS.UpsertFilm, { input: filmInput(n) })).upsertFilm!.id);

    const counts = new Map<Operation, number>();
    const errors = new Map<string, number>();
    const byOperation = new Map<Operation, Map<string, number>>();
    let clients = 0;
    const count = (op: Operation, code: string) => {
      errors.set(code, (errors.get(code) ?? 0) + 1);
      const own = byOperation.get(op) ?? new Map<string, number>();
      own.set(code, (own.get(code) ?? 0) + 1);
      byOperation.set(op, own);
    };
    const request = (operation: Operation, variables: (c: Required<Pick<ConnectionContext, "client" | "n">> & ConnectionContext) => Record<string, unknown>) => ({
      method: "POST" as const,
      path: new URL(url).pathname,
      headers: { "content-type": "application/json", ...(WRITES.has(operation) ? { authorization: `Bearer ${token}` } : {}) },
      setupRequest: (req: autocannon.Request, context: object) => {
        const c = context as ConnectionContext;
        c.client ??= clients++;
        c.n ??= 0;
        if (operation === "FilmPage") c.n += 1;
        c.operation = operation;
        return { ...req, body: JSON.stringify({ query: OPERATIONS[operation], variables: variables(c as never) }) };
      },
      onResponse: (status: number, body: string, context: object) => {
        const c = context as ConnectionContext;
        const op = c.operation!;
        counts.set(op, (counts.get(op) ?? 0) + 1);
        let parsed: { data?: { ingestReview?: { id: string } | null } | null; errors?: { extensions?: { code?: string } }[] } = {};
        try {
          parsed = JSON.parse(body);
        } catch {
          return count(op, `HTTP ${status} (not JSON)`);
        }
        for (const error of parsed.errors ?? []) count(op, error.extensions?.code ?? `HTTP ${status}`);
        if (op === "IngestReview") c.reviewId = parsed.data?.ingestReview?.id;
      },
    });
    const film = (c: { client: number }) => films[c.client % FILMS]!;
    const requests = [
      request("FilmPage", (c) => ({ id: film(c) })),
      request("IngestReview", (c) => ({ input: { filmId: film(c), text: reviewText(c.client, c.n) } })),
      request("Search", (c) => ({ q: THEMES[c.n % THEMES.length]! })),
      request("UpsertFilm", (c) => ({ input: filmInput((c.client % FILMS) + 1, c.client + c.n) })),
      request("ReviewList", (c) => ({ film: film(c) })),
      request("DeleteReview", (c) => ({ id: c.reviewId ?? "Review:none/review-0000000000000000" })),
    ];

    const rssStart = { server: rssMiB(serverPid), neo4j: rssMiB(server?.neo4jPid) };
    log(`loading ${url}: ${connections} connections for ${duration} s ...`);
    const result = await autocannon({ url, connections, duration, requests, timeout: 30 });
    const rssEnd = { server: rssMiB(serverPid), neo4j: rssMiB(server?.neo4jPid) };

    const mib = (v: number | undefined) => (v === undefined ? "n/a" : `${v.toFixed(0)} MiB`);
    const list = (m: Map<string, number>) => [...m].map(([k, v]) => `${k} ${v}`).join(", ") || "none";
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
    const lines = [
      `bench:load — ${connections} connections, ${result.duration.toFixed(1)} s, ${url}${server ? " (server started by the bench)" : ""}`,
      `requests:        ${total} answered (${(total / result.duration).toFixed(1)}/s), HTTP 2xx ${result["2xx"]}, non-2xx ${result.non2xx}, connection errors ${result.errors}, timeouts ${result.timeouts}`,
      `latency:         p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
      `errors by code:  ${list(errors)} (${errorCount} in ${total} answers)`,
      ...[...counts].map(([op, n]) => `  ${op.padEnd(13)} ${String(n).padStart(6)} answered, errors: ${list(byOperation.get(op) ?? new Map())}`),
      `RSS server:      ${mib(rssStart.server)} at start, ${mib(rssEnd.server)} at end`,
      ...(server?.neo4jPid ? [`RSS Neo4j:       ${mib(rssStart.neo4j)} at start, ${mib(rssEnd.neo4j)} at end`] : []),
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  } finally {
    if (server) log(`server stopped (SIGTERM) in ${await server.stop()} ms`);
  }
}

new Command("bench:load")
  .option("--duration <seconds>", "how long to hold the load", "30")
  .option("--connections <n>", "concurrent connections", "10")
  .option("--url <url>", "a running server's GraphQL address instead of one the bench starts")
  .option("--token <token>", "the API token of --url's server (default: API_TOKEN)")
  .option("--pid <pid>", "the pid of --url's server, to report its RSS")
  .action(main)
  .parseAsync(process.argv)
  .catch(exitWithError);
