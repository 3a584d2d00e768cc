import fs from "node:fs";
import { CypherRegistry } from "../../src/db/cypher-registry";
import { Database } from "../../src/db/database";
import { createDriver } from "../../src/db/driver";
import type { LocalNeo4j } from "../../src/db/embedded/local-neo4j";
import { applyMigrations } from "../../src/db/migrations";
import { loadSeed } from "../../src/seed/load-seed";
import { exactMatchAnalyzer } from "../support/exact-match-analyzer";
import { startTestNeo4j, TEST_PASSWORD } from "../support/test-neo4j";
import { startTestServer, type TestServer } from "../support/test-server";
import { runIngestOperation } from "../support/write-client";

// Neo4j killed (SIGKILL) in the middle of a stream of writes from several clients, then started
// again on the same data: every acknowledged review is there and complete, every failed one is
// absent (or, when Neo4j died after the commit but before the answer, complete): nothing is ever
// half-written. It needs a Neo4j of its own (this one is killed), not the run's shared one.
jest.setTimeout(600_000);

const CLIENTS = 5;
let neo4j: LocalNeo4j;
let db: Database;
let server: TestServer;

beforeAll(async () => {
  neo4j = await startTestNeo4j();
  const driver = createDriver({ uri: neo4j.boltUri, username: "neo4j", password: TEST_PASSWORD, retryMs: 1000 });
  db = new Database(driver, "neo4j", CypherRegistry.load());
  await applyMigrations(db);
  await loadSeed(db, exactMatchAnalyzer);
  server = await startTestServer(db);
});
afterAll(async () => {
  await server?.close();
  await db?.driver.close();
  await neo4j?.stop();
  if (neo4j) fs.rmSync(neo4j.homeDir, { recursive: true, force: true });
});

interface Outcome {
  text: string;
  id?: string;
  themes?: number;
  mentions?: number;
  code?: string;
}

const reviewText = (client: number, n: number) =>
  `Stream ${client}-${n}: Ann Actor gives a fierce turn as Mara Quill. The film is about grief and memory. The cinematography is cold.`;

it("acknowledged reviews are present and complete after a crash of Neo4j; failed ones are never half-written", async () => {
  const film = await runIngestOperation(server, "UpsertFilm", {
    input: { title: `Fault Stream ${Date.now()}`, year: 2024, cast: [{ person: "Ann Actor", character: "Mara Quill" }] },
  });
  expect(film.body.errors).toBeUndefined();
  const filmId = film.body.data.upsertFilm.id as string;

  let streaming = true;
  const outcomes: Outcome[] = [];
  const stream = Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let n = 0; streaming; n++) {
        const text = reviewText(client, n);
        const { body } = await runIngestOperation(server, "IngestReview", { input: { filmId, text } }).catch(() => ({
          body: { errors: [{ message: "no answer", extensions: { code: "NO_ANSWER" } }], data: null },
        }));
        const review = body.data?.ingestReview;
        outcomes.push(
          review
            ? { text, id: review.id, themes: review.themes.length, mentions: review.mentions.length }
            : { text, code: body.errors?.[0]?.extensions?.code },
        );
      }
    }),
  );

  // Let writes flow, kill Neo4j while they do, keep the clients sending for a while, then stop.
  await waitFor(() => outcomes.filter((o) => o.id).length >= 10);
  process.kill(neo4j.processId, "SIGKILL");
  const killedAfter = outcomes.length;
  await waitFor(() => outcomes.length >= killedAfter + CLIENTS * 2);
  streaming = false;
  await stream;

  const acknowledged = outcomes.filter((o) => o.id);
  const failed = outcomes.filter((o) => !o.id);
  expect(acknowledged.length).toBeGreaterThanOrEqual(10);
  expect(failed.length).toBeGreaterThanOrEqual(CLIENTS);
  // The clients were told the database is unavailable (or, for a statement cut off mid-flight, that
  // it timed out), never an internal error.
  expect([...new Set(failed.map((o) => o.code))].filter((code) => code !== "SERVICE_UNAVAILABLE" && code !== "TIMEOUT")).toEqual([]);

  // Neo4j again, on the same data folder and ports (it recovers from its transaction log).
  const { homeDir } = neo4j;
  const boltPort = Number(new URL(neo4j.boltUri).port);
  const httpPort = Number(new URL(neo4j.browserUrl).port);
  await neo4j.stop();
  neo4j = await startTestNeo4j({ homeDir, boltPort, httpPort });

  const expected = { themes: acknowledged[0]!.themes, mentions: acknowledged[0]!.mentions };
  expect(expected).toEqual({ themes: 2, mentions: 2 });
  const stored = await storedReviews(filmId.slice("Film:".length));
  process.stderr.write(
    `[write-fault] ${acknowledged.length} acknowledged, ${failed.length} failed, ` +
      `${failed.filter((o) => stored.some((r) => r.text === o.text)).length} of the failed stored (committed before Neo4j died)\n`,
  );
  const byText = new Map(stored.map((r) => [r.text, r]));
  for (const ack of acknowledged) {
    expect(byText.get(ack.text)).toEqual({ text: ack.text, id: ack.id!.slice("Review:".length), films: 1, ...expected, aspects: 1 });
  }
  for (const fail of failed) {
    const row = byText.get(fail.text);
    if (row) expect(row).toMatchObject({ films: 1, ...expected, aspects: 1 });
  }
  // Nothing else: every stored review is one the clients sent.
  expect(stored.every((r) => outcomes.some((o) => o.text === r.text))).toBe(true);
});

async function storedReviews(filmKey: string) {
  const { records } = await db.driver.executeQuery(
    `MATCH (r:Review)-[:REVIEWS]->(:Film {id: $filmKey})
     RETURN r.text AS text, r.id AS id, COUNT { (r)-[:REVIEWS]->() } AS films,
            COUNT { (r)-[:DISCUSSES]->() } AS themes, COUNT { (r)-[:MENTIONS]->() } AS mentions,
            COUNT { (r)-[:JUDGES]->() } AS aspects`,
    { filmKey },
    { database: db.name },
  );
  return records.map((record) => record.toObject() as { text: string; id: string; films: number; themes: number; mentions: number; aspects: number });
}

async function waitFor(done: () => boolean, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
