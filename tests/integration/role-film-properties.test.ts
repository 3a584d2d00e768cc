import { Database } from "../../src/db/database";
import { ROLE_FILM_OPTIONAL_PROPERTIES } from "../../src/graphql/role-film-fields";
import { slug } from "../../src/graph/ids";
import { type RecordedStatement, recordingDriver } from "../benchmarks/peer/recording-driver";
import { addFilm } from "../support/catalog-fixtures";
import { openTestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";

// A person's roles come with their films (the <person-roles> block of person-by-name.cypher,
// roles-by-person.cypher and film-by-title.cypher). Each film is read with the properties the
// query asks of Role.film, not all of them: a hub who plays in many films costs database hits by
// what is asked, and the answers stay right whatever is asked where.

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

/** The same statement with every optional property of the roles' films asked. */
function askingEverything(statement: RecordedStatement): RecordedStatement {
  const include = statement.params.include as Record<string, unknown>;
  const roleFilm = Object.fromEntries(ROLE_FILM_OPTIONAL_PROPERTIES.map((p) => [p, true]));
  return { ...statement, params: { ...statement.params, include: { ...include, roleFilm } } };
}

const PERSON_TITLES = `query ($name: String!) { person(name: $name) { name roles { name film { title } } } }`;
const NESTED_TITLES = `query ($title: String!) { film(title: $title) { title cast { name person { name roles { name film { title } } } } } }`;

jest.setTimeout(180_000);

it.each([
  ["person(name) { roles { film { title } } }", PERSON_TITLES, { name: hub }],
  ["film(title) { cast { person { roles { film { title } } } } }", NESTED_TITLES, { title: `${prefix} Film 00` }],
])("%s reads each role's film without the properties not asked", async (_name, query, variables) => {
  const { statement } = await run(query, variables);
  const asked = await profile(statement);
  const everything = await profile(askingEverything(statement));
  // The hub's 20 films (and the partner's one): 8 optional properties each are not read.
  expect(everything - asked).toBeGreaterThanOrEqual(FILMS * ROLE_FILM_OPTIONAL_PROPERTIES.length);
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
