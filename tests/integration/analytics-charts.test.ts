import { DOMParser, type Element } from "@xmldom/xmldom";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { cleanEnv, runScript } from "../support/run-cli";

// `film-graph analytics NAME --format svg|html` draws the result with vega-lite and vega in Node:
// the SVG parses, and its bars are the result's rows (checked against the same query's JSON).
jest.setTimeout(240_000);

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "film-graph-charts-"));
const env = cleanEnv({
  NEO4J_URI: process.env.TEST_NEO4J_URI ?? "",
  NEO4J_USERNAME: "neo4j",
  NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD ?? "",
  STATE_DIR: path.join(workDir, "state"),
});
const cli = (...args: string[]) => runScript("src/cli.ts", args, env);
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

/** The `<path>` data marks of one kind (`mark-rect`: bars and heat-map cells; legends are not `role-mark`). */
function marks(svg: string, kind: string): Element[] {
  const document = new DOMParser().parseFromString(svg, "image/svg+xml");
  const groups = Array.from(document.getElementsByTagName("g")).filter((g) => {
    const classes = (g.getAttribute("class") ?? "").split(" ");
    return classes.includes(kind) && classes.includes("role-mark");
  });
  return groups.flatMap((g) => Array.from(g.getElementsByTagName("path")));
}

/** The label texts of the axis or legend whose aria-label starts with `described` ("X-axis", "Gradient legend"). */
function labels(svg: string, described: string): string[] {
  const document = new DOMParser().parseFromString(svg, "image/svg+xml");
  const guide = Array.from(document.getElementsByTagName("g")).find((g) => (g.getAttribute("aria-label") ?? "").startsWith(described));
  if (!guide) throw new Error(`no ${described} in the chart`);
  const labelGroups = Array.from(guide.getElementsByTagName("g")).filter((g) => /role-(axis|legend)-label/.test(g.getAttribute("class") ?? ""));
  return labelGroups.flatMap((g) => Array.from(g.getElementsByTagName("text")).map((t) => t.textContent ?? ""));
}

/**
 * The query's JSON rows and its drawing, taken while the catalog stood still: other suites write to
 * the same Neo4j, so the JSON is read before and after the drawing and the pair retried until both
 * reads agree (at most five tries).
 */
async function rowsAndDrawing(query: string, format: "svg" | "html") {
  for (let attempt = 1; ; attempt++) {
    const before = await cli("analytics", query, "--format", "json");
    expect(before.code).toBe(0);
    const drawing = await cli("analytics", query, "--format", format);
    const after = await cli("analytics", query, "--format", "json");
    if (before.stdout === after.stdout || attempt === 5) {
      return { rows: JSON.parse(before.stdout) as Record<string, unknown>[], drawing };
    }
  }
}

it("aspect-sentiment: one bar per aspect and polarity", async () => {
  const { rows, drawing: chart } = await rowsAndDrawing("aspect-sentiment", "svg");
  expect(rows.length).toBeGreaterThan(0);
  expect(chart.stderr).not.toMatch(/error/i);
  expect(chart.code).toBe(0);
  expect(chart.stdout).toMatch(/^<svg /);
  fs.writeFileSync(path.join(os.tmpdir(), "film-graph-aspect-sentiment.svg"), chart.stdout);
  expect(marks(chart.stdout, "mark-rect")).toHaveLength(rows.length * 4);
  for (const row of rows) expect(chart.stdout).toContain(`>${String(row.aspect)}</text>`);
  // Judgements are counted: whole numbers on the axis, never 0.4.
  const ticks = labels(chart.stdout, "X-axis");
  expect(ticks.length).toBeGreaterThan(1);
  for (const tick of ticks) expect(tick).toMatch(/^\d+$/);
});

it("theme-cooccurrence as an HTML page: the heat map inline, one cell per pair, no script", async () => {
  const { rows: pairs, drawing: page } = await rowsAndDrawing("theme-cooccurrence", "html");
  expect(page.code).toBe(0);
  expect(page.stdout).toMatch(/^<!doctype html>/);
  expect(page.stdout).not.toMatch(/<script/i);
  const svg = page.stdout.slice(page.stdout.indexOf("<svg"), page.stdout.indexOf("</svg>") + "</svg>".length);
  expect(marks(svg, "mark-rect")).toHaveLength(pairs.length);
  // Films are counted: the legend reads "1", never "1.000000".
  const legend = labels(svg, "Gradient legend");
  expect(legend.length).toBeGreaterThan(0);
  for (const label of legend) expect(label).toMatch(/^\d+$/);
});

it("a query without a chart is one line and exit status 1, before the database is opened", async () => {
  const run = await cli("analytics", "co-appearance-network", "--format", "svg");
  expect(run.code).toBe(1);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(run.stderr).toContain('"co-appearance-network" has no chart; charts exist for aspect-sentiment, film-consensus, genre-ratings, theme-cooccurrence');
});
