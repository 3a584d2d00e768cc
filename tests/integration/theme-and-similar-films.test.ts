import type { Database } from "../../src/db/database";
import { upsertFilm, upsertThemes } from "../../src/graph/catalog-writes";
import { filmId, themeId } from "../../src/graph/ids";
import { storeReview } from "../../src/graph/review-writes";
import { openTestDatabase } from "../support/test-database";
import { type ProfiledServer, startProfiledServer } from "../support/profiled-server";
import type { TestServer } from "../support/test-server";

// A theme page and a film's similar films read a bounded number of a theme's films from the
// EXPLORES(themeId, weight) index, most strongly first (migration 055, docs/similar-films.md): the
// database work of either request (PROFILE db hits of every statement it runs) must not grow with
// the number of films exploring the theme, and the lists keep their order and meaning on a small
// graph whose links are made by the review writes.

const prefix = `Theme Films ${Date.now()}`;
let db: Database;
let server: TestServer;
let profiled: ProfiledServer;

beforeAll(async () => {
  db = openTestDatabase();
  profiled = await startProfiledServer(db);
  server = profiled.server;
});
afterAll(async () => {
  await server.close();
  // The database is shared with other test files, whose whole-graph statements (analytics,
  // catalog-scale's db-hit bounds) would meet these films, reviews, people and themes.
  for (const statement of [
    "MATCH (f:Film)<-[:REVIEWS|IN]-(n) WHERE f.title STARTS WITH $prefix DETACH DELETE n",
    "MATCH (n:Film|Person|Theme) WHERE n.title STARTS WITH $prefix OR n.name STARTS WITH $prefix DETACH DELETE n",
  ]) {
    await db.driver.executeQuery(statement, { prefix }, { database: db.name });
  }
  await db.driver.close();
});

/** A request's statements and their summed db hits. */
function measured(query: string, variables: Record<string, unknown>) {
  return profiled.measure(query, variables);
}

/** One review of `film` discussing each theme with the given salience: the film explores it with that weight. */
let reviews = 0;
async function review(film: string, themes: Record<string, number>): Promise<void> {
  reviews += 1;
  const text = `Review ${reviews} of ${film}.`;
  const evidence = { evidence: text, start: 0, end: text.length };
  await db.write((tx) =>
    storeReview(tx, {
      filmId: film,
      text,
      analyzerVersion: "test",
      analysis: {
        sentiment: 0.5,
        mentions: [],
        themes: Object.entries(themes).map(([name, salience]) => ({ ...evidence, themeId: themeId(name), salience })),
        aspects: [],
      },
    }),
  );
}

/**
 * `count` films exploring `theme` with pseudo-random weights in (0, 1) (a fixed sequence from
 * `seed`), written in one statement: a hub theme, shaped as the review writes leave a link (the
 * first tests check that they do).
 */
async function bulkFilms(theme: string, from: number, count: number, seed: number): Promise<void> {
  const rows = Array.from({ length: count }, (_, i) => {
    const n = from + i;
    const weight = ((n * 7919 + seed * 104729) % 9973) / 9973 + 0.00001;
    return { id: filmId(`${prefix} Bulk ${n}`, 2000), title: `${prefix} Bulk ${n}`, weight };
  });
  await db.driver.executeQuery(
    `MATCH (t:Theme {id: $themeId})
     UNWIND $rows AS row
     CREATE (f:Film {id: row.id, title: row.title, titleKey: toLower(row.title), year: 2000})
     CREATE (f)-[:EXPLORES {source: 'reviews', themeId: t.id, weight: row.weight, salienceSum: row.weight, reviewCount: 1}]->(t)`,
    { themeId: themeId(theme), rows },
    { database: db.name },
  );
}

const THEME_PAGE = `query ($name: String!, $first: Int) { theme(name: $name) { id name films(first: $first) { title } } }`;
const SIMILAR = `query ($title: String!) { film(title: $title) { title similarFilms(first: 10) { score film { title } sharedThemes { name } sharedPeople { name } } } }`;

