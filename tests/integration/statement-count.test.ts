import type { Database } from "../../src/db/database";
import { upsertFilm } from "../../src/graph/catalog-writes";
import { personId, roleId } from "../../src/graph/ids";
import { storeReview } from "../../src/graph/review-writes";
import { Kind, parse, print } from "graphql";
import { readContract } from "../support/contract";
import { openTestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";

// A request runs a number of Cypher statements that depends on the shape of the query, not on how
// many rows it returns (no N+1). Each test measures the same query over little and over much data.

const prefix = `Statement Count ${Date.now()}`;
let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.close();
  await db.driver.close();
});

const statements = async (query: string, variables: Record<string, unknown>) => {
  const response = await server.query(query, variables);
  expect(response.body.errors).toBeUndefined();
  return { count: Number(response.headers.get("x-cypher-statements")), data: response.body.data as any };
};

async function addFilm(index: number): Promise<string> {
  return db.write((tx) =>
    upsertFilm(tx, {
      title: `${prefix} Film ${String(index).padStart(3, "0")}`,
      year: 2000 + (index % 20),
      directors: [`${prefix} Director ${index % 3}`],
      cast: [
        { person: `${prefix} Actor ${index}`, character: "Hero" },
        { person: `${prefix} Actor ${index + 1}`, character: "Friend" },
      ],
    }),
  );
}

async function addReview(film: string, n: number, actor: string): Promise<void> {
  const text = `Review ${n} of ${film}: ${actor} is wonderful as the Hero.`;
  const evidence = { evidence: text, start: 0, end: text.length };
  await db.write((tx) =>
    storeReview(tx, {
      filmId: film,
      text,
      analyzerVersion: "test",
      analysis: {
        sentiment: 0.5,
        mentions: [
          { ...evidence, targetType: "Person", targetId: personId(actor), polarity: "POSITIVE" },
          { ...evidence, targetType: "Role", targetId: roleId(film, "Hero"), polarity: "POSITIVE" },
        ],
        themes: [{ ...evidence, themeId: "identity", salience: 0.5 }],
        aspects: [{ ...evidence, aspect: "performance", polarity: "POSITIVE" }],
      },
    }),
  );
}

const FILM_PAGE = /* GraphQL */ `
  query ($title: String!) {
    film(title: $title) {
      title
      directors { name directed { title } }
      cast { name person { name roles { name film { title } } } }
      themes { name films { title } }
      reviews(first: 50) {
        totalCount
        edges { node { id film { title } themes { name } aspects { aspect polarity }
          mentions { polarity target { __typename ... on Person { name } ... on Role { name film { title } } } } } }
      }
    }
  }
`;

// This file's own films only: the shared database's other films, with or without reviews, cast or
// themes, would change which nested statements a page needs (other test files write meanwhile).
const FILM_LIST = /* GraphQL */ `
  query ($first: Int!, $prefix: String!) {
    films(first: $first, filter: { titleContains: $prefix }, sort: { field: TITLE }) {
      totalCount
      edges { node { title directors { name } cast { name person { name } } themes { name }
        reviews(first: 5) { totalCount edges { node { mentions { target { __typename } } aspects { aspect } } } } } }
    }
  }
`;

it("FilmPage runs the same statements for one review as for many", async () => {
  const film = await addFilm(0);
  const title = `${prefix} Film 000`;
  await addReview(film, 1, `${prefix} Actor 0`);
  const few = await statements(FILM_PAGE, { title });
  expect(few.data.film.reviews.totalCount).toBe(1);

  for (let n = 2; n <= 12; n++) await addReview(film, n, `${prefix} Actor 0`);
  const many = await statements(FILM_PAGE, { title });
  expect(many.data.film.reviews.totalCount).toBe(12);
  expect(many.data.film.reviews.edges).toHaveLength(12);
  expect(many.count).toBe(few.count);
  expect(many.count).toBeLessThanOrEqual(15);
});

it("a list of many films runs the same statements as a list of a few", async () => {
  for (let i = 1; i <= 40; i++) await addFilm(i);
  const few = await statements(FILM_LIST, { first: 3, prefix });
  const many = await statements(FILM_LIST, { first: 100, prefix });
  expect(few.data.films.edges).toHaveLength(3);
  expect(many.data.films.edges.length).toBeGreaterThanOrEqual(40);
  expect(many.count).toBe(few.count);
  expect(many.count).toBeLessThanOrEqual(10);
});

