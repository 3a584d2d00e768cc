import type { Database } from "../../src/db/database";
import { openTestDatabase } from "../support/test-database";
import { startTestServer, type GraphQLResponse, type TestServer } from "../support/test-server";
import { runIngestOperation } from "../support/write-client";

// Writes under contention: 10+ clients at once on films that share people, themes and aspects must
// all succeed, and racing deletes and ingests answer the truth. The writes take their locks in one
// order (docs/operations.md); Neo4j's record storage still locks the neighbouring relationship when
// a link is added to a shared node's chain, so a rare deadlock remains possible, and it is retried
// as the service retries it (NEO4J_RETRY_MS, default 3 s, here 10 s; and at least five tries of a
// deadlocked write, src/db/database.ts). What the test holds is what a client sees: no error at
// all. write-lock-order.test.ts checks the lock order itself, with retries off.

const CLIENTS = 10;
const THEMES = ["grief", "memory", "identity", "loneliness", "resilience", "family", "hope", "fear"];
const stamp = Date.now();

let db: Database;
let server: TestServer;
beforeAll(async () => {
  db = openTestDatabase();
  // Development mode: an unexpected error shows its own message in a failed assertion.
  server = await startTestServer(db, { development: true });
});
afterAll(async () => {
  await server.close();
  await db.driver.close();
});

const codes = (responses: GraphQLResponse<any>[]) =>
  responses.flatMap((r) => (r.body.errors ?? []).map((e) => e.extensions?.code ?? "NO_CODE"));
const rotate = <T>(list: T[], by: number) => [...list.slice(by % list.length), ...list.slice(0, by % list.length)];

let films = 0;
/** A film of the test's own; every film shares its director and two actors with the others. */
async function newFilm(order = 0): Promise<{ id: string; key: string }> {
  films += 1;
  const people = rotate(["Shared Director", "Shared Actor", "Other Actor", "Riz Ahmed"], order);
  const { body } = await runIngestOperation(server, "UpsertFilm", {
    input: {
      title: `Contention ${stamp} ${films}`,
      year: 2020,
      directors: people.slice(0, 2),
      cast: people.map((person, billing) => ({ person, character: `Part ${billing}` })),
    },
  });
  expect(body.errors).toBeUndefined();
  const id = body.data.upsertFilm.id as string;
  return { id, key: id.slice("Film:".length) };
}

/** A review naming shared people and five shared themes, in an order that depends on (client, i). */
function reviewText(client: number, i: number): string {
  const themes = rotate(THEMES, client + i);
  const ordered = client % 2 === 0 ? themes : themes.reverse();
  return (
    `Review ${stamp}-${client}-${i}. Shared Actor is fierce as Part 1, Riz Ahmed surprising as Part 3. ` +
    `It is about ${ordered.slice(0, 5).join(" and ")}. The cinematography and the pacing are fine.`
  );
}

const ingest = (filmId: string, text: string) => runIngestOperation(server, "IngestReview", { input: { filmId, text } });
const remove = (id: string) => runIngestOperation(server, "DeleteReview", { id });

/** The film's EXPLORES links as stored, and as a fresh aggregation of its reviews computes them. */
async function explores(filmKey: string) {
  const { records } = await db.driver.executeQuery(
    `MATCH (f:Film {id: $id})
     CALL (f) { MATCH (f)-[e:EXPLORES {source: 'reviews'}]->(t:Theme)
                RETURN collect([t.id, round(e.weight, 6), e.reviewCount]) AS stored }
     WITH f, stored, COUNT { (f)<-[:REVIEWS]-(:Review) } AS reviews
     CALL (f, reviews) { MATCH (f)<-[:REVIEWS]-(r:Review)-[d:DISCUSSES]->(t:Theme)
                         WITH t, sum(d.salience) AS total, count(DISTINCT r) AS n
                         RETURN collect([t.id, round(total / reviews, 6), n]) AS expected }
     RETURN stored, expected`,
    { id: filmKey },
    { database: db.name },
  );
  const sorted = (rows: unknown) => (rows as [string, number, number][]).sort((a, b) => a[0].localeCompare(b[0]));
  return { stored: sorted(records[0]?.get("stored")), expected: sorted(records[0]?.get("expected")) };
}