describe("a theme's films", () => {
  const theme = `${prefix} Order`;
  const titles = { strong: `${prefix} Strong`, tieB: `${prefix} Tie B`, tieA: `${prefix} Tie A`, weak: `${prefix} Weak` };

  beforeAll(async () => {
    await db.write((tx) => upsertThemes(tx, [{ name: theme }]));
    const weights: [string, number][] = [
      [titles.weak, 0.2],
      [titles.tieB, 0.5],
      [titles.strong, 0.9],
      [titles.tieA, 0.5],
    ];
    for (const [title, weight] of weights) {
      const film = await db.write((tx) => upsertFilm(tx, { title, year: 2010 }));
      await review(film, { [theme]: weight });
    }
  }, 120_000);

  it("come most strongly first, ties by title, the first `first` of them", async () => {
    const all = await measured(THEME_PAGE, { name: theme });
    expect(all.statements).toBe(1);
    expect(all.data.theme.films.map((f: { title: string }) => f.title)).toEqual([titles.strong, titles.tieA, titles.tieB, titles.weak]);
    const two = await measured(THEME_PAGE, { name: theme, first: 2 });
    expect(two.data.theme.films.map((f: { title: string }) => f.title)).toEqual([titles.strong, titles.tieA]);
  });

  it("follow the review writes: a film whose review is re-weighted moves", async () => {
    // Two more reviews of the weak film discussing the theme raise its weight (mean salience over its reviews).
    await review(filmId(titles.weak, 2010), { [theme]: 1.0 });
    await review(filmId(titles.weak, 2010), { [theme]: 1.0 });
    // (0.2 + 1 + 1) / 3 = 0.733: between the strong film and the ties.
    const after = await measured(THEME_PAGE, { name: theme });
    expect(after.data.theme.films.map((f: { title: string }) => f.title)).toEqual([titles.strong, titles.weak, titles.tieA, titles.tieB]);
  }, 60_000);

  it("refuses more than 100 films at once", async () => {
    const response = await server.query<any>(THEME_PAGE, { name: theme, first: 101 });
    expect(response.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("answer the same from the theme's statement and from the films' own loader (an alias)", async () => {
    const response = await server.query<any>(`query ($name: String!) { theme(name: $name) { films(first: 3) { title } other: films(first: 2) { title } } }`, { name: theme });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.theme.other).toEqual(response.body.data.theme.films.slice(0, 2));
  });
});

describe("a film's similar films on a small graph", () => {
  const [x, y, z] = [`${prefix} Theme X`, `${prefix} Theme Y`, `${prefix} Theme Z`];
  const person = (name: string) => `${prefix} ${name}`;
  const title = (name: string) => `${prefix} ${name}`;

  beforeAll(async () => {
    await db.write((tx) => upsertThemes(tx, [{ name: x }, { name: y }, { name: z }]));
    const film = async (name: string, facts: { directors?: string[]; writers?: string[]; cast?: string[] }, themes: Record<string, number>) => {
      const id = await db.write((tx) =>
        upsertFilm(tx, {
          title: title(name),
          year: 2015,
          directors: (facts.directors ?? []).map(person),
          writers: (facts.writers ?? []).map(person),
          cast: (facts.cast ?? []).map((p, i) => ({ person: person(p), character: `${name} Character ${i + 1}` })),
        }),
      );
      if (Object.keys(themes).length > 0) await review(id, themes);
    };
    // The film: a director, a writer, seven cast members (the first five by billing are key people).
    await film("Alpha", { directors: ["Director"], writers: ["Writer"], cast: ["P1", "P2", "P3", "P4", "P5", "P6", "P7"] }, { [x]: 0.8, [y]: 0.6, [z]: 0.4 });
    await film("Bravo", {}, { [x]: 0.9, [y]: 0.2 }); // 0.8 + 0.2
    await film("Charlie", { directors: ["Director"] }, { [z]: 0.5 }); // 0.4 + 0.5
    await film("Delta", { writers: ["Writer"], cast: ["P1"] }, {}); // 2 × 0.5
    await film("Echo", { cast: ["P7"] }, { [z]: 0.1 }); // 0.1: the seventh billed is not a key person
    await film("Golf", { cast: ["Stranger"] }, {}); // nothing shared
  }, 180_000);

  it("are scored by shared themes and key people, best first, ties by title", async () => {
    const { data, statements } = await measured(SIMILAR, { title: title("Alpha") });
    expect(statements).toBe(1);
    const similar = data.film.similarFilms.map((s: any) => ({
      title: s.film.title,
      score: Math.round(s.score * 1000) / 1000,
      themes: s.sharedThemes.map((t: { name: string }) => t.name),
      people: s.sharedPeople.map((p: { name: string }) => p.name),
    }));
    expect(similar).toEqual([
      { title: title("Bravo"), score: 1, themes: [x, y], people: [] },
      { title: title("Delta"), score: 1, themes: [], people: [person("P1"), person("Writer")] },
      { title: title("Charlie"), score: 0.9, themes: [z], people: [person("Director")] },
      { title: title("Echo"), score: 0.1, themes: [z], people: [] },
    ]);
  });
});

describe("at the scale of a catalog", () => {
  const hub = `${prefix} Hub`;
  const seedTitle = `${prefix} Seed`;

  beforeAll(async () => {
    await db.write((tx) => upsertThemes(tx, [{ name: hub }]));
    const seed = await db.write((tx) => upsertFilm(tx, { title: seedTitle, year: 2020, directors: [`${prefix} Hub Director`] }));
    // Weaker than the films of the lists below, so that it is never among the strongest.
    await review(seed, { [hub]: 0.00001 });
    // Past 50 relationships Neo4j groups a node's relationships by type (a dense node), so both
    // measurements are of a theme whose relationships are stored alike.
    await bulkFilms(hub, 0, 60, 1);
  }, 120_000);

  it("the theme page's and the similar films' db hits do not grow with the films exploring the theme", async () => {
    const fewPage = await measured(THEME_PAGE, { name: hub });
    const fewSimilar = await measured(SIMILAR, { title: seedTitle });
    expect(fewPage.data.theme.films).toHaveLength(20);
    expect(fewSimilar.data.film.similarFilms).toHaveLength(10);
    await bulkFilms(hub, 60, 3000, 2);
    const manyPage = await measured(THEME_PAGE, { name: hub });
    const manySimilar = await measured(SIMILAR, { title: seedTitle });
    expect(manyPage.statements).toBe(1);
    expect(manySimilar.statements).toBe(1);
    // Twenty films' worth of work either way; reading the 3,000 more would add thousands.
    expect(manyPage.dbHits).toBeLessThanOrEqual(fewPage.dbHits + 10);
    expect(manySimilar.dbHits).toBeLessThanOrEqual(fewSimilar.dbHits + 10);
    // Still the strongest films, and similar films among them (the seed's weight caps each score).
    const weights = await db.driver.executeQuery(
      `MATCH (f:Film)-[e:EXPLORES]->(:Theme {id: $id}) WHERE f.title <> $seed RETURN f.title AS title ORDER BY e.weight DESC, f.title LIMIT 20`,
      { id: themeId(hub), seed: seedTitle },
      { database: db.name },
    );
    const strongest = weights.records.map((r) => r.get("title") as string);
    expect(manyPage.data.theme.films.map((f: { title: string }) => f.title)).toEqual(strongest);
    for (const s of manySimilar.data.film.similarFilms) {
      expect(strongest).toContain(s.film.title);
      expect(s.score).toBeCloseTo(0.00001, 8);
    }
  }, 300_000);
});
