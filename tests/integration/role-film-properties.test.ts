import { Database } from "../../src/db/database";
import { ROLE_FILM_OPTIONAL_PROPERTIES } from "../../src/graphql/role-film-fields";
import { type RoleRow, rolesOfRows } from "../../src/graphql/role-rows";
import { slug } from "../../src/graph/ids";
import { type RecordedStatement, recordingDriver } from "../benchmarks/peer/recording-driver";
import { addFilm } from "../support/catalog-fixtures";
import { openTestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";

// A person's roles come with their films (the <person-roles> block of person-by-name.cypher,
// roles-by-person.cypher and film-by-title.cypher). Each film is read with its id, title and year
// unless the query asks Role.film for another property, the roles are not sorted by Neo4j (which
// reads each film's year and title again), and the answers stay right whatever is asked where.

const prefix = `Role Film Properties ${Date.now()}`;
const FILMS = 20;
const hub = `${prefix} Hub`;
const log: RecordedStatement[] = [];
let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = openTestDatabase();
  // The server's statements are recorded (text and parameters) to be PROFILEd here; long timeouts,
  // as this server warms no plans (the film statement's first compile takes seconds under load).
  const recorded = new Database(recordingDriver(db.driver, log), db.name, db.cypher, { readMs: 120_000, writeMs: 120_000 });
  server = await startTestServer(recorded);
  for (let i = 0; i < FILMS; i++) {
    await addFilm(db, {
      title: `${prefix} Film ${String(i).padStart(2, "0")}`,
      year: 2000 + i,
      cast: [
        { person: hub, character: `Character ${i}` },
        { person: `${prefix} Partner ${i}`, character: "Partner" },
      ],
    });
  }
  // The same shape with a cast member of one role instead of the hub.
  await addFilm(db, {
    title: `${prefix} Solo`,
    year: 1999,
    cast: [
      { person: `${prefix} Loner`, character: "Loner" },
      { person: `${prefix} Partner Solo`, character: "Partner" },
    ],
  });
  // Every optional property stored on every film, so that reading one costs a database hit.
  await db.driver.executeQuery(
    `MATCH (f:Film) WHERE f.titleKey STARTS WITH $key
     SET f.runtimeMinutes = 100 + f.year - 2000, f.releaseDate = date({year: f.year, month: 5, day: 1}),
         f.rottenTomatoesRating = 80, f.imdbRating = 7.5, f.imdbVotes = 1000, f.scoresSource = 'test',
         f.imdbId = 'tt' + $stamp + toString(f.year), f.wikidataId = 'Q' + $stamp + toString(f.year)`,
    { key: slug(prefix), stamp: String(Date.now()) },
    { database: db.name },
  );
});
afterAll(async () => {
  await server.close();
  await db.driver.close();
});

const hits = (plan: any): number => (plan.dbHits ?? 0) + (plan.children ?? []).reduce((s: number, c: any) => s + hits(c), 0);
async function profile(statement: RecordedStatement): Promise<number> {
  const result = await db.driver.executeQuery(`PROFILE ${statement.text}`, statement.params, { database: db.name });
  return hits(result.summary.profile);
}

/** Runs the query and returns its answer and the one statement it ran. */
async function run(query: string, variables: Record<string, unknown>) {
  log.length = 0;
  const response = await server.query<any>(query, variables);
  expect(response.body.errors).toBeUndefined();
  expect(log).toHaveLength(1);
  return { data: response.body.data, statement: log[0]! };
}

/** The films the statement returned with the roles (below the cast members for a film). */
async function roleFilms(statement: RecordedStatement): Promise<Record<string, unknown>[]> {
  const { records } = await db.driver.executeQuery(statement.text, statement.params, { database: db.name });
  const row = records[0]!.toObject();
  const rows = (row.roles ?? (row.cast as any[]).flatMap((c) => c.person?.roles ?? [])) as RoleRow[];
  return rolesOfRows("any", rows).map((r) => r.film as unknown as Record<string, unknown>);
}

