import type { Database } from "../../src/db/database";
import { contractRunner } from "../support/contract";
import { openTestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";

// The operations of tests/contract/acceptance.graphql, answered by the real server over HTTP.

interface Named {
  name: string;
}
interface Mention {
  polarity: string;
  evidence: string;
  target: { __typename: string; name: string };
}

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

const run = contractRunner("acceptance.graphql", () => server.url);

describe("acceptance contract", () => {
  it("FilmPage shows the film, its crew, cast, themes and the analysed review", async () => {
    const { film } = await run("FilmPage");
    expect(film).toMatchObject({ id: "Film:sound-of-metal-2019", title: "Sound of Metal", year: 2019 });
    expect(film.directors.map((d: Named) => d.name)).toEqual(["Darius Marder"]);
    const cast = Object.fromEntries(film.cast.map((r: { name: string; person: Named }) => [r.person.name, r.name]));
    expect(cast).toMatchObject({ "Riz Ahmed": "Ruben Stone", "Olivia Cooke": "Lou", "Paul Raci": "Joe" });
    const themes = film.themes.map((t: Named) => t.name);
    expect(themes).toEqual(expect.arrayContaining(["identity", "deafness", "deaf culture", "music"]));

    expect(film.reviews.totalCount).toBe(1);
    expect(film.reviews.pageInfo).toEqual({ hasNextPage: false, endCursor: film.reviews.edges[0].cursor });
    const review = film.reviews.edges[0].node;
    expect(review.text).toContain("Sound of Metal follows Ruben");
    expect(review.sentiment).toBeGreaterThan(0);
    expect(review.film.title).toBe("Sound of Metal");
    expect(review.themes.map((t: Named) => t.name)).toEqual(expect.arrayContaining(["identity", "deafness"]));

    const aspects = review.aspects.map((a: { aspect: string; polarity: string }) => `${a.aspect}:${a.polarity}`);
    expect(aspects).toEqual(
      expect.arrayContaining(["performance:POSITIVE", "cinematography:POSITIVE", "sound design:POSITIVE", "pacing:NEGATIVE"]),
    );
    const pacing = review.aspects.find((a: { aspect: string }) => a.aspect === "pacing");
    expect(pacing.evidence).toContain("the pacing drags a little in the third act");

    const targets = review.mentions.map((m: Mention) => `${m.target.__typename}:${m.target.name}`);
    expect(targets).toEqual(
      expect.arrayContaining(["Person:Riz Ahmed", "Person:Paul Raci", "Role:Ruben Stone", "Role:Lou", "Role:Joe"]),
    );
    const raci = review.mentions.find((m: Mention) => m.target.name === "Paul Raci");
    expect(raci).toMatchObject({ polarity: "POSITIVE" });
    expect(raci.evidence).toContain("especially Paul Raci as Joe");
  });

  it("PersonPage lists the characters a person plays", async () => {
    const { person } = await run("PersonPage");
    expect(person).toMatchObject({ id: "Person:paul-raci", name: "Paul Raci" });
    expect(person.roles).toEqual([{ name: "Joe", film: { title: "Sound of Metal" } }]);
  });

  it("ThemePage lists the films exploring a theme", async () => {
    const { theme } = await run("ThemePage");
    expect(theme).toMatchObject({ id: "Theme:deafness", name: "deafness" });
    expect(theme.films.map((f: { title: string }) => f.title)).toContain("Sound of Metal");
  });

  it("NodeLookup resolves every node type by its global id", async () => {
    const { film } = await run("FilmPage");
    const review = film.reviews.edges[0].node;
    const ids: [string, string][] = [
      [film.id, "Film"],
      [review.id, "Review"],
      ["Person:riz-ahmed", "Person"],
      ["Role:sound-of-metal-2019/ruben-stone", "Role"],
      ["Theme:deaf-culture", "Theme"],
    ];
    for (const [id, type] of ids) {
      const { node } = await run("NodeLookup", { id });
      expect(node).toEqual({ id, __typename: type });
    }
  });
});
