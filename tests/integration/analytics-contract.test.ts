import type { Database } from "../../src/db/database";
import { personId, roleId, themeId } from "../../src/graph/ids";
import { contractRunner } from "../support/contract";
import { addFilm, addReview, addThemes } from "../support/catalog-fixtures";
import { openTestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";

// The operations of tests/contract/analytics.graphql, answered by the real server over HTTP, over
// films and reviews this test writes (two films sharing themes and an actor).
const prefix = `Analytics Contract ${Date.now()}`;
const themeA = `${prefix} solitude`;
const themeB = `${prefix} music scene`;
const themeC = `${prefix} family`;
const actor = `${prefix} Actor`;

let db: Database;
let server: TestServer;
let first: string;
let second: string;

beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db);
  await addThemes(db, [themeA, themeB, themeC]);
  first = await addFilm(db, {
    title: `${prefix} Drummer`,
    year: 2021,
    directors: [`${prefix} Director`],
    cast: [{ person: actor, character: "Ruth" }],
  });
  second = await addFilm(db, { title: `${prefix} Encore`, year: 2022, cast: [{ person: actor, character: "Mara" }] });
  const ruth = roleId(first, "Ruth");
  const reviews: [number, string, [string, number][], [string, "POSITIVE" | "NEGATIVE"][], "POSITIVE" | "NEGATIVE"][] = [
    [0.8, "A drummer's solitude, beautifully played.", [[themeA, 0.9], [themeB, 0.6]], [["performance", "POSITIVE"], ["pacing", "NEGATIVE"]], "POSITIVE"],
    [0.6, "Loud, lonely and alive; the music scene rings true.", [[themeA, 0.7], [themeB, 0.5]], [["performance", "POSITIVE"]], "POSITIVE"],
    [0.5, "The solitude of the road, the noise of the club.", [[themeA, 0.8], [themeB, 0.4], [themeC, 0.3]], [["sound design", "POSITIVE"]], "POSITIVE"],
    [-0.6, "It drags, and the family subplot goes nowhere.", [[themeC, 0.6]], [["pacing", "NEGATIVE"], ["performance", "NEGATIVE"]], "NEGATIVE"],
  ];
  for (const [sentiment, text, themes, aspects, polarity] of reviews) {
    await addReview(db, {
      filmId: first,
      text: `${prefix}: ${text}`,
      sentiment,
      themes: themes.map(([name, salience]) => [themeId(name), salience]),
      aspects,
      mentions: [{ targetType: "Role", targetId: ruth, polarity }],
    });
  }
  await addReview(db, {
    filmId: second,
    text: `${prefix}: solitude again, with a band this time.`,
    sentiment: 0.4,
    themes: [[themeId(themeA), 0.5], [themeId(themeB), 0.9]],
    mentions: [{ targetType: "Person", targetId: personId(actor), polarity: "POSITIVE" }],
  });
});
afterAll(async () => {
  await server.close();
  await db.driver.close();
});

const run = contractRunner("analytics.graphql", () => server.url);

describe("analytics contract", () => {
  it("FilmList pages through films with totalCount and cursors", async () => {
    const { films } = await run("FilmList", { first: 2 });
    expect(films.totalCount).toBeGreaterThanOrEqual(3);
    expect(films.edges).toHaveLength(2);
    expect(films.pageInfo).toEqual({ hasNextPage: true, endCursor: films.edges[1].cursor });
    const next = await run("FilmList", { first: 2, after: films.pageInfo.endCursor });
    expect(next.films.edges[0].node.id).not.toBe(films.edges[1].node.id);
  });

  it("Search finds the seed film's review for the default query, best score first", async () => {
    const { search } = await run("Search");
    expect(search.length).toBeGreaterThan(0);
    expect(search.some((hit: any) => hit.node.__typename === "Review")).toBe(true);
    const scores = search.map((hit: { score: number }) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("FilmAnalytics answers consensus and similar films", async () => {
    const { film } = await run("FilmAnalytics", { title: `${prefix} Drummer` });
    expect(film.consensus).toMatchObject({ reviewCount: 4, positiveShare: 0.75 });
    const tallies = Object.fromEntries(film.consensus.aspects.map((a: any) => [a.aspect, [a.positive, a.negative]]));
    expect(tallies).toEqual({ performance: [2, 1], pacing: [0, 2], "sound design": [1, 0] });
    expect(film.similarFilms[0].film.title).toBe(`${prefix} Encore`);
    expect(film.similarFilms[0].sharedThemes.map((t: any) => t.name).sort()).toEqual([themeB, themeA].sort());
    expect(film.similarFilms[0].score).toBeGreaterThan(0.5);
  });

  it("GraphAnalytics answers theme co-occurrence and praised performances", async () => {
    const { themeCooccurrence, praisedPerformances } = await run("GraphAnalytics");
    expect(themeCooccurrence.length).toBeGreaterThan(0);
    // The contract asks for the graph's top 10 pairs; other test files share the database and may
    // write pairs discussed more often, so this test's own pair is looked up in a longer list.
    const { body } = await server.query<{ themeCooccurrence: any[] }>(
      "{ themeCooccurrence(first: 100) { count themes { name } } }",
    );
    const pair = body.data!.themeCooccurrence.find((p: any) => p.themes.some((t: any) => t.name === themeA));
    expect(pair).toBeDefined();
    expect(pair.count).toBe(4);
    expect(pair.themes.map((t: any) => t.name).sort()).toEqual([themeA, themeB].sort());
    const counts = themeCooccurrence.map((p: { count: number }) => p.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const positives = praisedPerformances.map((p: { positiveMentions: number }) => p.positiveMentions);
    expect(positives).toEqual([...positives].sort((a, b) => b - a));
    expect(positives.length).toBeGreaterThan(0);
  });
});
