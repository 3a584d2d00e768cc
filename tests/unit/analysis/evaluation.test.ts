import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Analyzer } from "../../../src/ingest/analysis-types";
import { evaluateGold } from "../../../src/ingest/evaluation/evaluate-gold";
import { formatEvaluation, formatRatedReviews } from "../../../src/ingest/evaluation/format-evaluation";
import { evaluateRatedReviews } from "../../../src/ingest/evaluation/rated-reviews";
import { readGoldCases } from "../../../src/ingest/evaluation/gold-case";
import { goldToAnalysis, readGoldReview } from "../../../src/seed/gold-annotation";
import { FIXTURE_REVIEWS_DIR } from "../../../src/ingest/evaluation/default-gold-files";

const WHIPLASH_GOLD = path.join(FIXTURE_REVIEWS_DIR, "whiplash.gold.json");

// An analyzer that answers the gold itself, and one that finds nothing.
const oracle: Analyzer = (text) => {
  const gold = readGoldReview(WHIPLASH_GOLD);
  return { ...goldToAnalysis({ ...gold, text }), sentences: [], unresolved: [], recommendations: [] };
};
const blind: Analyzer = () => ({ sentiment: 0, mentions: [], themes: [], aspects: [], sentences: [], unresolved: [], recommendations: [] });

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

describe("evaluateGold", () => {
  it("scores an analyzer that finds exactly the gold at 1 and one that finds nothing at 0 recall", () => {
    const perfect = evaluateGold([WHIPLASH_GOLD], oracle);
    for (const category of ["mentions", "themes", "themesByMeaning", "aspects"] as const) {
      expect(perfect.totals[category]).toMatchObject({ precision: 1, recall: 1, f1: 1, falsePositives: 0, falseNegatives: 0 });
    }
    const none = evaluateGold([WHIPLASH_GOLD], blind);
    expect(none.totals.mentions).toMatchObject({ truePositives: 0, recall: 0, f1: 0 });
    expect(none.totals.themes.falseNegatives).toBe(readGoldReview(WHIPLASH_GOLD).annotation.themes.length);
  });

  it("counts a theme one step from a gold theme in the taxonomy as right by meaning, not as the very theme", () => {
    const [c] = readGoldCases([WHIPLASH_GOLD]);
    const gold = goldToAnalysis(c!.gold);
    const taxonomy = new Map(c!.film.themes.map((t) => [t.id, t]));
    const goldIds = new Set(gold.themes.map((t) => t.themeId));
    const outside = (t: { themeId: string }) => taxonomy.get(t.themeId)?.broader.find((b) => !goldIds.has(b));
    const first = gold.themes.find(outside)!;
    const broader = outside(first)!;
    // Neither a gold theme nor one step from one (nor from the broader theme found).
    const near = (a: string, b: string) => a === b || taxonomy.get(a)!.broader.includes(b) || taxonomy.get(b)!.broader.includes(a);
    const unrelated = c!.film.themes.find((t) => ![...goldIds, broader].some((g) => near(t.id, g)))!.id;
    const oneStepOff: Analyzer = () => ({ ...blind("", c!.film), themes: [{ ...first, themeId: broader }, { ...first, themeId: unrelated }] });
    const report = evaluateGold([WHIPLASH_GOLD], oneStepOff);
    expect(report.totals.themes).toMatchObject({ truePositives: 0, falsePositives: 2 });
    expect(report.totals.themesByMeaning).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: gold.themes.length - 1 });
  });

  it("counts a target once per sentence and a wrong polarity as a miss and an extra", () => {
    const [c] = readGoldCases([WHIPLASH_GOLD]);
    const gold = goldToAnalysis(c!.gold);
    const first = gold.mentions[0]!;
    const flipped: Analyzer = () => ({
      ...blind("", c!.film),
      mentions: [first, { ...first }],
      aspects: [{ ...gold.aspects[0]!, polarity: gold.aspects[0]!.polarity === "POSITIVE" ? "NEGATIVE" : "POSITIVE" }],
    });
    const report = evaluateGold([WHIPLASH_GOLD], flipped);
    expect(report.totals.mentions).toMatchObject({ truePositives: 1, falsePositives: 0 });
    expect(report.totals.aspects).toMatchObject({ truePositives: 0, falsePositives: 1 });
  });

  it("formats a table per category and per file", () => {
    const text = formatEvaluation(evaluateGold([WHIPLASH_GOLD], oracle));
    expect(text).toMatch(/\| mentions +\| 1\.00 +\| 1\.00 +\| 1\.00/);
    expect(text).toMatch(/\| aspect polarity/);
    expect(text).toContain("whiplash.gold.json");
  });

  it("counts a favourable review POSITIVE by a rating its text states, and reports what its words alone say", () => {
    // Whiplash's gold is favourable; this analyzer's words read it NEUTRAL, the rating it found POSITIVE.
    const rated: Analyzer = (text, film) => ({
      ...blind(text, film),
      sentiment: 0.8,
      statedRating: { rating: "4.5/5", score: 90, evidence: "4.5/5", start: 0, end: 5, wordsSentiment: 0 },
    });
    const report = evaluateGold([WHIPLASH_GOLD], rated);
    expect(report.files[0]!.verdict).toMatchObject({ gold: "POSITIVE", found: "POSITIVE", words: "NEUTRAL" });
    expect(formatEvaluation(report)).toContain("favourable reviews whose text reads POSITIVE: 1/1 (1.00); by their words alone (without a rating the text states): 0/1");
  });

  it("scores a gold file whose rating has no readable scale, leaving it out of the rating agreement", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gold-"));
    temps.push(dir);
    for (const file of ["whiplash.txt", "whiplash.film.json"]) fs.copyFileSync(path.join(FIXTURE_REVIEWS_DIR, file), path.join(dir, file));
    const gold = JSON.parse(fs.readFileSync(WHIPLASH_GOLD, "utf8"));
    const unscaled = path.join(dir, "whiplash.gold.json");
    fs.writeFileSync(unscaled, JSON.stringify({ ...gold, rating: "4.0" }));
    const report = evaluateGold([unscaled], oracle);
    expect(report.files[0]!.verdict.rating).toBeNull();
    expect(report.totals.mentions.f1).toBe(1);
  });

  it("refuses a malformed gold file, and the eval command exits non-zero on it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gold-"));
    temps.push(dir);
    const bad = path.join(dir, "bad.gold.json");
    fs.writeFileSync(bad, JSON.stringify({ film: { title: "Whiplash" }, text: "missing.txt", sentiment: 3 }));
    expect(() => evaluateGold([bad], blind)).toThrow(/bad\.gold\.json/);
    const cli = spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", "eval", bad], { encoding: "utf8" });
    expect(cli.status).not.toBe(0);
    expect(cli.stderr).toMatch(/^film-graph: .*bad\.gold\.json/);
  });
});

