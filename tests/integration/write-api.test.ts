import type { Database } from "../../src/db/database";
import { MAX_BODY_BYTES } from "../../src/graphql/server";
import type { Analyzer } from "../../src/ingest/analysis-types";
import { MAX_REVIEW_CHARS } from "../../src/ingest/limits";
import { analyzeByExactMatch } from "../support/exact-match-analyzer";
import { openTestDatabase } from "../support/test-database";
import { startTestServer, TEST_API_TOKEN, type TestServer } from "../support/test-server";
import { runIngestOperation } from "../support/write-client";

// The write API over HTTP against the real Neo4j: the contract's mutations (tests/contract/ingest.graphql),
// their idempotency, the token, the input checks, and that a failed write leaves nothing behind.
// Each test works on films of its own (unique titles), so the suites can run side by side.

const stamp = Date.now();
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

let films = 0;
/** A new film of the test's own, with a director and two credits (one of them a person of the seed). */
async function newFilm(extra: Record<string, unknown> = {}) {
  films += 1;
  const input = {
    title: `Write Path ${stamp} ${films}`,
    year: 2021,
    directors: ["Dana Director"],
    cast: [
      { person: "Ann Actor", character: "Mara Quill" },
      { person: "Riz Ahmed", character: "Otto Vance" },
    ],
    ...extra,
  };
  const { body } = await runIngestOperation(server, "UpsertFilm", { input });
  expect(body.errors).toBeUndefined();
  return { input, film: body.data.upsertFilm as { id: string; title: string }, key: (body.data.upsertFilm.id as string).slice(5) };
}

async function scalar(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const { records } = await db.driver.executeQuery(cypher, params, { database: db.name });
  return Number(records[0]?.get(0));
}

/** What hangs off a film: its reviews and everything derived from them, its credits and themes. */
async function footprint(filmKey: string) {
  const { records } = await db.driver.executeQuery(
    `MATCH (f:Film {id: $id})
     RETURN COUNT { (f)<-[:REVIEWS]-(:Review) } AS reviews,
            COUNT { (f)<-[:REVIEWS]-(:Review)-[:MENTIONS|DISCUSSES|JUDGES]->() } AS links,
            COUNT { (f)-[:EXPLORES]->(:Theme) } AS explores,
            COUNT { (f)<-[:IN]-(:Role) } AS roles,
            COUNT { (:Person)-[:PLAYED]->(:Role)-[:IN]->(f) } AS played,
            COUNT { (:Person)-[:DIRECTED|WROTE]->(f) } AS crew`,
    { id: filmKey },
    { database: db.name },
  );
  return records[0]?.toObject() ?? null;
}

const reviewText = (name: string) =>
  `${name}: Ann Actor gives a fierce turn as Mara Quill. The film is about grief and memory. ` +
  "The cinematography is cold. I recommend it to Tom Stranger.";

