import { execSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { BENCH_CACHE, BENCH_PASSWORD, type DatasetName, openDataset } from "../data/build-dataset";
import { type ServerProcess, startOurServer, startPeerServer } from "./contenders";
import { floorLoad, httpLoad, type LoadResult } from "./load";
import { benchReviewText, type GraphQLRequest, OPERATIONS, type Operation } from "./operations";
import { recordOurs, recordPeer, type RequestProfile } from "./profile-requests";
import { cellOf, type Contender, CONTENDERS, markdownTable, type OperationResult } from "./report";
import { readTargets } from "./targets";

// `npm run bench:peer -- [--dataset S|M] [--duration 5] [--rounds 2] [--only film-page,films-10]`
// This API, @neo4j/graphql 7 (the peer) and a raw-driver floor over one Neo4j, side by side
// (docs/benchmarks.md). Results: printed, and written to .local/bench/results-<time>-<dataset>.{json,md}.

interface Options {
  dataset: DatasetName;
  duration: number;
  rounds: number;
  warmup: number;
  connections: number;
  only?: string[];
  contenders: Contender[];
  timeout: number;
  rebuild?: boolean;
}

const positive = (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("must be a positive number");
  return n;
};
const list = (v: string) => v.split(",").map((s) => s.trim()).filter(Boolean);
const log = (message: string) => process.stderr.write(`[bench:peer] ${message}\n`);
const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");

function selected(only: string[] | undefined): Operation[] {
  if (!only) return OPERATIONS;
  const ops = OPERATIONS.filter((op) => only.some((o) => op.name === o || op.name.startsWith(`${o}-`)));
  if (!ops.length) throw new InvalidArgumentError(`--only matches no operation; they are ${OPERATIONS.map((o) => o.name).join(", ")}`);
  return ops;
}

function gitDescription(): string {
  try {
    const head = execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim();
    const dirty = execSync("git status --porcelain --untracked-files=no", { encoding: "utf8" }).trim() ? " (with uncommitted changes)" : "";
    return `${execSync("git rev-parse --abbrev-ref HEAD", { encoding: "utf8" }).trim()} ${head}${dirty}`;
  } catch {
    return "unknown";
  }
}

async function main(): Promise<void> {
  const program = new Command("bench:peer")
    .option("--dataset <name>", "S (seed + vega movies) or M (generated catalog, 500k reviews)", "S")
    .option("--duration <seconds>", "measured seconds per operation, contender and round", positive, 5)
    .option("--rounds <n>", "interleaved rounds (medians are reported)", positive, 2)
    .option("--warmup <seconds>", "warm-up seconds per operation and contender", positive, 2)
    .option("--connections <n>", "concurrent clients (closed loop)", positive, 10)
    .option("--only <operations>", "comma-separated operation names or prefixes (film-page, films-10, nested ...)", list)
    .option("--contenders <list>", "comma-separated: ours, peer, floor", list, [...CONTENDERS])
    .option("--timeout <seconds>", "a request unanswered after this long counts as an error", positive, 20)
    .option("--rebuild", "rebuild the cached data set")
    .parse();
  const o = program.opts<Options>();
  if (o.dataset !== "S" && o.dataset !== "M") throw new InvalidArgumentError("--dataset must be S or M");
  const unknown = o.contenders.filter((c) => !CONTENDERS.includes(c));
  if (unknown.length) throw new InvalidArgumentError(`unknown contender(s) ${unknown.join(", ")}`);
  const operations = selected(o.only);
  const runId = new Date().toISOString().replace(/[:.]/g, "-");
  const loadBefore = loadAverage();

  const dataset = await openDataset(o.dataset, { rebuild: o.rebuild });
  const servers: ServerProcess[] = [];
  // Ctrl-C: stop what the run started (the servers, the data set's Neo4j), keep the cache.
  const interrupted = () => {
    log("interrupted: stopping");
    void Promise.allSettled(servers.map((s) => s.stop()))
      .then(() => dataset.close())
      .finally(() => process.exit(130));
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  const apiToken = `bench-${runId}-token`;
  const createdReviews: string[] = [];
  let ours: ServerProcess | undefined;
  try {
    const targets = await readTargets(dataset.db);
    log(`data set ${o.dataset}: targets ${JSON.stringify(targets)}`);
    let written = 0;
    const requestOf = (op: Operation, contender: "ours" | "peer", n: number): GraphQLRequest => {
      const request = contender === "ours" ? op.ours(targets) : op.peer!(targets);
      if (!op.write) return request;
      const input = request.variables.input as Record<string, unknown>;
      return { ...request, variables: { ...request.variables, input: { ...input, text: benchReviewText(targets, runId, n) } } };
    };

    // Statements and db hits of one request of each operation, recorded in this process.
    log("recording statements and database hits (PROFILE) of one request per operation");
    const results: OperationResult[] = operations.map((op) => ({ operation: op.name, cells: {}, notes: [] }));
    const profiles = new Map<string, Partial<Record<Contender, RequestProfile>>>();
    const recorder = await recordOurs(dataset.db, apiToken);
    const peerRecorder = await recordPeer(dataset.db);
    try {
      for (const [i, op] of operations.entries()) {
        const p: Partial<Record<Contender, RequestProfile>> = {};
        const warm = await recorder.profile(requestOf(op, "ours", written++)).catch((error: Error): RequestProfile & { createdIds: string[] } => ({
          statements: [],
          errors: `recording failed: ${error.message.split("\n")[0]}`,
          createdIds: [],
        }));
        const mine = op.write || warm.errors ? warm : await recorder.profile(requestOf(op, "ours", written++));
        if (op.write) createdReviews.push(...warm.createdIds);
        // A request that fails while recording is still measured (its failures are the result);
        // the floor needs its statements, so it runs only for requests that succeeded.
        if (mine.errors) results[i]!.notes.push(`ours: ${mine.errors}`);
        if (mine.profileError) results[i]!.notes.push(`ours: ${mine.profileError}`);
        if ((mine.statementHits?.length ?? 0) > 1) log(`  ${op.name} ours: db hits per statement ${JSON.stringify(mine.statementHits)}`);
        p.ours = mine;
        if (op.peer && o.contenders.includes("peer")) {
          const failed = (error: Error): RequestProfile => ({ statements: [], errors: `recording failed: ${error.message.split("\n")[0]}` });
          // Warm first (the first request also checks the Neo4j version).
          const warmPeer = await peerRecorder.profile(requestOf(op, "peer", 0)).catch(failed);
          const peer = warmPeer.errors ? warmPeer : await peerRecorder.profile(requestOf(op, "peer", 0)).catch(failed);
          if (peer.errors) results[i]!.notes.push(`peer: ${peer.errors}`);
          if (peer.profileError) results[i]!.notes.push(`peer: ${peer.profileError}`);
          p.peer = peer;
        }
        profiles.set(op.name, p);
      }
    } finally {
      await recorder.close();
    }

    if (o.contenders.includes("ours")) {
      ours = await startOurServer({ boltUri: dataset.neo4j.boltUri, password: BENCH_PASSWORD, apiToken });
      servers.push(ours);
    }
    const peer = o.contenders.includes("peer") ? await startPeerServer({ boltUri: dataset.neo4j.boltUri, password: BENCH_PASSWORD }) : undefined;
    if (peer) servers.push(peer);

    const run = async (op: Operation, contender: Contender, seconds: number): Promise<LoadResult | undefined> => {
      const p = profiles.get(op.name)!;
      if (contender === "floor") {
        if (op.write || !p.ours || p.ours.errors) return undefined;
        return floorLoad({ driver: dataset.db.driver, database: dataset.db.name, connections: o.connections, seconds, statements: p.ours.statements, timeoutSeconds: o.timeout });
      }
      const server = contender === "ours" ? ours : peer;
      if (!server || (contender === "peer" && !op.peer)) return undefined;
      return httpLoad({
        url: server.url,
        connections: o.connections,
        seconds,
        timeoutSeconds: o.timeout,
        headers: op.write ? { authorization: `Bearer ${apiToken}` } : {},
        body: (n) => JSON.stringify(requestOf(op, contender, op.write ? written + n : n)),
        onData: op.write
          ? (json) => {
              const id = (JSON.parse(json) as { data?: { ingestReview?: { id: string } } }).data?.ingestReview?.id;
              if (id) createdReviews.push(id);
            }
          : undefined,
      }).then((r) => {
        if (op.write) written += r.requests + o.connections;
        return r;
      });
    };

    log(`warm-up: ${o.warmup} s per operation and contender (load ${loadAverage()})`);
    for (const op of operations) for (const c of o.contenders) await run(op, c, o.warmup);
    const rounds = new Map<string, LoadResult[]>();
    for (let round = 0; round < o.rounds; round++) {
      log(`round ${round + 1}/${o.rounds} (load ${loadAverage()})`);
      for (const op of operations) {
        // Interleaved: each round starts with another contender.
        const order = o.contenders.map((_, i) => o.contenders[(i + round) % o.contenders.length]!);
        for (const c of order) {
          const r = await run(op, c, o.duration);
          if (!r) continue;
          const key = `${op.name} ${c}`;
          rounds.set(key, [...(rounds.get(key) ?? []), r]);
          log(`  ${op.name.padEnd(26)} ${c.padEnd(5)} ${r.reqPerSec.toFixed(1).padStart(8)} req/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  errors ${r.errors}`);
        }
      }
    }

    for (const [i, op] of operations.entries()) {
      const p = profiles.get(op.name)!;
      for (const c of o.contenders) {
        const measured = rounds.get(`${op.name} ${c}`);
        if (!measured) continue;
        const cell = cellOf(measured);
        if (c === "ours") {
          const seen = [...new Set(measured.flatMap((r) => r.statements))];
          cell.statements = seen.length ? seen.join("–") : String(p.ours?.statements.length ?? "—");
          cell.dbHits = p.ours?.dbHits;
        } else if (c === "peer") {
          cell.statements = String(p.peer?.statements.length ?? "—");
          cell.dbHits = p.peer?.dbHits;
        }
        results[i]!.cells[c] = cell;
      }
    }

    const loadAfter = loadAverage();
    const when = new Date().toISOString();
    const command = `npm run bench:peer -- --dataset ${o.dataset} --duration ${o.duration} --rounds ${o.rounds} --warmup ${o.warmup} --connections ${o.connections} --timeout ${o.timeout}` +
      (o.only ? ` --only ${o.only.join(",")}` : "") + (o.contenders.length < CONTENDERS.length ? ` --contenders ${o.contenders.join(",")}` : "");
    const table = markdownTable(results, o.contenders);
    const notes = results.flatMap((r) => [
      ...r.notes.map((n) => `- ${r.operation}: ${n}`),
      ...Object.entries(r.cells).filter(([, c]) => c.firstError).map(([k, c]) => `- ${r.operation} ${k}: first error: ${c.firstError}`),
    ]);
    const markdown = [
      `# bench:peer on ${o.dataset} — ${when}`,
      "",
      `Command: \`${command}\``,
      `Code: ${gitDescription()}; Node ${process.version}; ${os.cpus().length} cores; load average (1/5/15 min) before ${loadBefore}, after ${loadAfter}.`,
      `Data set ${o.dataset}: ${JSON.stringify(dataset.build)}`,
      `Targets: ${JSON.stringify(targets)}`,
      "",
      table,
      "",
      "req/s, p50 and p99: medians over the rounds; errors: summed over the rounds; statements and db hits: one request, recorded and PROFILEd.",
      ...(notes.length ? ["", "Notes:", ...notes] : []),
      "",
    ].join("\n");
    fs.mkdirSync(BENCH_CACHE, { recursive: true });
    const base = path.join(BENCH_CACHE, `results-${runId}-${o.dataset}`);
    fs.writeFileSync(`${base}.json`, JSON.stringify({ when, command, code: gitDescription(), loadBefore, loadAfter, dataset: o.dataset, build: dataset.build, targets, options: o, results }, null, 2));
    fs.writeFileSync(`${base}.md`, markdown);
    process.stdout.write(`${markdown}\nWritten to ${base}.md and .json\n`);
  } finally {
    if (ours && createdReviews.length) {
      log(`deleting the ${createdReviews.length} reviews this run wrote`);
      for (const id of createdReviews) {
        await fetch(ours.url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${apiToken}` },
          body: JSON.stringify({ query: "mutation Delete($id: ID!) { deleteReview(id: $id) }", variables: { id } }),
        }).catch(() => undefined);
      }
    }
    for (const s of servers) await s.stop();
    await dataset.close();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`bench:peer: ${error.message}\n`);
  process.exit(1);
});
