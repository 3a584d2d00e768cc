import path from "node:path";
import { analyzeReview } from "../../../src/ingest/analysis/analyze-review";
import { defaultGoldFiles } from "../../../src/ingest/evaluation/default-gold-files";
import { evaluateGold } from "../../../src/ingest/evaluation/evaluate-gold";
import { readGoldCases } from "../../../src/ingest/evaluation/gold-case";
import { goldToAnalysis } from "../../../src/seed/gold-annotation";
import { SEED_DIR } from "../../../src/seed/load-seed";

const SEED_GOLD = path.join(SEED_DIR, "reviews/sound-of-metal.gold.json");

describe("the seed review", () => {
  const [seed] = readGoldCases([SEED_GOLD]);
  const gold = goldToAnalysis(seed!.gold);
  const found = analyzeReview(seed!.gold.text, seed!.film);
  const targets = (links: { targetType: string; targetId: string }[]) => new Set(links.map((m) => `${m.targetType}:${m.targetId}`));

  it("links every person and character it names", () => {
    expect(targets(found.mentions)).toEqual(targets(gold.mentions));
    expect(found.unresolved).toEqual([]);
  });

  it("judges the performance and the cinematography as praise and the pacing as criticism", () => {
    const judgements = found.aspects.map((a) => `${a.aspect}:${a.polarity}`);
    expect(judgements).toEqual(expect.arrayContaining(["performance:POSITIVE", "cinematography:POSITIVE", "pacing:NEGATIVE"]));
    expect(judgements).not.toEqual(expect.arrayContaining(["performance:NEGATIVE"]));
    expect(judgements).not.toEqual(expect.arrayContaining(["cinematography:NEGATIVE"]));
    expect(judgements).not.toEqual(expect.arrayContaining(["pacing:POSITIVE"]));
  });

  it("finds identity and deafness", () => {
    expect(found.themes.map((t) => t.themeId)).toEqual(expect.arrayContaining(["identity", "deafness"]));
  });
});

describe("over all gold files", () => {
  const report = evaluateGold(defaultGoldFiles(), analyzeReview);

  it("evaluates the seed gold file and at least six more", () => {
    expect(report.files.length).toBeGreaterThanOrEqual(7);
  });

  it.each([
    ["mentions", 0.8],
    ["themes", 0.7],
    ["aspects", 0.7],
  ] as const)("%s: precision, recall and F1 of at least %s", (category, floor) => {
    const { precision, recall, f1 } = report.totals[category];
    expect(f1).toBeGreaterThanOrEqual(floor);
    expect(precision).toBeGreaterThanOrEqual(floor);
    expect(recall).toBeGreaterThanOrEqual(floor);
  });

  it("offsets of every link point at its evidence", () => {
    for (const c of readGoldCases(defaultGoldFiles())) {
      const result = analyzeReview(c.gold.text, c.film);
      for (const link of [...result.themes, ...result.aspects, ...result.recommendations, ...result.sentences.map((s) => ({ ...s, evidence: s.text }))]) {
        expect(c.gold.text.slice(link.start, link.end)).toBe(link.evidence);
      }
      for (const mention of [...result.mentions, ...result.unresolved]) {
        expect(mention.evidence).toContain(c.gold.text.slice(mention.start, mention.end));
        expect(c.gold.text.slice(mention.start, mention.end)).toMatch(/^\p{Lu}/u);
      }
    }
  });

  it("is deterministic", () => {
    const [first] = readGoldCases(defaultGoldFiles().slice(1, 2));
    expect(analyzeReview(first!.gold.text, first!.film)).toEqual(analyzeReview(first!.gold.text, first!.film));
  });
});