const BROWSE = /* GraphQL */ `
  query ($first: Int!, $prefix: String!) {
    films(first: $first, filter: { titleContains: $prefix, reviewed: true }, sort: { field: REVIEW_COUNT, direction: DESC }) {
      totalCount
      edges { node { title genres { name }
        consensus { reviewCount positiveShare aspects { aspect positive } praise { evidence review { id } } }
        similarFilms(first: 5) { score film { title directors { name } } sharedThemes { name } sharedPeople { name } } } }
    }
    people(first: $first, filter: { nameContains: $prefix }, sort: { field: POSITIVE_MENTIONS, direction: DESC }) {
      edges { node { name reception { mentions quotes(first: 3) { evidence role { name } review { film { title } } } } } }
    }
    themes(first: $first, sort: { field: REVIEW_COUNT, direction: DESC }) {
      edges { node { name filmRanking(first: 3) { film { title } } related(first: 3) { theme { name } } } }
    }
    reviews(first: $first, filter: { verdict: POSITIVE }) { edges { node { verdict film { title } mentions { polarity } } } }
    search(query: "hero", first: $first) { score fragment node { __typename ... on Role { film { title } } ... on Review { film { title } } } }
    themeCooccurrence(first: $first) { count themes { name films { title } } }
    praisedPerformances(first: $first) { positiveMentions person { roles { name } } role { name } film { title } }
    aspectSentiment { aspect total }
    criticsAgreement(first: $first, minReviews: 1) { agreement film { title genres { name } } }
  }
`;

it("browsing, search and analytics run the same statements for many rows as for few", async () => {
  for (let i = 41; i <= 46; i++) {
    const film = await addFilm(i);
    await addReview(film, i, `${prefix} Actor ${i}`);
  }
  const few = await statements(BROWSE, { first: 1, prefix });
  const many = await statements(BROWSE, { first: 50, prefix });
  expect(few.data.films.edges).toHaveLength(1);
  expect(many.data.films.edges.length).toBeGreaterThanOrEqual(7);
  expect(many.data.people.edges.length).toBeGreaterThan(few.data.people.edges.length);
  expect(many.data.search.length).toBeGreaterThan(1);
  // Films a list statement has fetched are primed into the per-request loaders, so whether one
  // by-id load is still needed depends on which films the pages hold, not on how many rows they
  // have: one statement either way. A per-row load (N+1) would add ~50.
  expect(Math.abs(many.count - few.count)).toBeLessThanOrEqual(1);
  expect(many.count).toBeLessThanOrEqual(30);
  // The first run of each list statement compiles its plan (seconds on a loaded machine).
}, 240_000);

// Round trips: what a query asks for below a film, a person or a theme comes in the root field's
// own statement (film-by-title.cypher with its crew, cast and their roles, themes, first page of
// reviews with their links, consensus and similar films; person-by-name.cypher with the roles and
// their films; theme-by-name.cypher with its films), not one statement per level.
/** One operation of a contract file (with the file's fragments), as its own document. */
function contractOperation(file: string, name: string): string {
  const document = parse(readContract(file));
  const definitions = document.definitions.filter(
    (d) => d.kind === Kind.FRAGMENT_DEFINITION || (d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name),
  );
  return print({ ...document, definitions });
}
const CONTRACT_FILM_PAGE = contractOperation("acceptance.graphql", "FilmPage");

it("the contract's FilmPage is one statement: the film with its neighbours and its reviews with their links", async () => {
  const response = await server.query<any>(CONTRACT_FILM_PAGE, { title: "Sound of Metal" });
  expect(response.body.errors).toBeUndefined();
  expect(response.body.data.film.cast.length).toBeGreaterThan(0);
  expect(response.body.data.film.reviews.edges[0].node.mentions.length).toBeGreaterThan(0);
  expect(Number(response.headers.get("x-cypher-statements"))).toBe(1);
});