describe("upsertFilm", () => {
  it("adds a film with its directors and cast", async () => {
    const { film, key } = await newFilm();
    expect(film).toEqual({
      id: `Film:${key}`,
      title: `Write Path ${stamp} ${films}`,
      year: 2021,
      directors: [{ name: "Dana Director" }],
      cast: [
        { name: "Mara Quill", person: { name: "Ann Actor" } },
        { name: "Otto Vance", person: { name: "Riz Ahmed" } },
      ],
    });
    expect(await footprint(key)).toMatchObject({ roles: 2, played: 2, crew: 1 });
  });

  it("is idempotent on title and year: the same film again (any case) changes nothing", async () => {
    const { input, film, key } = await newFilm();
    const before = await footprint(key);
    const again = await runIngestOperation(server, "UpsertFilm", {
      input: { ...input, title: `  ${input.title.toUpperCase()} `, directors: ["DANA DIRECTOR"] },
    });
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data.upsertFilm.id).toBe(film.id);
    expect(await footprint(key)).toEqual(before);
    // An update: the title is now written as given the second time, still one film.
    expect(again.body.data.upsertFilm.title).toBe(input.title.toUpperCase());
    expect(await scalar("MATCH (f:Film) WHERE toLower(f.title) = toLower($t) RETURN count(f)", { t: input.title })).toBe(1);
  });

  it("reuses a person already in the graph, matching the name ignoring case", async () => {
    const { body } = await runIngestOperation(server, "UpsertFilm", {
      input: { title: `Person Reuse ${stamp}`, year: 2022, cast: [{ person: "RIZ AHMED", character: "Zed" }, { person: "ann actor", character: "Wyn" }] },
    });
    expect(body.errors).toBeUndefined();
    // The person keeps the name it was first written with.
    expect(body.data.upsertFilm.cast.map((r: any) => r.person.name)).toEqual(["Riz Ahmed", "Ann Actor"]);
    expect(await scalar("MATCH (p:Person) WHERE toLower(p.name) IN ['riz ahmed', 'ann actor'] RETURN count(p)")).toBe(2);
    // Counted on this film only: other suites add roles to the same person side by side.
    const filmId = (body.data.upsertFilm.id as string).slice(5);
    expect(await scalar("MATCH (:Person {id: 'riz-ahmed'})-[:PLAYED]->(r:Role)-[:IN]->(:Film {id: $filmId}) RETURN count(r)", { filmId })).toBe(1);
  });
});

