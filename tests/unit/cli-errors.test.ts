import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { analyticsNames, loadAnalytics } from "../../src/analytics/analytics-files";
import { applyOverrides } from "../../src/analytics/param-overrides";
import { firstSentence } from "../../src/cli/analytics-command";
import { readGoldReview } from "../../src/seed/gold-annotation";

// The command line's errors are one sentence a user can act on, found before any query runs.

describe("--param overrides keep the kind of the header's default", () => {
  it("refuses limit=abc where the default is a number, naming the parameter", () => {
    expect(() => applyOverrides({ limit: neo4j.int(10) }, ["limit=abc"])).toThrow(
      '--param limit must be a number like the query\'s default (10), got "abc"',
    );
  });

  it("takes values of the default's kind, and anything where the default is null", () => {
    const params = applyOverrides({ limit: 10, title: "Sound of Metal", since: null }, ["limit=5", "title=The Father", "since=2020"]);
    expect(String(params.limit)).toBe("5");
    expect(params.title).toBe("The Father");
    expect(String(params.since)).toBe("2020");
    expect(() => applyOverrides({ genres: ["Drama"] }, ["genres=Drama"])).toThrow(/must be a list/);
  });
});

describe("eval's gold files", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gold-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("a missing file is one sentence naming it", () => {
    const missing = path.join(dir, "missing.gold.json");
    expect(() => readGoldReview(missing)).toThrow(`${missing}: no such file`);
  });

  it("a file that is not JSON is one sentence naming it", () => {
    const bad = path.join(dir, "bad.gold.json");
    fs.writeFileSync(bad, "{ not json");
    expect(() => readGoldReview(bad)).toThrow(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: not a JSON gold annotation`));
  });
});

describe("the analytics list", () => {
  it("shows each query's first sentence whole", () => {
    expect(firstSentence(["Pairs of themes, most frequent", "first. More detail."])).toBe("Pairs of themes, most frequent first.");
    for (const name of analyticsNames()) {
      const sentence = firstSentence(loadAnalytics(name).description);
      expect(sentence).toMatch(/[.!?]$/);
    }
  });
});