describe("evaluateRatedReviews: the text verdict against the critic's own rating", () => {
  // Three rated reviews of the whiplash fixture's film (its text, another rating each) and one whose rating has no scale.
  function ratedSet(): string[] {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rated-"));
    temps.push(dir);
    const ratings = { loved: "3.5/4", panned: "1 star (out of 5)", mixed: "C", unscaled: "Rated 4.0" };
    return Object.entries(ratings).map(([name, rating]) => {
      fs.copyFileSync(path.join(FIXTURE_REVIEWS_DIR, "whiplash.txt"), path.join(dir, `${name}.txt`));
      fs.copyFileSync(path.join(FIXTURE_REVIEWS_DIR, "whiplash.film.json"), path.join(dir, `${name}.film.json`));
      fs.writeFileSync(path.join(dir, `${name}.rating.json`), JSON.stringify({ rating, source: "invented" }));
      return path.join(dir, `${name}.rating.json`);
    });
  }
  const praising: Analyzer = () => ({ ...blind("", {} as never), sentiment: 0.8 });

  it("gives each review the rating's verdict beside the text's, and none for a rating without a scale", () => {
    const reviews = evaluateRatedReviews(ratedSet(), praising);
    expect(reviews.map((r) => [r.critic, r.text, r.score])).toEqual([
      ["POSITIVE", "POSITIVE", 88],
      ["NEGATIVE", "POSITIVE", 20],
      ["NEUTRAL", "POSITIVE", 50],
      [null, "POSITIVE", null],
    ]);
    const report = formatRatedReviews(reviews);
    // A rating the text states is the critic's own again: the calibration measure reads the words alone.
    const statingIt: Analyzer = () => ({ ...praising("", {} as never), sentiment: -0.6, statedRating: { rating: "1/5", score: 20, evidence: "1/5", start: 0, end: 3, wordsSentiment: 0.8 } });
    expect(evaluateRatedReviews(ratedSet(), statingIt).map((r) => r.text)).toEqual(["POSITIVE", "POSITIVE", "POSITIVE", "POSITIVE"]);
    expect(report).toContain("favourable reviews whose text reads POSITIVE: 1/1 (1.00); unfavourable reviews whose text reads NEGATIVE: 0/1 (0.00); agreement: 1/3 (0.33)");
    expect(report).toMatch(/ratings without a readable scale \(not counted\): .*unscaled\.rating\.json "Rated 4\.0"/);
  });

  it("refuses a rated review without its text, and the eval command reports rated reviews on their own", () => {
    const files = ratedSet();
    fs.rmSync(files[0]!.replace(".rating.json", ".txt"));
    expect(() => evaluateRatedReviews(files, praising)).toThrow(/loved\.rating\.json: no review text beside it/);
    const cli = spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", "eval", ...files.slice(1)], { encoding: "utf8" });
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain("## the given rated reviews");
    expect(cli.stdout).toContain("Text verdict against the critic's rating over 3 rated reviews");
  });
});