it(`${CLIENTS} clients ingesting distinct reviews of films sharing themes and people: no errors, themes aggregated right`, async () => {
  const targets = await Promise.all(Array.from({ length: CLIENTS / 2 }, () => newFilm()));
  const responses = await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      const answers: GraphQLResponse<any>[] = [];
      // Two clients per film: same-film and cross-film contention.
      for (let i = 0; i < 4; i++) answers.push(await ingest(targets[client % targets.length]!.id, reviewText(client, i)));
      return answers;
    }),
  ).then((all) => all.flat());
  expect(codes(responses)).toEqual([]);
  expect(responses.map((r) => r.body.data?.ingestReview?.themes.length)).toEqual(responses.map(() => 5));
  // Concurrent writers of one film each re-aggregated its themes: the last one saw every review.
  for (const film of targets) {
    const { stored, expected } = await explores(film.key);
    expect(stored).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  }
});

it(`${CLIENTS} clients upserting films that share people (listed in different orders) and ingesting: no errors`, async () => {
  const responses = await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      const film = await newFilm(client);
      return [await ingest(film.id, reviewText(client, 9)), await ingest(film.id, reviewText(client, 10))];
    }),
  ).then((all) => all.flat());
  expect(codes(responses)).toEqual([]);
});

it("ingests and deletes of distinct reviews side by side: no errors, and each delete took its review with it", async () => {
  const film = await newFilm();
  const other = await newFilm();
  const stored = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => ingest(film.id, reviewText(i, 20))));
  expect(codes(stored)).toEqual([]);
  const ids = stored.map((r) => r.body.data.ingestReview.id as string);
  const responses = await Promise.all([
    ...ids.map((id) => remove(id)),
    ...Array.from({ length: CLIENTS }, (_, i) => ingest(i % 2 ? film.id : other.id, reviewText(i, 21))),
  ]);
  expect(codes(responses)).toEqual([]);
  expect(responses.slice(0, ids.length).map((r) => r.body.data.deleteReview)).toEqual(ids.map(() => true));
  const { records } = await db.driver.executeQuery("MATCH (r:Review) WHERE r.id IN $ids RETURN count(r) AS n", {
    ids: ids.map((id) => id.slice("Review:".length)),
  });
  expect(records[0]?.get("n")).toBe(0);
  for (const f of [film, other]) {
    const { stored: links, expected } = await explores(f.key);
    expect(links).toEqual(expected);
  }
});

it(`${CLIENTS} concurrent deletes of one review: exactly one answers true, the others NOT_FOUND`, async () => {
  const film = await newFilm();
  const { body } = await ingest(film.id, reviewText(0, 30));
  const id = body.data.ingestReview.id as string;
  const responses = await Promise.all(Array.from({ length: CLIENTS }, () => remove(id)));
  expect(responses.filter((r) => r.body.data?.deleteReview === true)).toHaveLength(1);
  expect(codes(responses)).toEqual(Array.from({ length: CLIENTS - 1 }, () => "NOT_FOUND"));
});

it("an ingest racing deletes of the same review answers the stored review or a clear code, never an internal error", async () => {
  const film = await newFilm();
  const text = reviewText(0, 40);
  for (let round = 0; round < 20; round++) {
    const first = await ingest(film.id, text);
    expect(first.body.errors).toBeUndefined();
    const id = first.body.data.ingestReview.id as string;
    const responses = await Promise.all([remove(id), ingest(film.id, text), remove(id), ingest(film.id, text)]);
    const unexpected = responses.flatMap((r) => (r.body.errors ?? []).filter((e) => !["NOT_FOUND", "CONFLICT"].includes(String(e.extensions?.code))));
    expect(unexpected.map((e) => `${String(e.extensions?.code)}: ${e.message}`)).toEqual([]);
    for (const answer of [responses[1]!, responses[3]!]) {
      if (!answer.body.errors) expect(answer.body.data.ingestReview).toMatchObject({ id, text });
    }
    // Whatever the order, the graph holds the review complete or not at all.
    const { records } = await db.driver.executeQuery(
      `OPTIONAL MATCH (r:Review {id: $id})
       RETURN r IS NULL AS absent, COUNT { (r)-[:DISCUSSES]->() } AS themes, COUNT { (r)-[:REVIEWS]->() } AS films`,
      { id: id.slice("Review:".length) },
    );
    const row = records[0]!.toObject();
    if (!row.absent) expect(row).toMatchObject({ themes: 5, films: 1 });
  }
});
