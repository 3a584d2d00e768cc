import type { Database } from "../../src/db/database";
import { themeId } from "../../src/graph/ids";
import { addFilm, addGenre, addReview, addThemes } from "../support/catalog-fixtures";
import { openTestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";

// Filters and sorts of films, people, themes and reviews, over films this test writes. Every
// query filters on the test's unique prefix (or its films), so other tests' data stays out.
const stamp = Date.now();
const prefix = `Browse ${stamp}`;
const theme = `${prefix} heist`;
const star = `${prefix} Star`;

let db: Database;
let server: TestServer;
const ids: Record<string, string> = {};

// title, year, reviews' sentiments (in order of creation)
const films: [string, number | null, number[]][] = [
  ["Alpha", 1995, [0.9, 0.8, -0.5]],
  ["Bravo", 2001, [0.5]],
  ["Charlie", 2010, []],
  ["Delta", 2015, [-0.7, -0.4]],
  ["Echo", null, [0.3, 0.4, 0.5, 0.1]],
  ["Foxtrot", 2020, []],
  ["Golf", 2023, [0.0]],
];

let clock = Date.parse("2025-01-01T00:00:00Z");
const tick = () => new Date((clock += 60_000));

beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db);
  await addThemes(db, [theme]);
  for (const [name, year, sentiments] of films) {
    const id = await addFilm(db, {
      title: `${prefix} ${name}`,
      year,
      cast: name === "Alpha" || name === "Delta" ? [{ person: star, character: `${name} Lead` }] : [],
      directors: name === "Bravo" ? [star] : [],
    });
    ids[name] = id;
    for (const [n, sentiment] of sentiments.entries()) {
      await addReview(
        db,
        {
          filmId: id,
          text: `${prefix} review ${n} of ${name}.`,
          sentiment,
          author: n === 0 ? "Pauline Kael" : `Critic ${n}`,
          publishedAt: `2024-0${n + 1}-15`,
          themes: name === "Alpha" || name === "Echo" ? [[themeId(theme), 0.5]] : [],
        },
        tick(),
      );
    }
  }
  await addGenre(db, ids.Alpha!, `${prefix} Noir`);
  await addGenre(db, ids.Delta!, `${prefix} Noir`);
  await addGenre(db, ids.Delta!, `${prefix} Comedy`);
  // The first run of each write statement compiles its plan: seconds each on a loaded machine.
}, 240_000);
afterAll(async () => {
  await server.close();
  await db.driver.close();
});

