import type { Database } from "../../src/db/database";
import { defaultAnalyzer } from "../../src/ingest/default-analyzer";
import { readContract } from "../support/contract";
import { openTestDatabase } from "../support/test-database";
import { startTestServer, TEST_API_TOKEN, type TestServer } from "../support/test-server";
import { runIngestOperation } from "../support/write-client";

// tests/contract/scores.graphql (shared/contract-next): critics' ratings become 0–100 scores that
// decide the verdict; consensus reports the mean score; a review the analysis cannot read (another
// language) keeps its language and no sentiment, and is left out of the verdicts.

let db: Database;
let server: TestServer;
const scores = readContract("scores.graphql");

beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db, { analyzer: defaultAnalyzer });
});
afterAll(async () => {
  await server.close();
  await db.driver.close();
});

const title = `Harbour Lights ${Date.now()}`;
async function run(operationName: string, variables: Record<string, unknown>): Promise<any> {
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TEST_API_TOKEN}` },
    body: JSON.stringify({ query: scores, operationName, variables }),
  });
  return response.json();
}

const ingestRated = (filmId: string, text: string, rating?: string) =>
  run("IngestRatedReview", { input: { filmId, text, ...(rating ? { rating } : {}) } });

it("stores the rating as written and as a score, lets the score decide the verdict, and averages the scores", async () => {
  const upserted = await runIngestOperation(server, "UpsertFilm", { input: { title, year: 2024, directors: ["Ines Carvalho"] } });
  expect(upserted.body.errors).toBeUndefined();
  const filmId = upserted.body.data.upsertFilm.id as string;

  // Dry, descriptive prose with a high rating: the critic's own verdict wins.
  const rated = await ingestRated(filmId, "The film follows a lighthouse keeper through one winter on the coast.", "3.5/4");
  expect(rated.errors).toBeUndefined();
  expect(rated.data.ingestReview).toMatchObject({ rating: "3.5/4", score: 88, verdict: "POSITIVE" });

  const low = await ingestRated(filmId, "A film about a harbour town and its people.", "C-");
  expect(low.data.ingestReview).toMatchObject({ score: 42, verdict: "NEUTRAL" });

  const unrated = await ingestRated(filmId, "Carvalho's film is a gorgeous, moving and beautifully acted drama.");
  expect(unrated.data.ingestReview).toMatchObject({ rating: null, score: null, verdict: "POSITIVE" });

  // A clearly negative review in French: its language, no sentiment, no verdict, not counted.
  const french = await ingestRated(filmId, "Une mise en scène lourde, un film trop long : l'ennui s'installe vite devant ce drame médiocre.");
  expect(french.data.ingestReview).toMatchObject({ sentiment: null, verdict: null });

  const { data, errors } = await run("FilmScores", { title });
  expect(errors).toBeUndefined();
  expect(data.film.consensus).toEqual({ reviewCount: 4, positiveShare: 2 / 3, meanScore: 65, scoredReviewCount: 2 });
});

it("refuses an unreadable rating with BAD_USER_INPUT and writes nothing", async () => {
  const film = await run("FilmScores", { title });
  const before = film.data.film.consensus.reviewCount;
  const upserted = await runIngestOperation(server, "UpsertFilm", { input: { title, year: 2024 } });
  const filmId = upserted.body.data.upsertFilm.id as string;
  const refused = await ingestRated(filmId, "Another review of the harbour film.", "pretty good");
  expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  expect(refused.errors?.[0]?.message).toMatch(/rating/);
  const after = await run("FilmScores", { title });
  expect(after.data.film.consensus.reviewCount).toBe(before);
});
