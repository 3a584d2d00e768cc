import type { Database } from "../../src/db/database";
import { openTestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";

// Issue 9 over HTTP: one thing gets one id, two things two ids; lookups fold what users type; the
// same review in NFC and NFD is one review; dates are instants; the second mutation of a request
// sees the first; cursors belong to their list. Every name carries a tag of this run.

const tag = `idn${Math.random().toString(36).replace(/[^a-z]/g, "").slice(0, 6)}`;
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

type Film = { id: string; title: string; year: number | null; runtimeMinutes?: number | null };

async function upsert(input: Record<string, unknown>, selection = "id title year"): Promise<Film & Record<string, unknown>> {
  const { body } = await server.mutate(`mutation ($input: FilmInput!) { upsertFilm(input: $input) { ${selection} } }`, { input });
  expect(body.errors).toBeUndefined();
  return (body.data as { upsertFilm: Film & Record<string, unknown> }).upsertFilm;
}

async function ingest(filmId: string, text: string, publishedAt?: string) {
  const { body } = await server.mutate(
    "mutation ($input: ReviewInput!) { ingestReview(input: $input) { id text publishedAt } }",
    { input: { filmId, text, publishedAt } },
  );
  expect(body.errors).toBeUndefined();
  return (body.data as { ingestReview: { id: string; text: string; publishedAt: string | null } }).ingestReview;
}

async function query<T>(text: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { body } = await server.query<T>(text, variables);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

async function errorCode(text: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
  const { body } = await server.query(text, variables);
  return body.errors?.[0]?.extensions?.code;
}

describe("1. distinct films never collide", () => {
  it("keeps 'Lunar Gate 2049' (undated) and 'Lunar Gate' (2049) as two films, each with its own title and year", async () => {
    const undated = await upsert({ title: `Lunar Gate ${tag} 2049` });
    const dated = await upsert({ title: `Lunar Gate ${tag}`, year: 2049 });
    expect(undated.id).not.toBe(dated.id);
    const again = await query<{ a: Film; b: Film }>(
      `{ a: node(id: "${undated.id}") { ... on Film { title year } } b: node(id: "${dated.id}") { ... on Film { title year } } }`,
    );
    expect(again).toEqual({ a: { title: `Lunar Gate ${tag} 2049`, year: null }, b: { title: `Lunar Gate ${tag}`, year: 2049 } });
  });

  it("keeps 'Summer 🌞' and 'Summer' of one year apart", async () => {
    const sun = await upsert({ title: `Summer ${tag} 🌞`, year: 2021 });
    const plain = await upsert({ title: `Summer ${tag}`, year: 2021 });
    expect(sun.id).not.toBe(plain.id);
    expect(sun.title).toBe(`Summer ${tag} 🌞`);
  });

  it("attaches outside ids, looks films and people up by them, and refuses a second holder", async () => {
    // Eight digits that never open with 0: a Wikidata id is Q then a number without leading zeros.
    const digits = String(10_000_000 + (Date.now() % 90_000_000));
    const film = await upsert(
      { title: `Outside ${tag}`, year: 2020, imdbId: `tt${digits}`, wikidataId: `Q${digits}`, directors: [`Ida ${tag}`], people: [{ name: `Ida ${tag}`, imdbId: `nm${digits}` }] },
      "id imdbId wikidataId directors { name imdbId }",
    );
    expect(film).toMatchObject({ imdbId: `tt${digits}`, wikidataId: `Q${digits}`, directors: [{ name: `Ida ${tag}`, imdbId: `nm${digits}` }] });
    const found = await query<{ film: { id: string }; person: { name: string } }>(
      `{ film(imdbId: "tt${digits}") { id } person(imdbId: "nm${digits}") { name } }`,
    );
    expect(found).toEqual({ film: { id: film.id }, person: { name: `Ida ${tag}` } });
    const { body } = await server.mutate(`mutation { upsertFilm(input: {title: "Other ${tag}", imdbId: "tt${digits}"}) { id } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await query(`{ film(title: "Other ${tag}") { id } }`)).toEqual({ film: null });
  });
});

describe("2. two credits are two roles", () => {
  it("gives two people credited as 'Herself' two roles with their own ids and people", async () => {
    const film = await upsert(
      { title: `Chalk ${tag}`, year: 2019, cast: [{ person: `Hanne ${tag}`, character: "Herself" }, { person: `Oskar ${tag}`, character: "Herself" }] },
      "id cast { id name person { name } }",
    );
    const cast = film.cast as { id: string; name: string; person: { name: string } }[];
    expect(cast.map((r) => r.person.name)).toEqual([`Hanne ${tag}`, `Oskar ${tag}`]);
    expect(new Set(cast.map((r) => r.id)).size).toBe(2);
    expect(cast[0]!.id).toBe(`Role:${film.id.slice(5)}/herself`);
    // A later upsert keeps each credit's role, and a third "Herself" is a third role.
    const later = await upsert({ title: `Chalk ${tag}`, year: 2019, cast: [{ person: `Oskar ${tag}`, character: "Herself" }, { person: `Vera ${tag}`, character: "Herself" }] }, "cast { id person { name } }");
    const roles = later.cast as { id: string; person: { name: string } }[];
    expect(roles).toHaveLength(3);
    expect(roles.find((r) => r.person.name === `Hanne ${tag}`)?.id).toBe(cast[0]!.id);
    expect(roles.find((r) => r.person.name === `Oskar ${tag}`)?.id).toBe(cast[1]!.id);
    const node = await query<{ node: { person: { name: string } } }>(`{ node(id: "${cast[1]!.id}") { ... on Role { person { name } } } }`);
    expect(node.node.person.name).toBe(`Oskar ${tag}`);
  });
});

describe("3. lookups fold what users type, the same way as keys", () => {
  beforeAll(async () => {
    await upsert({
      title: `Die Straße ${tag}`,
      year: 2010,
      directors: [`Søren Åkerlund ${tag}`, `Łucja Wałęsowa ${tag}`],
      writers: [`سَلْمَى الحَدَّاد ${tag}`, `J.R.R. Tolkien ${tag}`],
      cast: [{ person: `Ana García-Márquez ${tag}`, character: `Seán O’Brien ${tag}` }],
    });
  });

  it.each([
    [`Soren Akerlund ${tag}`, `Søren Åkerlund ${tag}`],
    [`Lucja Walesowa ${tag}`, `Łucja Wałęsowa ${tag}`],
    [`سلمى الحداد ${tag}`, `سَلْمَى الحَدَّاد ${tag}`],
    [`JRR Tolkien ${tag}`, `J.R.R. Tolkien ${tag}`],
    [`J. R. R. Tolkien ${tag}`, `J.R.R. Tolkien ${tag}`],
    [`Ana García–Márquez ${tag}`, `Ana García-Márquez ${tag}`],
    [`ana garcia marquez ${tag}`, `Ana García-Márquez ${tag}`],
  ])("person(name: %s) finds %s", async (typed, stored) => {
    const data = await query<{ person: { name: string } | null }>("query ($n: String!) { person(name: $n) { name } }", { n: typed });
    expect(data.person?.name).toBe(stored);
  });

  it("finds 'Die Straße' as 'Die Strasse', and filters fold the same way", async () => {
    const data = await query<{ film: { title: string }; films: { totalCount: number }; people: { totalCount: number } }>(
      `{ film(title: "Die Strasse ${tag}") { title }
         films(filter: { titleContains: "strasse ${tag}" }) { totalCount }
         people(filter: { nameContains: "soren akerlund ${tag}" }) { totalCount } }`,
    );
    expect(data).toEqual({ film: { title: `Die Straße ${tag}` }, films: { totalCount: 1 }, people: { totalCount: 1 } });
  });

  it("resolves a name variant on upsert to the person already there", async () => {
    const film = await upsert({ title: `Second ${tag}`, year: 2011, directors: [`JRR Tolkien ${tag}`, `Soren Akerlund ${tag}`] }, "directors { id name }");
    expect((film.directors as { name: string }[]).map((d) => d.name)).toEqual([`J.R.R. Tolkien ${tag}`, `Søren Åkerlund ${tag}`]);
  });
});

describe("4. full-text search folds accents", () => {
  it("finds 'Amélie des Prés' searching for amelie", async () => {
    await upsert({ title: `Amélie des Prés ${tag}`, year: 2001 });
    const data = await query<{ search: { node: { title?: string } }[] }>(`{ search(query: "amelie AND ${tag}") { node { ... on Film { title } } } }`);
    expect(data.search.map((h) => h.node.title)).toContain(`Amélie des Prés ${tag}`);
  });
});

describe("5, 7. review text and dates", () => {
  let filmId: string;
  beforeAll(async () => {
    filmId = (await upsert({ title: `Dated ${tag}`, year: 2024 })).id;
  });

  it("stores the same review in NFC and NFD once", async () => {
    const nfc = await ingest(filmId, `Amélie ${tag} is a delight.`.normalize("NFC"));
    const nfd = await ingest(filmId, `Amélie ${tag} is a delight.`.normalize("NFD"));
    expect(nfd.id).toBe(nfc.id);
    const data = await query<{ node: { reviews: { totalCount: number } } }>(`{ node(id: "${filmId}") { ... on Film { reviews { totalCount } } } }`);
    expect(data.node.reviews.totalCount).toBe(1);
  });

  it("sorts and filters reviews by their instants, a bare date meaning its UTC day", async () => {
    const chicago = await ingest(filmId, "Seen late in Chicago.", "2024-06-01T23:30:00-05:00"); // 04:30 UTC on June 2
    const london = await ingest(filmId, "Seen early in London.", "2024-06-02T01:00:00Z"); // 01:00 UTC on June 2
    const tokyo = await ingest(filmId, "Seen in Tokyo.", "2024-06-02T08:00:00+09:00"); // 23:00 UTC on June 1
    expect(chicago.publishedAt).toBe("2024-06-01T23:30:00-05:00");
    const byDate = await query<{ reviews: { edges: { node: { id: string } }[] } }>(
      `{ reviews(filter: { film: "${filmId}", dateFrom: "2024-06-01", dateTo: "2024-06-30" }, sort: { field: DATE, direction: DESC }) { edges { node { id } } } }`,
    );
    expect(byDate.reviews.edges.map((e) => e.node.id)).toEqual([chicago.id, london.id, tokyo.id]);
    const day = await query<{ reviews: { edges: { node: { id: string } }[] } }>(
      `{ reviews(filter: { film: "${filmId}", dateFrom: "2024-06-02", dateTo: "2024-06-02" }, sort: { field: DATE, direction: DESC }) { edges { node { id } } } }`,
    );
    expect(day.reviews.edges.map((e) => e.node.id)).toEqual([chicago.id, london.id]);
  });
});

describe("8. newest first puts undated films last", () => {
  it("answers the newest dated film without a year, and lists a person's undated credits last", async () => {
    await upsert({ title: `Night Tide ${tag}`, directors: [`Curtis ${tag}`] });
    await upsert({ title: `Night Tide ${tag}`, year: 2001, directors: [`Curtis ${tag}`] });
    await upsert({ title: `Dawn ${tag}`, year: 1999, directors: [`Curtis ${tag}`] });
    const data = await query<{ film: Film; person: { credits: { film: Film }[]; directed: Film[] } }>(
      `{ film(title: "Night Tide ${tag}") { year } person(name: "Curtis ${tag}") { credits { film { year } } directed { year } } }`,
    );
    expect(data.film.year).toBe(2001);
    expect(data.person.credits.map((c) => c.film.year)).toEqual([2001, 1999, null]);
    expect(data.person.directed.map((f) => f.year)).toEqual([2001, 1999, null]);
  });
});

describe("9. a mutation answers with the writes before it in the same request", () => {
  it("two upsertFilm for one film: the second answers the new runtime and cast", async () => {
    const title = `Twice ${tag}`;
    const { body } = await server.mutate(
      `mutation {
        a: upsertFilm(input: {title: "${title}", year: 2020, runtimeMinutes: 90, cast: [{person: "P1 ${tag}", character: "C1"}]}) { runtimeMinutes cast { name } }
        b: upsertFilm(input: {title: "${title}", year: 2020, runtimeMinutes: 120, cast: [{person: "P2 ${tag}", character: "C2"}]}) { runtimeMinutes cast { name } }
      }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      a: { runtimeMinutes: 90, cast: [{ name: "C1" }] },
      b: { runtimeMinutes: 120, cast: [{ name: "C1" }, { name: "C2" }] },
    });
  });

  it("two ingestReview for one film: the second counts both reviews", async () => {
    const film = await upsert({ title: `Two Reviews ${tag}`, year: 2020 });
    const { body } = await server.mutate(
      `mutation {
        a: ingestReview(input: {filmId: "${film.id}", text: "First ${tag}."}) { film { reviews { totalCount } } }
        b: ingestReview(input: {filmId: "${film.id}", text: "Second ${tag}."}) { film { reviews { totalCount } } }
      }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ a: { film: { reviews: { totalCount: 1 } } }, b: { film: { reviews: { totalCount: 2 } } } });
  });
});

describe("11. a cursor belongs to its list and sort", () => {
  it("refuses a people cursor in themes(after:) and a tampered cursor as BAD_USER_INPUT", async () => {
    const people = await query<{ people: { pageInfo: { endCursor: string } } }>("{ people(first: 1) { pageInfo { endCursor } } }");
    const cursor = people.people.pageInfo.endCursor;
    expect(await errorCode("query ($c: String) { themes(after: $c) { totalCount } }", { c: cursor })).toBe("BAD_USER_INPUT");
    const decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { v: unknown[]; c: string };
    const tampered = Buffer.from(JSON.stringify({ ...decoded, v: [decoded.v[0], "zzzzzz", "zzzzzz"] })).toString("base64url");
    expect(await errorCode("query ($c: String) { people(after: $c) { pageInfo { hasNextPage } } }", { c: tampered })).toBe("BAD_USER_INPUT");
    const films = await query<{ node: { reviews: { pageInfo: { endCursor: string | null } } } }>(
      `{ node(id: "Film:sound-of-metal-2019") { ... on Film { reviews(first: 1) { pageInfo { endCursor } } } } }`,
    );
    const reviewCursor = films.node.reviews.pageInfo.endCursor;
    if (reviewCursor) expect(await errorCode("query ($c: String) { films(after: $c) { totalCount } }", { c: reviewCursor })).toBe("BAD_USER_INPUT");
  });
});
