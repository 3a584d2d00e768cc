import { Database } from "../../src/db/database";
import { type RecordedStatement, recordingDriver } from "../benchmarks/peer/recording-driver";
import { openTestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";

// film-by-title.cypher returns the themes of a film page (the film's, each review's) with their
// synonyms only when the operation asks Theme.synonyms somewhere ($themeSynonyms); the
// answers are the same either way. The seed film (Sound of Metal) explores themes and its review
// discusses them.

const log: RecordedStatement[] = [];
let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = openTestDatabase();
  const recorded = new Database(recordingDriver(db.driver, log), db.name, db.cypher, { readMs: 120_000, writeMs: 120_000 });
  server = await startTestServer(recorded);
});
afterAll(async () => {
  await server.close();
  await db.driver.close();
});

jest.setTimeout(180_000);

const PAGE = (themeFields: string) => `query ($title: String!) { film(title: $title) {
  title themes { ${themeFields} } reviews(first: 5) { edges { node { id themes { ${themeFields} } } } } } }`;

async function run(query: string) {
  log.length = 0;
  const response = await server.query<any>(query, { title: "Sound of Metal" });
  expect(response.body.errors).toBeUndefined();
  expect(log).toHaveLength(1);
  return { data: response.body.data, statement: log[0]! };
}

/** Every theme object the recorded statement returns (the film's and each review's links). */
async function returnedThemes(statement: RecordedStatement): Promise<Record<string, unknown>[]> {
  const { records } = await db.driver.executeQuery(statement.text, statement.params, { database: db.name });
  const row = records[0]!.toObject();
  const reviewThemes = (row.reviews?.nodes ?? []).flatMap((r: any) => (r.themeLinks ?? []).map((l: any) => l.theme));
  return [...(row.themes ?? []), ...reviewThemes];
}

it("reads no synonyms when no field asks them, and answers the names alike", async () => {
  const { data, statement } = await run(PAGE("name"));
  const themes = await returnedThemes(statement);
  expect(themes.length).toBeGreaterThan(1);
  for (const theme of themes) expect(Object.keys(theme).sort()).toEqual(["id", "name"]);
  const withSynonyms = await run(PAGE("name synonyms"));
  const names = (d: any) => [d.film.themes.map((t: any) => t.name), d.film.reviews.edges.map((e: any) => e.node.themes.map((t: any) => t.name))];
  expect(names(withSynonyms.data)).toEqual(names(data));
});

it("answers every theme's synonyms when they are asked, as theme(name) does", async () => {
  const { data, statement } = await run(PAGE("name synonyms"));
  for (const theme of await returnedThemes(statement)) expect(Object.keys(theme).sort()).toEqual(["id", "name", "synonyms"]);
  const all = [...data.film.themes, ...data.film.reviews.edges.flatMap((e: any) => e.node.themes)];
  expect(all.some((t: any) => t.synonyms.length > 0)).toBe(true);
  for (const theme of all) {
    const one = await server.query<any>(`query ($name: String!) { theme(name: $name) { synonyms } }`, { name: theme.name });
    expect(theme.synonyms).toEqual(one.body.data.theme.synonyms);
  }
});

it("reads the synonyms for the whole operation when another root field asks them", async () => {
  log.length = 0;
  const response = await server.query<any>(
    `query ($title: String!) { film(title: $title) { themes { name } } theme(name: "grief") { synonyms } }`,
    { title: "Sound of Metal" },
  );
  expect(response.body.errors).toBeUndefined();
  const filmStatement = log.find((s) => s.params.include !== undefined && "themeSynonyms" in s.params)!;
  expect(filmStatement.params.themeSynonyms).toBe(true);
});
