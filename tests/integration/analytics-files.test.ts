import { analyticsNames, loadAnalytics } from "../../src/analytics/analytics-files";
import { applyOverrides } from "../../src/analytics/param-overrides";
import { runAnalytics } from "../../src/analytics/run-analytics";
import type { Database } from "../../src/db/database";
import { openTestDatabase } from "../support/test-database";

// Every file of cypher/analytics runs through the CLI's runner with its header defaults against the
// seeded Neo4j, and gives the rows the Sound of Metal review implies. (The imported catalog is
// covered by tests/integration/vega-import.test.ts.)
let db: Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(() => db.driver.close());

const run = (name: string) => {
  const query = loadAnalytics(name);
  return runAnalytics(db, query);
};
// Other test files add films to the same database meanwhile: look for the seed's rows past the default limit.
const runUnlimited = (name: string) => {
  const query = loadAnalytics(name);
  return runAnalytics(db, query, "limit" in query.params ? applyOverrides(query.params, ["limit=100000"]) : query.params);
};

it("runs every analytics file with its defaults", async () => {
  const failures: string[] = [];
  for (const name of analyticsNames()) {
    try {
      const table = await run(name);
      expect(table.columns.length).toBeGreaterThan(0);
    } catch (error) {
      failures.push(`${name}: ${(error as Error).message.split("\n")[0]}`);
    }
  }
  expect(failures).toEqual([]);
});

it("praised-performances lists Riz Ahmed as Ruben Stone and Paul Raci as Joe", async () => {
  const { rows } = await runUnlimited("praised-performances");
  expect(rows).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ person: "Riz Ahmed", role: "Ruben Stone", film: "Sound of Metal" }),
      expect.objectContaining({ person: "Paul Raci", role: "Joe", film: "Sound of Metal" }),
    ]),
  );
  const riz = rows.find((r) => r.person === "Riz Ahmed")!;
  expect(riz.positiveMentions).toBeGreaterThanOrEqual(1);
  expect(String(riz.evidence)).toMatch(/Riz Ahmed|Ruben/);
});

it("theme-cooccurrence pairs the themes Sound of Metal explores", async () => {
  const { rows } = await runUnlimited("theme-cooccurrence");
  const pairs = rows.map((r) => `${r.theme}+${r.otherTheme}`);
  expect(pairs).toContain("deafness+identity");
  expect(rows[0]!.films).toBeGreaterThanOrEqual(1);
});

it("film-consensus summarises the review of Sound of Metal with what it praises and faults", async () => {
  const { rows } = await runUnlimited("film-consensus");
  const film = rows.find((r) => r.film === "Sound of Metal");
  expect(film).toMatchObject({ year: 2019, positiveShare: 1 });
  expect(film!.reviews).toBeGreaterThanOrEqual(1);
  expect(film!.praised).toEqual(expect.arrayContaining(["performance", "cinematography", "sound design"]));
  expect(film!.faulted).toContain("pacing");
});

it("aspect-sentiment counts the pacing judgement as negative", async () => {
  const { rows } = await runUnlimited("aspect-sentiment");
  const pacing = rows.find((r) => r.aspect === "pacing");
  expect(pacing!.negative).toBeGreaterThanOrEqual(1);
  expect(rows.find((r) => r.aspect === "performance")!.positive).toBeGreaterThanOrEqual(1);
});

it("co-appearance-network links the cast and crew of Sound of Metal", async () => {
  const { rows } = await runUnlimited("co-appearance-network");
  const pairs = rows.map((r) => [r.person, r.otherPerson].sort().join(" & "));
  expect(pairs).toEqual(expect.arrayContaining(["Olivia Cooke & Riz Ahmed", "Darius Marder & Paul Raci"]));
});