it("the contract's PersonPage and ThemePage are one statement each", async () => {
  const person = await server.query<any>(contractOperation("acceptance.graphql", "PersonPage"), { name: "Paul Raci" });
  expect(person.body.errors).toBeUndefined();
  expect(person.body.data.person.roles[0].film.title).toBe("Sound of Metal");
  expect(Number(person.headers.get("x-cypher-statements"))).toBe(1);
  const theme = await server.query<any>(contractOperation("acceptance.graphql", "ThemePage"), { name: "deafness" });
  expect(theme.body.errors).toBeUndefined();
  expect(theme.body.data.theme.films.map((f: any) => f.title)).toContain("Sound of Metal");
  expect(Number(theme.headers.get("x-cypher-statements"))).toBe(1);
});

it("a film's consensus and similar films come with the film: one statement", async () => {
  const { count, data } = await statements(
    /* GraphQL */ `
      query ($title: String!) {
        film(title: $title) {
          title
          consensus { reviewCount positiveShare aspects { aspect positive negative } praise { aspect evidence } }
          similarFilms(first: 3) { score film { title } sharedThemes { name } sharedPeople { name } }
        }
      }
    `,
    { title: "Sound of Metal" },
  );
  expect(data.film.consensus.reviewCount).toBeGreaterThan(0);
  expect(data.film.consensus.aspects.length).toBeGreaterThan(0);
  expect(data.film.similarFilms.length).toBeLessThanOrEqual(3);
  expect(count).toBe(1);
});

it("a mentioned role's film, asked below the film's reviews, comes in the same statement", async () => {
  const { count, data } = await statements(
    /* GraphQL */ `
      query ($title: String!) {
        film(title: $title) {
          reviews(first: 3) { edges { node { mentions { target { __typename ... on Role { name film { title } } } } } } }
        }
      }
    `,
    { title: "Sound of Metal" },
  );
  const roles = data.film.reviews.edges.flatMap((e: any) => e.node.mentions.map((m: any) => m.target)).filter((t: any) => t.__typename === "Role");
  expect(roles.length).toBeGreaterThan(0);
  for (const role of roles) expect(role.film.title).toBe("Sound of Metal");
  expect(count).toBe(1);
});

const NESTED = /* GraphQL */ `
  query ($title: String!) {
    film(title: $title) { title cast { name person { name roles { name film { title } } } } }
  }
`;

it("the nested film → cast → person → roles → film query is one statement, whatever its size", async () => {
  const film = await addFilm(90);
  const { count, data } = await statements(NESTED, { title: `${prefix} Film 090` });
  expect(data.film.cast[0].person.roles[0].film.title).toBe(`${prefix} Film 090`);
  expect(film).toBeTruthy();
  expect(count).toBe(1);
});

// The nodes that come with the level above prime the loaders: they carry every field the loaders'
// own statements return (outside ids included), so a field read from them is the stored value.
it("films, people and roles fetched with the level above answer their outside ids", async () => {
  const stamp = String(Date.now()).slice(-7);
  const title = `${prefix} Outside Ids`;
  const director = `${prefix} Outside Director`;
  const actor = `${prefix} Outside Actor`;
  await db.write((tx) =>
    upsertFilm(tx, {
      title,
      year: 2015,
      imdbId: `tt9${stamp}`,
      wikidataId: `Q9${stamp}`,
      directors: [director],
      cast: [{ person: actor, character: "Hero" }],
      people: [
        { name: director, imdbId: `nm8${stamp}` },
        { name: actor, imdbId: `nm9${stamp}`, wikidataId: `Q8${stamp}` },
      ],
    }),
  );
  const { data } = await statements(
    /* GraphQL */ `
      query ($title: String!, $prefix: String!) {
        film(title: $title) { imdbId wikidataId directors { imdbId } cast { person { imdbId wikidataId roles { film { imdbId } } } } }
        films(first: 5, filter: { titleContains: $prefix }, sort: { field: YEAR, direction: DESC }) { edges { node { title imdbId wikidataId } } }
      }
    `,
    { title, prefix: `${prefix} Outside` },
  );
  expect(data.film).toEqual({
    imdbId: `tt9${stamp}`,
    wikidataId: `Q9${stamp}`,
    directors: [{ imdbId: `nm8${stamp}` }],
    cast: [{ person: { imdbId: `nm9${stamp}`, wikidataId: `Q8${stamp}`, roles: [{ film: { imdbId: `tt9${stamp}` } }] } }],
  });
  expect(data.films.edges).toEqual([{ node: { title, imdbId: `tt9${stamp}`, wikidataId: `Q9${stamp}` } }]);
});
