import type { Database } from "../../src/db/database";
import { personId, roleId, themeId } from "../../src/graph/ids";
import { addFilm, addReview, addThemes } from "../support/catalog-fixtures";
import { openTestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";

// Film consensus, similar films, person and theme pages and the root analytics, over a small
// catalog this test writes: Harbor (3 reviews), Lighthouse (shares two themes), Quarry (shares a
// person only), Meadow (nothing in common).
const prefix = `Pages ${Date.now()}`;
const [sea, grief, work] = [`${prefix} sea`, `${prefix} grief`, `${prefix} work`];
const keeper = `${prefix} Keeper`;
const director = `${prefix} Director`;

let db: Database;
let server: TestServer;
const ids: Record<string, string> = {};
const reviewIds: string[] = [];

beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db);
  await addThemes(db, [sea, grief, work]);
  ids.harbor = await addFilm(db, {
    title: `${prefix} Harbor`,
    year: 2020,
    directors: [director],
    cast: [{ person: keeper, character: "Nell" }],
  });
  ids.lighthouse = await addFilm(db, { title: `${prefix} Lighthouse`, year: 2021, cast: [{ person: keeper, character: "Ada" }] });
  ids.quarry = await addFilm(db, { title: `${prefix} Quarry`, year: 2022, directors: [director] });
  ids.meadow = await addFilm(db, { title: `${prefix} Meadow`, year: 2023 });
  const nell = roleId(ids.harbor, "Nell");
  const s = (name: string) => themeId(name);
  reviewIds.push(
    await addReview(db, {
      filmId: ids.harbor,
      text: `${prefix} one: the keeper is magnificent, the sea immense.`,
      sentiment: 0.9,
      themes: [[s(sea), 0.9], [s(grief), 0.4]],
      aspects: [["performance", "POSITIVE"], ["cinematography", "POSITIVE"]],
      mentions: [{ targetType: "Role", targetId: nell, polarity: "POSITIVE" }],
    }),
    await addReview(db, {
      filmId: ids.harbor,
      text: `${prefix} two: fine acting, but it crawls.`,
      sentiment: 0.3,
      themes: [[s(sea), 0.5], [s(grief), 0.6]],
      aspects: [["performance", "POSITIVE"], ["pacing", "NEGATIVE"]],
      mentions: [{ targetType: "Person", targetId: personId(keeper), polarity: "POSITIVE" }],
    }),
    await addReview(db, {
      filmId: ids.harbor,
      text: `${prefix} three: a slog, and the lead is lost at sea.`,
      sentiment: -0.8,
      themes: [[s(sea), 0.7]],
      aspects: [["pacing", "NEGATIVE"], ["performance", "NEGATIVE"]],
      mentions: [{ targetType: "Role", targetId: nell, polarity: "NEGATIVE" }],
    }),
  );
  await addReview(db, {
    filmId: ids.lighthouse,
    text: `${prefix} lighthouse: sea and grief again.`,
    sentiment: 0.5,
    themes: [[s(sea), 0.8], [s(grief), 0.2]],
  });
  await addReview(db, {
    filmId: ids.quarry,
    text: `${prefix} quarry: hard work.`,
    sentiment: 0.1,
    themes: [[s(work), 0.9]],
  });
  await db.driver.executeQuery(
    "MATCH (f:Film {id: $id}) SET f.releaseDate = '2020-09-04', f.rottenTomatoesRating = 97, f.imdbRating = 7.7, f.imdbVotes = 120000, f.scoresSource = 'test'",
    { id: ids.harbor },
    { database: db.name },
  );
});
afterAll(async () => {
  await server.close();
  await db.driver.close();
});

