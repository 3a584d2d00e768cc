import type { Database } from "../../src/db/database";
import { boltBuffersInstalled } from "../../src/db/bolt-buffers";
import { openTestDatabase } from "../support/test-database";

// Records longer than a Bolt chunk (read through installBoltBuffers) arrive whole and exact.

let db: Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(async () => {
  await db.driver.close();
});

it("the service's driver reads messages of several chunks from one buffer", () => {
  expect(boltBuffersInstalled()).toBe(true);
});

it("a record of many chunks with multi-byte strings reads back exactly", async () => {
  // ~300 KB in one record: strings of 1-4 byte characters that chunk boundaries cut anywhere, maps, numbers.
  const { records } = await db.driver.executeQuery(
    `UNWIND range(0, 2999) AS i
     RETURN collect({i: i, title: 'Film ' + i + ' — café 日本語 🎬 ' + i, year: 1900 + i % 120, score: i / 7.0}) AS rows`,
    {},
    { database: db.name, routing: "READ" },
  );
  const rows = records[0]!.get("rows") as { i: number; title: string; year: number; score: number }[];
  expect(rows).toHaveLength(3000);
  rows.forEach((row, i) => {
    expect(row).toEqual({ i, title: `Film ${i} — café 日本語 🎬 ${i}`, year: 1900 + (i % 120), score: i / 7 });
  });
});

it("statements and parameters longer than the driver's output buffer reach Neo4j exactly", async () => {
  // A statement of ~12 KB (comment lines, as the .cypher files have) with a parameter of ~60 KB.
  const text = `${"// a comment line of a long statement — café 日本語\n".repeat(240)}RETURN $text AS text, size($text) AS length`;
  const param = "Ünïcödé review text 🎬 ".repeat(2500);
  const { records } = await db.driver.executeQuery(text, { text: param }, { database: db.name, routing: "READ" });
  expect(records[0]!.get("text")).toBe(param);
  expect(records[0]!.get("length")).toBe([...param].length);
});
