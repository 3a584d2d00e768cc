import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Database } from "../../src/db/database";
import { upsertFilm } from "../../src/graph/catalog-writes";
import { openTestDatabase } from "../support/test-database";
import { cleanEnv, runScript } from "../support/run-cli";

// The command line as a user runs it, against the tests' Neo4j through NEO4J_URI (the same way it
// reaches any database the server uses).
jest.setTimeout(120_000);

const CLI_WITH_TEST_ANALYZER = "tests/support/cli-with-test-analyzer.ts";
const stamp = Date.now();
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "film-graph-cli-"));
const env = cleanEnv({
  NEO4J_URI: process.env.TEST_NEO4J_URI ?? "",
  NEO4J_USERNAME: "neo4j",
  NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD ?? "",
  STATE_DIR: path.join(workDir, "state"),
});
const cli = (...args: string[]) => runScript(CLI_WITH_TEST_ANALYZER, args, env);

let db: Database;
let filmKey: string;

beforeAll(async () => {
  db = openTestDatabase();
  filmKey = await db.write((tx) =>
    upsertFilm(tx, { title: `CLI Film ${stamp}`, year: 2020, cast: [{ person: "Cleo Lead", character: "Ida Wren" }] }),
  );
});
afterAll(async () => {
  await db.driver.close();
  fs.rmSync(workDir, { recursive: true, force: true });
});

function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(workDir, name);
  fs.mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
  return dir;
}

const reviewsOfFilm = async () => {
  const { records } = await db.driver.executeQuery(
    "MATCH (r:Review)-[:REVIEWS]->(:Film {id: $id}) RETURN r.id AS id, r.author AS author, COUNT { (r)-[:MENTIONS]->() } AS mentions",
    { id: filmKey },
    { database: db.name },
  );
  return records.map((r) => r.toObject());
};

describe("film-graph ingest", () => {
  it("stores a good file, skips a duplicate, refuses an empty one with the reason, and exits 1", async () => {
    const text = "Cleo Lead is luminous as Ida Wren. A film about grief.";
    const dir = folder("mixed", {
      "a-good.txt": text,
      "b-duplicate.txt": `  ${text.replace(/ /g, "\n")}\n`,
      "c-empty.txt": " \n\t\n",
      "notes.json": "{}",
    });
    const run = await cli("ingest", dir, "--film", `Film:${filmKey}`, "--author", "Pat Critic", "--published-at", "2020-05-01");
    expect(run.code).toBe(1);
    const [review] = await reviewsOfFilm();
    expect(review).toEqual({ id: expect.stringMatching(new RegExp(`^${filmKey}/review-`)), author: "Pat Critic", mentions: 2 });
    expect(run.stdout).toBe(
      [
        "3 file(s): 1 stored, 1 skipped (already present), 1 refused.",
        `  stored   ${path.join(dir, "a-good.txt")} -> Review:${review!.id}`,
        `  skipped  ${path.join(dir, "b-duplicate.txt")} (already present: Review:${review!.id})`,
        `  refused  ${path.join(dir, "c-empty.txt")}: text: must not be empty or only whitespace`,
        "",
      ].join("\n"),
    );
    // Not a terminal: progress as plain lines on stderr, one per file.
    expect(run.stderr).toContain(
      "ingesting: 1/3 reviews: stored a-good.txt\ningesting: 2/3 reviews: skipped b-duplicate.txt\ningesting: 3/3 reviews: refused c-empty.txt\n",
    );
  });

  it("exits 0 when nothing is refused, and takes the film's key as well as its id", async () => {
    const file = path.join(folder("single", { "one.md": "Ida Wren, again, in a second review." }), "one.md");
    const first = await cli("ingest", file, "--film", filmKey);
    expect(first.stdout).toMatch(/^1 file\(s\): 1 stored, 0 skipped \(already present\), 0 refused\.\n/);
    expect(first.code).toBe(0);
    const again = await cli("ingest", file, "--film", filmKey);
    expect(again.stdout).toMatch(/^1 file\(s\): 0 stored, 1 skipped \(already present\), 0 refused\.\n/);
    expect(again.code).toBe(0);
  });

  it.each([
    ["an unknown film", () => ["ingest", folder("any", { "r.txt": "Some text." }), "--film", "no-such-film-1900"], /^film-graph: unknown film "no-such-film-1900": give a film id such as sound-of-metal-2019 \(Film\.id\)\n$/],
    ["a folder without review files", () => ["ingest", folder("none", { "x.json": "{}" }), "--film", filmKey], /^film-graph: no review files \(\.txt, \.md\) in .*none\n$/],
    ["a file that is not there", () => ["ingest", path.join(workDir, "missing.txt"), "--film", filmKey], /^film-graph: cannot read .*missing\.txt: no such file or folder\n$/],
    ["a person's id for the film", () => ["ingest", folder("any", {}), "--film", "Person:cleo-lead"], /^film-graph: --film needs a film id, got the Person id "Person:cleo-lead"\n$/],
    ["an unreadable rating", () => ["ingest", folder("rated", { "r.txt": "Some text." }), "--film", filmKey, "--rating", "pretty good"], /^film-graph: --rating: cannot read "pretty good" as a rating; write it as a fraction/],
  ])("refuses %s in one line and exits 1, storing nothing", async (_what, args, message) => {
    const before = await reviewsOfFilm();
    const run = await cli(...args());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe("");
    expect(await reviewsOfFilm()).toEqual(before);
  });
});

describe("film-graph db", () => {
  it("status checks NEO4J_URI and says start and stop do not apply", async () => {
    const run = await cli("db", "status");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `Neo4j at ${env.NEO4J_URI} is reachable (database neo4j).\nNEO4J_URI is set: db start and db stop do not apply.\n`,
    );
  });

  it.each(["start", "stop"])("%s refuses with NEO4J_URI set", async (command) => {
    const run = await cli("db", command);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^film-graph: NEO4J_URI is set \(.*\): the database is run elsewhere, so db start and db stop do not apply\.\n$/);
  });
});

describe("the production entry points", () => {
  it("src/cli.ts lists the commands", async () => {
    const run = await runScript("src/cli.ts", ["--help"], env);
    expect(run.code).toBe(0);
    for (const command of ["serve", "ingest", "db"]) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, "m"));
  });

  it("the film-graph bin runs the CLI: db status without a running embedded Neo4j", async () => {
    const stateDir = path.join(workDir, "no-neo4j");
    const run = await runScript("src/bin/film-graph.cjs", ["db", "status"], cleanEnv({ STATE_DIR: stateDir }));
    expect(run.stdout).toBe(`Neo4j is not running (data in ${path.join(stateDir, "neo4j")}). Start it with: film-graph db start\n`);
    expect(run.code).toBe(3);
  });
});