async function ok(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { body } = await server.query(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const close = (value: number) => expect.closeTo(value, 6);

it("Film.consensus tallies reviews and aspects and quotes praise and criticism", async () => {
  const { film } = await ok(
    `query ($t: String!) { film(title: $t) {
      releaseDate rottenTomatoesRating imdbRating imdbVotes scoresSource
      consensus {
        reviewCount positiveCount negativeCount positiveShare averageSentiment agreement sentimentSpread
        aspects { aspect positive negative mixed neutral total }
        praise { aspect count evidence review { id sentiment } }
        criticism { aspect count evidence review { id sentiment } }
      } } }`,
    { t: `${prefix} Harbor` },
  );
  expect(film).toMatchObject({ releaseDate: "2020-09-04", rottenTomatoesRating: 97, imdbRating: 7.7, imdbVotes: 120000 });
  const c = film.consensus;
  expect(c).toMatchObject({ reviewCount: 3, positiveCount: 2, negativeCount: 1, positiveShare: close(2 / 3) });
  expect(c.averageSentiment).toBeCloseTo(0.4 / 3, 6);
  expect(c.agreement).toBeCloseTo(2 / 3, 6);
  const mean = 0.4 / 3;
  const spread = Math.sqrt(([0.9, 0.3, -0.8].map((x) => (x - mean) ** 2).reduce((a, b) => a + b) / 3));
  expect(c.sentimentSpread).toBeCloseTo(spread, 6);
  expect(c.aspects).toEqual([
    { aspect: "performance", positive: 2, negative: 1, mixed: 0, neutral: 0, total: 3 },
    { aspect: "pacing", positive: 0, negative: 2, mixed: 0, neutral: 0, total: 2 },
    { aspect: "cinematography", positive: 1, negative: 0, mixed: 0, neutral: 0, total: 1 },
  ]);
  // Praise quotes the most positive review, criticism the most negative one.
  expect(c.praise[0]).toMatchObject({ aspect: "performance", count: 2, review: { id: `Review:${reviewIds[0]}` } });
  expect(c.praise[0].evidence).toContain("magnificent");
  expect(c.criticism[0]).toMatchObject({ aspect: "pacing", count: 2, review: { sentiment: -0.8 } });
  expect(c.criticism[0].evidence).toContain("slog");
});

it("Film.consensus of an unreviewed film is empty, not an error", async () => {
  const { film } = await ok(`query ($t: String!) { film(title: $t) { consensus { reviewCount positiveShare agreement aspects { aspect } praise { aspect } } } }`, {
    t: `${prefix} Meadow`,
  });
  expect(film.consensus).toEqual({ reviewCount: 0, positiveShare: null, agreement: null, aspects: [], praise: [] });
});

it("Film.similarFilms ranks by shared themes (with the themes as the why), then shared people", async () => {
  const { film } = await ok(
    `query ($t: String!) { film(title: $t) { similarFilms(first: 10) { score film { title } sharedThemes { name } sharedPeople { name } } } }`,
    { t: `${prefix} Harbor` },
  );
  const similar = film.similarFilms.filter((s: any) => s.film.title.startsWith(prefix));
  expect(similar.map((s: any) => s.film.title)).toEqual([`${prefix} Lighthouse`, `${prefix} Quarry`]);
  const [lighthouse, quarry] = similar;
  expect(lighthouse.sharedThemes.map((t: any) => t.name)).toEqual([sea, grief]);
  expect(lighthouse.sharedPeople.map((p: any) => p.name)).toEqual([keeper]);
  // Harbor's weights: sea (0.9+0.5+0.7)/3 = 0.7, grief (0.4+0.6)/3; Lighthouse: sea 0.8, grief 0.2.
  expect(lighthouse.score).toBeCloseTo(0.7 + 0.2 + 0.5, 6);
  expect(quarry).toMatchObject({ score: 0.5, sharedThemes: [], sharedPeople: [{ name: director }] });
  const scores = film.similarFilms.map((s: any) => s.score);
  expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
});

it("Person.reception tallies how critics judged the performances, with quotes", async () => {
  const { person } = await ok(
    `query ($n: String!) { person(name: $n) { reception { mentions positive negative mixed neutral
      quotes(first: 2) { polarity evidence role { name } review { film { title } } } } } }`,
    { n: keeper },
  );
  expect(person.reception).toMatchObject({ mentions: 3, positive: 2, negative: 1, mixed: 0, neutral: 0 });
  expect(person.reception.quotes).toHaveLength(2);
  // newest review first: "three" names the role Nell
  expect(person.reception.quotes[0]).toMatchObject({ polarity: "NEGATIVE", role: { name: "Nell" } });
  expect(person.reception.quotes[1]).toMatchObject({ polarity: "POSITIVE", role: null });
});

it("Person.credits lists directing, writing and acting credits, newest first", async () => {
  const { person } = await ok(`query ($n: String!) { person(name: $n) { credits { kind film { title } role { name } } } }`, {
    n: director,
  });
  expect(person.credits).toEqual([
    { kind: "DIRECTOR", film: { title: `${prefix} Quarry` }, role: null },
    { kind: "DIRECTOR", film: { title: `${prefix} Harbor` }, role: null },
  ]);
  const actor = await ok(`query ($n: String!) { person(name: $n) { credits { kind film { year } role { name } } } }`, { n: keeper });
  expect(actor.person.credits).toEqual([
    { kind: "ACTOR", film: { year: 2021 }, role: { name: "Ada" } },
    { kind: "ACTOR", film: { year: 2020 }, role: { name: "Nell" } },
  ]);
});

it("Theme.filmRanking ranks films by how strongly reviews tie them to the theme; Theme.related", async () => {
  const { theme } = await ok(
    `query ($n: String!) { theme(name: $n) { filmRanking { film { title } strength reviewCount evidence } related { theme { name } sharedReviews } } }`,
    { n: sea },
  );
  expect(theme.filmRanking.map((r: any) => [r.film.title, r.reviewCount])).toEqual([
    [`${prefix} Harbor`, 3],
    [`${prefix} Lighthouse`, 1],
  ]);
  expect(theme.filmRanking[0].strength).toBeCloseTo(2.1, 6);
  expect(theme.filmRanking[0].evidence).toContain("magnificent");
  expect(theme.related).toEqual([{ theme: { name: grief }, sharedReviews: 3 }]);
});

it("praisedPerformances counts reviews of the film praising the person or the character", async () => {
  const { praisedPerformances } = await ok(`{ praisedPerformances(first: 100) {
    positiveMentions mentions evidence person { name } role { name } film { title } } }`);
  const mine = praisedPerformances.find((p: any) => p.person.name === keeper);
  expect(mine).toMatchObject({ positiveMentions: 2, mentions: 3, role: { name: "Nell" }, film: { title: `${prefix} Harbor` } });
  expect(mine.evidence).toContain("magnificent");
});

it("themeCooccurrence counts reviews discussing both themes", async () => {
  const { themeCooccurrence } = await ok(`{ themeCooccurrence(first: 100, minCount: 3) { count themes { name } } }`);
  expect(themeCooccurrence).toContainEqual({ count: 3, themes: [{ name: grief }, { name: sea }] });
  expect(themeCooccurrence.every((p: any) => p.count >= 3)).toBe(true);
});

it("aspectSentiment tallies aspects across the catalog", async () => {
  const { aspectSentiment } = await ok(`{ aspectSentiment { aspect positive negative mixed neutral total } }`);
  const pacing = aspectSentiment.find((a: any) => a.aspect === "pacing");
  expect(pacing.negative).toBeGreaterThanOrEqual(2);
  expect(pacing.total).toBe(pacing.positive + pacing.negative + pacing.mixed + pacing.neutral);
  const totals = aspectSentiment.map((a: any) => a.total);
  expect(totals).toEqual([...totals].sort((a: number, b: number) => b - a));
});

it("criticsAgreement ranks films by agreement, as consensus computes it", async () => {
  const query = `query ($order: AgreementOrder) { criticsAgreement(first: 100, minReviews: 3, order: $order) {
    film { title } reviewCount positiveShare agreement sentimentSpread } }`;
  const divided = (await ok(query, { order: "MOST_DIVIDED" })).criticsAgreement;
  const harbor = divided.find((f: any) => f.film.title === `${prefix} Harbor`);
  expect(harbor).toMatchObject({ reviewCount: 3, positiveShare: close(2 / 3), agreement: close(2 / 3) });
  expect(divided.every((f: any) => f.reviewCount >= 3)).toBe(true);
  const agreements = divided.map((f: any) => f.agreement);
  expect(agreements).toEqual([...agreements].sort((a: number, b: number) => a - b));
  const unanimous = (await ok(query, { order: "MOST_UNANIMOUS" })).criticsAgreement.map((f: any) => f.agreement);
  expect(unanimous).toEqual([...unanimous].sort((a: number, b: number) => b - a));
  expect(unanimous[0]).toBeGreaterThanOrEqual(agreements[agreements.length - 1]);
});