async function ok(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { body } = await server.query(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function errorCode(query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
  const { body } = await server.query(query, variables);
  return body.errors?.[0]?.extensions?.code;
}

const FILMS = `query ($filter: FilmFilter, $sort: FilmSort, $first: Int = 100, $after: String) {
  films(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    edges { cursor node { title year } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const names = (data: any) => data.films.edges.map((e: any) => e.node.title.replace(`${prefix} `, ""));
const films$ = async (filter: Record<string, unknown>, sort?: Record<string, unknown>) =>
  names(await ok(FILMS, { filter: { titleContains: prefix, ...filter }, sort }));

describe("films: filters", () => {
  it("titleContains ignores case, accents and punctuation", async () => {
    expect(await films$({})).toEqual(["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf"]);
    expect(await films$({ titleContains: `BROWSE ${stamp} éCHO!` })).toEqual(["Echo"]);
    expect((await ok(FILMS, { filter: { titleContains: `${prefix} nothing` } })).films.totalCount).toBe(0);
  });

  it("a year range keeps films inside it (bounds included)", async () => {
    expect(await films$({ yearFrom: 2001, yearTo: 2015 })).toEqual(["Bravo", "Charlie", "Delta"]);
    expect(await films$({ yearFrom: 2020 })).toEqual(["Foxtrot", "Golf"]);
    expect(await films$({ yearTo: 1999 })).toEqual(["Alpha"]);
  });

  it("genre by name or id, theme, person and reviewed", async () => {
    expect(await films$({ genre: `${prefix} noir` })).toEqual(["Alpha", "Delta"]);
    expect(await films$({ genre: `browse-${stamp}-comedy` })).toEqual(["Delta"]);
    expect(await films$({ theme })).toEqual(["Alpha", "Echo"]);
    expect(await films$({ person: star.toUpperCase() })).toEqual(["Alpha", "Bravo", "Delta"]);
    expect(await films$({ reviewed: true })).toEqual(["Alpha", "Bravo", "Delta", "Echo", "Golf"]);
    expect(await films$({ reviewed: false })).toEqual(["Charlie", "Foxtrot"]);
    expect(await films$({ reviewed: true, yearFrom: 2010, person: star })).toEqual(["Delta"]);
  });

  it("totalCount counts the filtered films, not the page", async () => {
    const data = await ok(FILMS, { filter: { titleContains: prefix, reviewed: true }, first: 2 });
    expect(data.films.totalCount).toBe(5);
    expect(data.films.edges).toHaveLength(2);
  });

  it("Film.genres lists a film's genres", async () => {
    const data = await ok(`query ($t: String!) { film(title: $t) { genres { id name } } }`, { t: `${prefix} Delta` });
    expect(data.film.genres).toEqual([
      { id: `Genre:browse-${stamp}-comedy`, name: `${prefix} Comedy` },
      { id: `Genre:browse-${stamp}-noir`, name: `${prefix} Noir` },
    ]);
    const { genres } = await ok(`{ genres { name filmCount } }`);
    expect(genres).toEqual(expect.arrayContaining([{ name: `${prefix} Noir`, filmCount: 2 }]));
  });
});

describe("films: sorts", () => {
  it.each([
    [{ field: "TITLE", direction: "DESC" }, ["Golf", "Foxtrot", "Echo", "Delta", "Charlie", "Bravo", "Alpha"]],
    // Echo has no year: lowest.
    [{ field: "YEAR" }, ["Echo", "Alpha", "Bravo", "Charlie", "Delta", "Foxtrot", "Golf"]],
    [{ field: "YEAR", direction: "DESC" }, ["Golf", "Foxtrot", "Delta", "Charlie", "Bravo", "Alpha", "Echo"]],
    // Ties (no reviews, one review) by id in the same direction.
    [{ field: "REVIEW_COUNT", direction: "DESC" }, ["Echo", "Alpha", "Delta", "Golf", "Bravo", "Foxtrot", "Charlie"]],
    // Shares: Bravo 1, Echo 0.75, Alpha 2/3, Delta 0, Golf 0 (0.0 is not positive); unreviewed lowest.
    [{ field: "POSITIVE_SHARE", direction: "DESC" }, ["Bravo", "Echo", "Alpha", "Golf", "Delta", "Foxtrot", "Charlie"]],
    // Reviews were added in the order of the table: Golf's is the newest.
    [{ field: "LATEST_REVIEW", direction: "DESC" }, ["Golf", "Echo", "Delta", "Bravo", "Alpha", "Foxtrot", "Charlie"]],
  ])("%p", async (sort, expected) => {
    expect(await films$({}, sort)).toEqual(expected);
  });
});

describe("films: keyset cursors", () => {
  async function pageThrough(sort: Record<string, unknown>, between?: (page: number) => Promise<void>) {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const data = await ok(FILMS, { filter: { titleContains: prefix }, sort, first: 2, after });
      seen.push(...names(data));
      if (!data.films.pageInfo.hasNextPage) return seen;
      after = data.films.pageInfo.endCursor;
      await between?.(page);
    }
    throw new Error("did not reach the last page");
  }

  it.each([{ field: "TITLE" }, { field: "YEAR", direction: "DESC" }, { field: "POSITIVE_SHARE" }, { field: "LATEST_REVIEW" }])(
    "pages of 2 give every film exactly once, in the sort order (%p)",
    async (sort) => {
      const all = await films$({}, sort);
      expect(await pageThrough(sort)).toEqual(all);
    },
  );

  it("stays valid while reviews are added between pages", async () => {
    const sort = { field: "TITLE" };
    const seen = await pageThrough(sort, async (page) => {
      // one review for a film already seen, one for a film still to come
      await addReview(db, { filmId: ids.Alpha!, text: `${prefix} added review ${page} a`, sentiment: 0.5 }, tick());
      await addReview(db, { filmId: ids.Golf!, text: `${prefix} added review ${page} g`, sentiment: 0.5 }, tick());
    });
    expect(seen).toEqual(["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf"]);
  });

  it("refuses a cursor of another sort, a garbage cursor and a page over 100", async () => {
    const byTitle = await ok(FILMS, { filter: { titleContains: prefix }, first: 1 });
    const cursor = byTitle.films.pageInfo.endCursor;
    expect(await errorCode(FILMS, { sort: { field: "YEAR" }, after: cursor })).toBe("BAD_USER_INPUT");
    expect(await errorCode(FILMS, { sort: { field: "TITLE", direction: "DESC" }, after: cursor })).toBe("BAD_USER_INPUT");
    expect(await errorCode(FILMS, { after: "not-a-cursor" })).toBe("BAD_USER_INPUT");
    expect(await errorCode(FILMS, { first: 101 })).toBe("BAD_USER_INPUT");
  });

  it("the default films(first, after) still pages by title", async () => {
    const data = await ok(`{ films(first: 3) { edges { node { title } } pageInfo { hasNextPage } } }`);
    const titles = data.films.edges.map((e: any) => e.node.title.toLowerCase());
    expect(titles).toHaveLength(3);
    expect(data.films.pageInfo.hasNextPage).toBe(true);
  });
});

const REVIEWS = `query ($filter: ReviewFilter, $sort: ReviewSort, $first: Int = 100, $after: String) {
  reviews(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    edges { node { text sentiment verdict author publishedAt film { title } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe("reviews", () => {
  const texts = (data: any) => data.reviews.edges.map((e: any) => e.node.text.replace(`${prefix} `, ""));

  it("by film, newest first by default", async () => {
    const data = await ok(REVIEWS, { filter: { film: `Film:${ids.Echo}` } });
    expect(data.reviews.totalCount).toBe(4);
    expect(texts(data)).toEqual(["review 3 of Echo.", "review 2 of Echo.", "review 1 of Echo.", "review 0 of Echo."]);
  });

  it("by author (ignoring case), verdict and date range", async () => {
    const kael = await ok(REVIEWS, { filter: { author: "pauline KAEL", dateFrom: "2024-01-01", dateTo: "2024-01-31" } });
    const mine = kael.reviews.edges.filter((e: any) => e.node.text.startsWith(prefix));
    expect(mine).toHaveLength(5); // the first review of each reviewed film
    expect(kael.reviews.edges.every((e: any) => e.node.author === "Pauline Kael")).toBe(true);

    const alpha = `Film:${ids.Alpha}`;
    const verdicts = async (verdict: string) =>
      texts(await ok(REVIEWS, { filter: { film: `Film:${ids.Echo}`, verdict }, sort: { field: "SENTIMENT", direction: "ASC" } }));
    expect(await verdicts("POSITIVE")).toEqual(["review 0 of Echo.", "review 1 of Echo.", "review 2 of Echo."]);
    expect(await verdicts("NEUTRAL")).toEqual(["review 3 of Echo."]);
    expect(texts(await ok(REVIEWS, { filter: { film: alpha, verdict: "NEGATIVE" } }))).toEqual(["review 2 of Alpha."]);

    const march = await ok(REVIEWS, { filter: { film: alpha, dateFrom: "2024-02-01", dateTo: "2024-03-15" } });
    expect(texts(march).sort()).toEqual(["review 1 of Alpha.", "review 2 of Alpha."]);
  });

  it("sorted by sentiment, paged without repeats while a review is added between pages", async () => {
    const filter = { film: `Film:${ids.Echo}` };
    const sort = { field: "SENTIMENT", direction: "DESC" };
    const first = await ok(REVIEWS, { filter, sort, first: 2 });
    await addReview(db, { filmId: ids.Echo!, text: `${prefix} a late review of Echo.`, sentiment: 0.95 }, tick());
    const second = await ok(REVIEWS, { filter, sort, first: 2, after: first.reviews.pageInfo.endCursor });
    expect([...texts(first), ...texts(second)]).toEqual([
      "review 2 of Echo.",
      "review 1 of Echo.",
      "review 0 of Echo.",
      "review 3 of Echo.",
    ]);
    expect(second.reviews.pageInfo.hasNextPage).toBe(false);
  });

  it("refuses a film id of another type and a date that is not ISO 8601", async () => {
    expect(await errorCode(REVIEWS, { filter: { film: "Person:riz-ahmed" } })).toBe("BAD_USER_INPUT");
    expect(await errorCode(REVIEWS, { filter: { dateFrom: "last tuesday" } })).toBe("BAD_USER_INPUT");
  });
});

describe("people and themes", () => {
  it("people by name part and by film, sorted by film count", async () => {
    const PEOPLE = `query ($filter: PersonFilter, $sort: PersonSort) {
      people(filter: $filter, sort: $sort, first: 100) { totalCount edges { node { name } } } }`;
    const byName = await ok(PEOPLE, { filter: { nameContains: `browse ${stamp} star` } });
    expect(byName.people.edges.map((e: any) => e.node.name)).toEqual([star]);
    const byFilm = await ok(PEOPLE, { filter: { film: `Film:${ids.Bravo}` } });
    expect(byFilm.people.edges.map((e: any) => e.node.name)).toEqual([star]);
    const byCount = await ok(PEOPLE, { filter: { nameContains: prefix }, sort: { field: "FILM_COUNT", direction: "DESC" } });
    expect(byCount.people.totalCount).toBe(1);
    const counted = await ok(`{ people(sort: {field: FILM_COUNT, direction: DESC}, first: 100) { edges { node { name } } } }`);
    expect(counted.people.edges.map((e: any) => e.node.name)).toContain(star);
  });

  it("themes by name part and by film, sorted by review count", async () => {
    const THEMES = `query ($filter: ThemeFilter, $sort: ThemeSort) {
      themes(filter: $filter, sort: $sort, first: 100) { totalCount edges { node { name } } } }`;
    const byName = await ok(THEMES, { filter: { nameContains: `${prefix} HEIST` } });
    expect(byName.themes.edges.map((e: any) => e.node.name)).toEqual([theme]);
    const byFilm = await ok(THEMES, { filter: { film: `Film:${ids.Echo}` } });
    expect(byFilm.themes.edges.map((e: any) => e.node.name)).toEqual([theme]);
    const popular = await ok(THEMES, { sort: { field: "REVIEW_COUNT", direction: "DESC" } });
    const counts = popular.themes.edges.map((e: any) => e.node.name);
    expect(counts.indexOf(theme)).toBeGreaterThanOrEqual(0);
  });
});