const PERSON_TITLES = `query ($name: String!) { person(name: $name) { name roles { name film { title } } } }`;
const NESTED_TITLES = `query ($title: String!) { film(title: $title) { title cast { name person { name roles { name film { title } } } } } }`;

jest.setTimeout(180_000);

it.each([
  ["person(name) { roles { film { title } } }", PERSON_TITLES, { name: hub }],
  ["film(title) { cast { person { roles { film { title } } } } }", NESTED_TITLES, { title: `${prefix} Film 00` }],
])("%s reads each role's film without the properties not asked, at 9 db hits a role", async (_name, query, variables) => {
  const { statement } = await run(query, variables);
  const films = await roleFilms(statement);
  expect(films.length).toBeGreaterThanOrEqual(FILMS);
  for (const film of films) expect(Object.keys(film).sort()).toEqual(["id", "title", "year"]);
  // The same statement for a person (a cast) with one role instead of the hub's 20: each of the
  // hub's other 19 roles costs at most 9 db hits (the role, its film and their links; 2 more when
  // Neo4j sorted them, reading each film's year and title again).
  const one = await run(query, "name" in variables ? { name: `${prefix} Loner` } : { title: `${prefix} Solo` });
  const asked = await profile(statement);
  const single = await profile(one.statement);
  expect(asked - single).toBeLessThanOrEqual((FILMS - 1) * 9 + 4);
});

it("a role's film has every property when the query asks for one beyond id, title and year", async () => {
  const { statement } = await run(`query ($name: String!) { person(name: $name) { roles { film { title imdbVotes } } } }`, { name: hub });
  for (const film of await roleFilms(statement)) expect(Object.keys(film)).toEqual(expect.arrayContaining(["id", "title", "year", ...ROLE_FILM_OPTIONAL_PROPERTIES]));
});

it("a role's film has every property the query asks for, newest film first", async () => {
  const { data } = await run(
    `query ($name: String!) { person(name: $name) { roles { name film { id title year runtimeMinutes releaseDate imdbId ...More } } } }
     fragment More on Film { wikidataId rottenTomatoesRating imdbRating imdbVotes scoresSource }`,
    { name: hub },
  );
  const roles = data.person.roles;
  expect(roles).toHaveLength(FILMS);
  expect(roles.map((r: any) => r.film.year)).toEqual([...Array(FILMS).keys()].map((i) => 2000 + FILMS - 1 - i));
  for (const { film } of roles) {
    expect(film.runtimeMinutes).toBe(100 + film.year - 2000);
    expect(film.releaseDate).toBe(`${film.year}-05-01`);
    expect(film.imdbId).toMatch(new RegExp(`^tt\\d+${film.year}$`));
    expect(film.wikidataId).toMatch(new RegExp(`^Q\\d+${film.year}$`));
    expect([film.rottenTomatoesRating, film.imdbRating, film.imdbVotes, film.scoresSource]).toEqual([80, 7.5, 1000, "test"]);
  }
});

it("the same person's roles asked in two places with different film fields answer both (one statement per level)", async () => {
  log.length = 0;
  const response = await server.query<any>(
    `query ($name: String!, $title: String!) {
       person(name: $name) { roles { film { title } } }
       film(title: $title) { cast { person { name roles { film { year imdbRating } } } } }
     }`,
    { name: hub, title: `${prefix} Film 03` },
  );
  expect(response.body.errors).toBeUndefined();
  const { person, film } = response.body.data;
  expect(person.roles).toHaveLength(FILMS);
  const hubInCast = film.cast.find((c: any) => c.person.name === hub);
  expect(hubInCast.person.roles).toHaveLength(FILMS);
  for (const role of hubInCast.person.roles) {
    expect(role.film.imdbRating).toBe(7.5);
    expect(role.film.year).toBeGreaterThanOrEqual(2000);
  }
  expect(log.length).toBeLessThanOrEqual(2);
});
