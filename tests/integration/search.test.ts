import type { Database } from "../../src/db/database";
import { themeId } from "../../src/graph/ids";
import { addFilm, addReview, addThemes } from "../support/catalog-fixtures";
import { openTestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";

// Full-text search over the index `search`, with a made-up word only this test's data contains.
const word = `quixel${Date.now()}`;
const Word = word[0]!.toUpperCase() + word.slice(1);

let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db);
  await addThemes(db, [`${word} theme`]);
  const film = await addFilm(db, {
    title: `${Word} Nights`,
    year: 2024,
    cast: [{ person: `Ada ${Word}`, character: `Captain ${Word}` }],
  });
  const padding = "The film takes its time to set up a small town, its diner, its weather and its rumours. ".repeat(3);
  await addReview(db, {
    filmId: film,
    text: `${padding}Then the ${word} arrives and everything changes for the better, or so the town believes.`,
    sentiment: 0.4,
    themes: [[themeId(`${word} theme`), 0.5]],
  });
});
afterAll(async () => {
  await server.close();
  await db.driver.close();
});

const SEARCH = `query ($q: String!, $first: Int) {
  search(query: $q, first: $first) {
    score field fragment
    node { __typename ... on Film { title } ... on Person { name } ... on Role { name } ... on Theme { name } ... on Review { id text } }
  }
}`;

async function search(q: string, first?: number): Promise<any[]> {
  const { body } = await server.query(SEARCH, { q, first });
  expect(body.errors).toBeUndefined();
  return (body.data as any).search;
}

it("finds films, people, characters, themes and reviews, best score first", async () => {
  const hits = await search(word);
  expect(hits.map((h) => h.node.__typename).sort()).toEqual(["Film", "Person", "Review", "Role", "Theme"]);
  const scores = hits.map((h) => h.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  expect(scores.every((s) => s > 0)).toBe(true);
  const byType = Object.fromEntries(hits.map((h) => [h.node.__typename, h]));
  expect(byType.Film).toMatchObject({ field: "title", fragment: `${Word} Nights` });
  expect(byType.Person).toMatchObject({ field: "name", fragment: `Ada ${Word}` });
  expect(byType.Theme).toMatchObject({ field: "name", fragment: `${word} theme` });
});

it("every fragment contains the term; a long review is cut around it", async () => {
  for (const hit of await search(`${word} OR nonsenseword`)) {
    expect(hit.fragment.toLowerCase()).toContain(word);
  }
  const review = (await search(word)).find((h) => h.node.__typename === "Review");
  expect(review.node.text.length).toBeGreaterThan(200);
  expect(review.fragment.length).toBeLessThanOrEqual(122);
  expect(review.fragment.startsWith("…")).toBe(true);
});

it("understands Lucene syntax: prefixes and phrases", async () => {
  const prefixed = await search(`${word.slice(0, -3)}*`);
  expect(prefixed.some((h) => h.node.__typename === "Film")).toBe(true);
  const phrase = await search(`"ada ${word}"`);
  expect(phrase.map((h) => h.node.__typename)).toEqual(["Person"]);
});

it("caps the hits at first", async () => {
  expect(await search(word, 2)).toHaveLength(2);
});

it.each(['"unbalanced quote', "*", "title:(", "AND"])("answers %p with BAD_USER_INPUT", async (q) => {
  const { status, body } = await server.query(SEARCH, { q });
  expect(status).toBe(200);
  expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  expect(body.errors?.[0]?.message).toMatch(/search query/i);
});

it("answers a blank query and a page over 100 with BAD_USER_INPUT", async () => {
  for (const [q, first] of [["  ", 5], [word, 101]] as const) {
    const { body } = await server.query(SEARCH, { q, first });
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  }
});
