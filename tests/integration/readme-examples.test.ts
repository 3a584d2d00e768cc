import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { Kind, parse, type OperationDefinitionNode } from "graphql";
import type { Database } from "../../src/db/database";
import { fencedBlocks, readReadme } from "../support/readme";
import { openTestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";

// Every GraphQL example of the README, pasted whole as a reader would, runs without errors on the
// seeded graph; an example that needs more data than the seed says so in a comment naming the
// import (`film-graph import vega-movies`). The curl examples that read run as they are written.

const readme = readReadme();
const graphqlBlocks = fencedBlocks(readme).filter((b) => b.language === "graphql");
const NEEDS_IMPORT = /import vega-movies/;

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

/** Null, an empty list, or a connection without edges. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object" && "edges" in value) return isEmpty((value as { edges: unknown }).edges);
  return false;
}

async function post(body: Record<string, unknown>) {
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] } };
}

describe("README GraphQL examples", () => {
  it("has examples", () => {
    expect(graphqlBlocks.length).toBeGreaterThan(0);
  });

  it.each(graphqlBlocks.map((b) => [b.line, b] as const))("the block at README line %i runs as pasted", async (_line, block) => {
    const operations = parse(block.text).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    expect(operations.length).toBeGreaterThan(0);
    // Pasted whole: the explorer sends the whole document with the chosen operation's name.
    for (const operation of operations) {
      const { status, body } = await post({ query: block.text, operationName: operation.name?.value });
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
      if (NEEDS_IMPORT.test(block.text)) continue;
      const empty = Object.entries(body.data ?? {})
        .filter(([, value]) => isEmpty(value))
        .map(([field]) => field);
      // On the seed alone, every root field answers something.
      expect({ operation: operation.name?.value ?? "(anonymous)", empty }).toEqual({
        operation: operation.name?.value ?? "(anonymous)",
        empty: [],
      });
    }
  });
});

describe("README curl examples that read", () => {
  const commands = fencedBlocks(readme)
    .filter((b) => b.language === "sh")
    .flatMap((b) => b.text.replace(/\\\n\s*/g, " ").split("\n"))
    .filter((line) => line.startsWith("curl ") && !line.includes("$TOKEN"));

  it("include a GET and a POST", () => {
    expect(commands.some((c) => / -G\b|--get\b/.test(c))).toBe(true);
    expect(commands.some((c) => / -d\b|--data\b/.test(c) && !/ -G\b/.test(c))).toBe(true);
  });

  it.each(commands)("%s", async (command) => {
    const local = command.replace(/localhost:4000/g, `127.0.0.1:${server.port}`);
    expect(local).not.toBe(command);
    // Through a shell, quoting as a reader's shell reads it; -s -S: no progress, errors shown.
    // Asynchronously: the server answers from this very process.
    const { stdout: output } = await promisify(execFile)("sh", ["-c", local.replace(/^curl /, "curl -S -w '\\n%{http_code}' ")], {
      encoding: "utf8",
    });
    const lines = output.trimEnd().split("\n");
    const status = lines.pop();
    const body = JSON.parse(lines.join("\n")) as { data?: unknown; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(status).toBe("200");
    expect(body.data).toBeTruthy();
  });
});

describe("README Cypher examples", () => {
  const blocks = fencedBlocks(readme).filter((b) => b.language === "cypher");

  it.each(blocks.map((b) => [b.line, b] as const))("the block at README line %i runs in Neo4j as pasted", async (_line, block) => {
    const result = await db.driver.executeQuery(block.text, {}, { database: db.name, routing: "READ" });
    expect(result.records.length).toBeGreaterThan(0);
    // No cartesian product: every row is distinct.
    const rows = result.records.map((r) => JSON.stringify(r.toObject()));
    expect(new Set(rows).size).toBe(rows.length);
  });
});