describe("ingestReview", () => {
  it("analyses the text and stores the review with everything derived from it", async () => {
    const { film, key } = await newFilm();
    const text = reviewText("Stored");
    const { body } = await runIngestOperation(server, "IngestReview", {
      input: { filmId: film.id, text, author: " A. Critic ", source: "The Test Times", publishedAt: "2021-03-04" },
    });
    expect(body.errors).toBeUndefined();
    const review = body.data.ingestReview;
    expect(review.id).toMatch(new RegExp(`^Review:${key}/review-[0-9a-f]{16}$`));
    expect(review.text).toBe(text);
    expect(review.film).toEqual({ id: film.id, title: film.title });
    expect(review.themes.map((t: any) => t.name).sort()).toEqual(["grief", "memory"]);
    expect(review.aspects).toEqual([{ aspect: "cinematography", polarity: "NEUTRAL", evidence: "The cinematography is cold." }]);
    expect(review.mentions.map((m: any) => `${m.target.__typename}:${m.target.name}`).sort()).toEqual([
      "Person:Ann Actor",
      "Role:Mara Quill",
    ]);
    expect(review.mentions[0].evidence).toBe("Stored: Ann Actor gives a fierce turn as Mara Quill.");

    const read = await server.query(
      `query ($id: ID!) { node(id: $id) { ... on Review { author source publishedAt url
         unresolvedMentions { name reason candidates evidence start end } recommendations { evidence start end } } } }`,
      { id: review.id },
    );
    const start = text.indexOf("I recommend");
    expect(read.body.data).toEqual({
      node: {
        author: "A. Critic",
        source: "The Test Times",
        publishedAt: "2021-03-04",
        url: null,
        unresolvedMentions: [
          { name: "Tom Stranger", reason: "UNKNOWN", candidates: [], evidence: "I recommend it to Tom Stranger.", start, end: text.length },
        ],
        recommendations: [{ evidence: "I recommend it to Tom Stranger.", start, end: text.length }],
      },
    });
    expect(await footprint(key)).toMatchObject({ reviews: 1, links: 5, explores: 2 });
  });

  it("is idempotent on the text: the same text again returns the same review and writes nothing", async () => {
    const { film, key } = await newFilm();
    const text = reviewText("Twice");
    const first = await runIngestOperation(server, "IngestReview", { input: { filmId: film.id, text } });
    expect(first.body.errors).toBeUndefined();
    const stored = async () => ({
      footprint: await footprint(key),
      createdAt: await scalar("MATCH (r:Review)-[:REVIEWS]->(:Film {id: $id}) RETURN datetime(r.createdAt).epochMillis", { id: key }),
      props: await scalar("MATCH (r:Review)-[:REVIEWS]->(:Film {id: $id}) RETURN size(keys(r))", { id: key }),
    });
    const before = await stored();
    for (const again of [text, `  ${text.replace(/ /g, "  ")}\n`]) {
      const { body } = await runIngestOperation(server, "IngestReview", { input: { filmId: film.id, text: again, author: "Someone Else" } });
      expect(body.errors).toBeUndefined();
      expect(body.data.ingestReview.id).toBe(first.body.data.ingestReview.id);
      expect(body.data.ingestReview.text).toBe(text);
    }
    expect(await stored()).toEqual(before);
  });

  it("stores Cypher-looking text verbatim and runs none of it", async () => {
    const { film } = await newFilm();
    const text = `'}) MATCH (n) DETACH DELETE n // "; CALL db.clear(); $text \\u0000 {{x}} RETURN 1; ' OR 1=1 --`;
    const { body } = await runIngestOperation(server, "IngestReview", {
      input: { filmId: film.id, text, author: "Robert'); DROP TABLE critics;--" },
    });
    expect(body.errors).toBeUndefined();
    const read = await server.query(`query ($id: ID!) { node(id: $id) { ... on Review { text author } } }`, {
      id: body.data.ingestReview.id,
    });
    expect(read.body.data).toEqual({ node: { text, author: "Robert'); DROP TABLE critics;--" } });
    const seed = await server.query(`{ film(title: "Sound of Metal") { title reviews { totalCount } } }`);
    expect(seed.body.data).toEqual({ film: { title: "Sound of Metal", reviews: { totalCount: 1 } } });
  });

  it("leaves nothing behind when the analysis points at something not in the graph", async () => {
    const { film, key } = await newFilm();
    const pointsAtNobody: Analyzer = (text, context) => {
      const result = analyzeByExactMatch(text, context);
      return { ...result, mentions: [...result.mentions, { ...result.mentions[0]!, targetId: "no-such-person" }] };
    };
    const broken = await startTestServer(db, { analyzer: { analyze: pointsAtNobody, version: "broken" } });
    try {
      const before = await footprint(key);
      const { body } = await runIngestOperation(broken, "IngestReview", { input: { filmId: film.id, text: reviewText("Broken") } });
      expect(body.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
      expect(body.errors?.[0]?.message).toBe("Internal server error");
      expect(await footprint(key)).toEqual(before);
      expect(await scalar("MATCH (r:Review) WHERE r.text STARTS WITH 'Broken:' RETURN count(r)")).toBe(0);
    } finally {
      await broken.close();
    }
  });
});

describe("deleteReview", () => {
  it("removes the review and every link derived from it, and the film's themes follow", async () => {
    const { film, key } = await newFilm();
    const ingest = async (text: string) => {
      const { body } = await runIngestOperation(server, "IngestReview", { input: { filmId: film.id, text } });
      expect(body.errors).toBeUndefined();
      return body.data.ingestReview.id as string;
    };
    const griefOnly = await ingest("A quiet study of grief. Ann Actor is superb.");
    const griefAndMemory = await ingest(reviewText("Second"));
    const themes = async () =>
      (await server.query(`query ($t: String!, $y: Int) { film(title: $t, year: $y) { themes { name } reviews { totalCount } } }`, {
        t: film.title,
        y: 2021,
      })).body.data as any;
    expect((await themes()).film.themes.map((t: any) => t.name).sort()).toEqual(["grief", "memory"]);
    const explores = () =>
      db.driver
        .executeQuery("MATCH (:Film {id: $id})-[e:EXPLORES]->(t:Theme) RETURN t.name AS theme, e.reviewCount AS n ORDER BY theme", { id: key }, { database: db.name })
        .then((r) => r.records.map((x) => `${x.get("theme")}:${x.get("n")}`));
    expect(await explores()).toEqual(["grief:2", "memory:1"]);

    const { body } = await runIngestOperation(server, "DeleteReview", { id: griefAndMemory });
    expect(body).toEqual({ data: { deleteReview: true } });
    expect((await server.query(`query ($id: ID!) { node(id: $id) { id } }`, { id: griefAndMemory })).body.data).toEqual({ node: null });
    expect(await explores()).toEqual(["grief:1"]);
    expect(await footprint(key)).toMatchObject({ reviews: 1, links: 2, explores: 1 });
    expect(await scalar("MATCH ()-[l:MENTIONS|DISCUSSES|JUDGES]->() WHERE l.evidence STARTS WITH 'Second:' RETURN count(l)")).toBe(0);

    await runIngestOperation(server, "DeleteReview", { id: griefOnly });
    expect(await footprint(key)).toMatchObject({ reviews: 0, links: 0, explores: 0 });
    expect((await themes()).film).toEqual({ themes: [], reviews: { totalCount: 0 } });

    const again = await runIngestOperation(server, "DeleteReview", { id: griefOnly });
    expect(again.body.errors?.[0]).toMatchObject({
      message: `No review with id "${griefOnly}".`,
      extensions: { code: "NOT_FOUND" },
    });
  });
});

describe("the API token", () => {
  it.each([
    ["no token", null],
    ["a wrong token", "wrong-token-0123456789"],
    ["the right token with a character more", `${TEST_API_TOKEN}x`],
  ])("refuses every mutation with %s and writes nothing", async (_what, token) => {
    const { film, key } = await newFilm();
    const { body: stored } = await runIngestOperation(server, "IngestReview", { input: { filmId: film.id, text: reviewText("Kept") } });
    const before = await footprint(key);
    const attempts = [
      runIngestOperation(server, "UpsertFilm", { input: { title: `Unauthorised ${stamp}`, year: 2020 } }, token),
      runIngestOperation(server, "UpsertFilm", { input: { title: film.title, year: 2021, directors: ["Intruder Person"] } }, token),
      runIngestOperation(server, "IngestReview", { input: { filmId: film.id, text: reviewText("Intruder") } }, token),
      runIngestOperation(server, "DeleteReview", { id: stored.data.ingestReview.id }, token),
    ];
    for (const { status, body } of await Promise.all(attempts)) {
      expect(status).toBe(200);
      expect(body.data).toBeNull();
      expect(body.errors).toEqual([
        expect.objectContaining({
          message: "Writing needs the header `Authorization: Bearer <API_TOKEN>` with the server's API token.",
          extensions: { code: "UNAUTHENTICATED" },
        }),
      ]);
    }
    expect(await footprint(key)).toEqual(before);
    expect(await scalar("MATCH (n) WHERE n:Film AND n.title = $t OR n:Person AND n.name = 'Intruder Person' RETURN count(n)", { t: `Unauthorised ${stamp}` })).toBe(0);
  });

  it("keeps reads open without a token", async () => {
    const { status, body } = await server.query(`{ film(title: "Sound of Metal") { title directors { name } } }`);
    expect(status).toBe(200);
    expect(body).toEqual({ data: { film: { title: "Sound of Metal", directors: [{ name: "Darius Marder" }] } } });
  });

  it("lets no one write to a server that has no token", async () => {
    const closed = await startTestServer(db, { apiToken: undefined });
    try {
      const { body } = await runIngestOperation(closed, "UpsertFilm", { input: { title: `No Token ${stamp}` } }, "undefined");
      expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(await scalar("MATCH (f:Film {title: $t}) RETURN count(f)", { t: `No Token ${stamp}` })).toBe(0);
    } finally {
      await closed.close();
    }
  });
});

describe("bad input", () => {
  let filmId: string;
  let key: string;
  beforeAll(async () => {
    const created = await newFilm();
    filmId = created.film.id;
    key = created.key;
  });

  const review = (input: Record<string, unknown>) => ({ input: { filmId: () => filmId, text: "A fine film.", ...input } });
  it.each<[string, "UpsertFilm" | "IngestReview" | "DeleteReview", Record<string, unknown>, string, RegExp]>([
    ["an empty text", "IngestReview", review({ text: "" }), "BAD_USER_INPUT", /^input\.text: must not be empty or only whitespace$/],
    ["a text of whitespace", "IngestReview", review({ text: "  \n\t" }), "BAD_USER_INPUT", /^input\.text: must not be empty or only whitespace$/],
    ["a text over the limit", "IngestReview", review({ text: "word ".repeat(MAX_REVIEW_CHARS / 5 + 1) }), "BAD_USER_INPUT", /^input\.text: is 20,005 characters long; the limit is 20,000$/],
    ["a film key instead of its id", "IngestReview", review({ filmId: "sound-of-metal-2019" }), "BAD_USER_INPUT", /^input\.filmId: must be a film's id such as "Film:sound-of-metal-2019"/],
    ["a person's id for the film", "IngestReview", review({ filmId: "Person:riz-ahmed" }), "BAD_USER_INPUT", /^input\.filmId: must be a film's id/],
    ["an unknown film", "IngestReview", review({ filmId: "Film:no-such-film-1900" }), "NOT_FOUND", /^No film with id "Film:no-such-film-1900": add it with upsertFilm first/],
    ["a malformed date", "IngestReview", review({ publishedAt: "04/03/2021" }), "BAD_USER_INPUT", /^input\.publishedAt: must be an ISO 8601 date \(2020-12-04\) or date-time \(2020-12-04T09:30:00Z\), got "04\/03\/2021"$/],
    ["a malformed URL", "IngestReview", review({ url: "ftp://reviews.example.com/1" }), "BAD_USER_INPUT", /^input\.url: must be an http:\/\/ or https:\/\/ address, got "ftp:/],
    ["a missing text", "IngestReview", review({ text: null }), "BAD_USER_INPUT", /input.*text.*null/i],
    ["a blank title", "UpsertFilm", { input: { title: " " } }, "BAD_USER_INPUT", /^input\.title: the title must not be empty or only whitespace$/],
    ["a year out of range", "UpsertFilm", { input: { title: `Bad Year ${stamp}`, year: 1700 } }, "BAD_USER_INPUT", /^input\.year: must be between 1870 and 2100$/],
    ["a blank character", "UpsertFilm", { input: { title: `Bad Cast ${stamp}`, cast: [{ person: "Some One", character: " " }] } }, "BAD_USER_INPUT", /^input\.cast\.0\.character: the character's name must not be empty/],
    ["a film's id to delete", "DeleteReview", { id: "Film:sound-of-metal-2019" }, "BAD_USER_INPUT", /^id: must be a review's id/],
    ["an unknown review", "DeleteReview", { id: "Review:no-such-film/review-0000000000000000" }, "NOT_FOUND", /^No review with id "Review:no-such-film\/review-0000000000000000"\.$/],
  ])("refuses %s with %s and a message that says what to fix", async (_what, operation, variables, code, message) => {
    const resolved = JSON.parse(JSON.stringify(variables, (_k, v) => (typeof v === "function" ? v() : v)));
    const before = await footprint(key);
    const { body } = await runIngestOperation(server, operation, resolved);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions?.code).toBe(code);
    expect(body.errors![0]!.message).toMatch(message);
    expect(await footprint(key)).toEqual(before);
    expect(await scalar("MATCH (f:Film) WHERE f.title STARTS WITH 'Bad ' RETURN count(f)")).toBe(0);
  });

  it("refuses a 2 MB mutation with 413, writes nothing, and keeps serving", async () => {
    const before = await footprint(key);
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TEST_API_TOKEN}` },
      body: JSON.stringify({
        query: "mutation ($input: ReviewInput!) { ingestReview(input: $input) { id } }",
        variables: { input: { filmId, text: "y".repeat(MAX_BODY_BYTES * 2) } },
      }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: `The request body is larger than ${MAX_BODY_BYTES} bytes.`, extensions: { code: "PAYLOAD_TOO_LARGE" } }],
    });
    expect(await footprint(key)).toEqual(before);
    const after = await server.query(`{ film(title: "Sound of Metal") { year } }`);
    expect(after.body.data).toEqual({ film: { year: 2019 } });
  });
});
