import type { Database } from "../../src/db/database";
import { defaultAnalyzer } from "../../src/ingest/default-analyzer";
import { openTestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";
import { runIngestOperation } from "../support/write-client";

// The production path end to end: a film the tests never saw is added over GraphQL, a critic's
// review of it is ingested with the real analysis, and the stored graph reads back sensibly.

let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db, { analyzer: defaultAnalyzer });
});
afterAll(async () => {
  await server.close();
  await db.driver.close();
});

const film = {
  title: "The Holdovers",
  year: 2023,
  directors: ["Alexander Payne"],
  cast: [
    { person: "Paul Giamatti", character: "Paul Hunham" },
    { person: "Da'Vine Joy Randolph", character: "Mary Lamb" },
    { person: "Dominic Sessa", character: "Angus Tully" },
  ],
};

const review = [
  "Alexander Payne's The Holdovers is a wintry, bittersweet comedy about three people stranded at a New England boarding school over Christmas.",
  "Giamatti is magnificent as the pompous classics teacher, finding the loneliness under every insult.",
  "Randolph is devastating as Mary, a cook grieving the son she lost in Vietnam, and her scenes carry the film's real weight.",
  "Angus starts as a sullen brat, but Sessa slowly lets us see the boy who has been abandoned by his family.",
  "The screenplay is sharp and often very funny, though the final act leans a little too hard on sentiment.",
  "The pacing drags in the middle stretch.",
  "Still, it is a warm film about grief, class and the families we choose.",
].join(" ");

it("adds a film, analyses a review of it and stores people, characters, themes and judgements", async () => {
  const upserted = await runIngestOperation(server, "UpsertFilm", { input: film });
  expect(upserted.body.errors).toBeUndefined();
  const filmId = upserted.body.data.upsertFilm.id as string;

  const ingested = await runIngestOperation(server, "IngestReview", {
    input: { filmId, text: review, author: "A. Critic", publishedAt: "2023-11-10" },
  });
  expect(ingested.body.errors).toBeUndefined();
  const stored = ingested.body.data.ingestReview;

  const targets = (stored.mentions as { target: { __typename: string; name: string } }[]).map(
    (m) => `${m.target.__typename}:${m.target.name}`,
  );
  // Surnames link to the actors, first names to their characters; the director by his full name.
  expect(targets).toEqual(
    expect.arrayContaining([
      "Person:Alexander Payne",
      "Person:Paul Giamatti",
      "Person:Da'Vine Joy Randolph",
      "Person:Dominic Sessa",
      "Role:Mary Lamb",
      "Role:Angus Tully",
    ]),
  );
  for (const mention of stored.mentions) expect(review).toContain(mention.evidence);

  const themes = (stored.themes as { name: string }[]).map((t) => t.name);
  // Themes the critic frames as subjects ("a warm film about grief, class and the families we choose").
  expect(themes).toEqual(expect.arrayContaining(["grief", "class", "family"]));

  const polarity = (aspect: string) =>
    (stored.aspects as { aspect: string; polarity: string }[]).filter((a) => a.aspect === aspect).map((a) => a.polarity);
  expect(polarity("performance")).toContain("POSITIVE");
  // "the final act leans a little too hard on sentiment", "the pacing drags": criticism both times.
  expect(polarity("pacing").length).toBeGreaterThan(0);
  expect(new Set(polarity("pacing"))).toEqual(new Set(["NEGATIVE"]));
  expect(stored.sentiment).toBeGreaterThan(0);

  // The film page now shows the themes its review discusses.
  const page = await server.query(`query($id: ID!) { node(id: $id) { ... on Film { themes { name } } } }`, { id: filmId });
  expect((page.body.data as any).node.themes.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(["grief"]));
});
