import type { Database } from "../../src/db/database";
import { ingestReview } from "../../src/ingest/ingest-review";
import { writeFilm } from "../../src/ingest/write-film";
import { exactMatchAnalyzer } from "../support/exact-match-analyzer";
import { openTestDatabase } from "../support/test-database";

// Lock order of concurrent writes, checked with the driver's retries off (retry time 0), so a
// deadlock fails the test instead of being retried away. Upserts of films sharing ten people, each
// film naming them in another order and in other credits (a person directs one film and only acts
// in the next), side by side with ingests of reviews that mention those people in yet another
// order. Every write must lock shared people in one order (person id): upsert-film.cypher once
// wrote every director and writer credit before any cast credit (an Eager the planner put between
// them), and about one write in ten deadlocked here (33 of 280).

const stamp = Date.now();
const PEOPLE = Array.from({ length: 10 }, (_, i) => `Lock Person ${stamp} ${String.fromCharCode(65 + i)}`);
const UPSERTS = 10;
const INGESTS = 4;
const ROUNDS = 20;

let db: Database;
beforeAll(() => {
  db = openTestDatabase(undefined, 0);
});
afterAll(async () => {
  await db.driver.close();
});

function shuffled<T>(list: T[], seed: number): T[] {
  const out = [...list];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

let films = 0;
function filmInput(seed: number) {
  films += 1;
  const people = shuffled(PEOPLE, seed);
  return {
    title: `Lock Order ${stamp} ${films}`,
    year: 2021,
    directors: people.slice(0, 3),
    writers: people.slice(3, 6).reverse(),
    cast: people.map((person, i) => ({ person, character: `Figure ${i}` })),
  };
}

it(`${ROUNDS} rounds of ${UPSERTS} upserts and ${INGESTS} ingests sharing people in every order and credit, no retries: no deadlock`, async () => {
  const base: string[] = [];
  for (let i = 0; i < 4; i++) base.push(await writeFilm(db, filmInput(i)));
  const failures: string[] = [];
  let n = 0;
  for (let round = 0; round < ROUNDS; round++) {
    await Promise.all(
      Array.from({ length: UPSERTS + INGESTS }, async (_, w) => {
        n += 1;
        try {
          if (w < UPSERTS) await writeFilm(db, filmInput(round * 100 + w));
          else {
            const who = shuffled(PEOPLE, round * 7 + w);
            await ingestReview(db, exactMatchAnalyzer, {
              filmId: base[w % base.length]!,
              text: `Take ${stamp} ${round} ${w}. ${who.join(" and ")} are all in it.`,
            });
          }
        } catch (error) {
          const e = error as { code?: string; statement?: string; message?: string };
          failures.push(`${e.code} ${e.statement}: ${String(e.message).slice(0, 400)}`);
        }
      }),
    );
  }
  expect(`${failures.length} of ${n} writes failed\n${failures.join("\n")}`).toBe(`0 of ${n} writes failed\n`);
  // Every film holds its credits once each: 3 directors, 3 writers, 10 roles played by 10 people.
  const { records } = await db.driver.executeQuery(
    `MATCH (f:Film) WHERE f.title STARTS WITH $prefix
     RETURN count(f) AS films,
            collect(DISTINCT [COUNT { (f)<-[:DIRECTED]-() }, COUNT { (f)<-[:WROTE]-() }, COUNT { (f)<-[:IN]-(:Role)<-[:PLAYED]-(:Person) }]) AS shapes`,
    { prefix: `Lock Order ${stamp} ` },
    { database: db.name },
  );
  expect(records[0]?.toObject()).toEqual({ films: 4 + ROUNDS * UPSERTS, shapes: [[3, 3, PEOPLE.length]] });
});
