import path from "node:path";
import type { Analyzer } from "../analysis-types";
import { goldToAnalysis } from "../../seed/gold-annotation";
import { readGoldCases, type GoldCase } from "./gold-case";
import { score, sumScores, type CategoryScore } from "./scores";
import { reviewVerdict, verdictOf, type Verdict } from "../../graphql/verdict";
import { scoreOfRating } from "../rating";

/**
 * `themesByMeaning` counts a found theme as right when it is a gold theme or one step from one in
 * the taxonomy (one is the other's broader theme: "death" for "mortality", "romance" for "love"),
 * the "F1 (by meaning)"; `themes` wants the very theme.
 */
export const CATEGORIES = ["mentions", "themes", "themesByMeaning", "aspects"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface FileEvaluation {
  file: string;
  scores: Record<Category, CategoryScore>;
  /** What the analysis missed (in the gold only) and added (not in the gold), for reading. */
  missed: Record<Category, string[]>;
  extra: Record<Category, string[]>;
  /**
   * The review's verdict as annotated (from the gold sentiment), as the text analysis gives it (from
   * a rating the text states, if any), as the review's words alone give it, and from the critic's
   * rating when the gold has one.
   */
  verdict: { gold: Verdict; found: Verdict | null; words: Verdict | null; rating: Verdict | null };
}

export interface EvaluationReport {
  files: FileEvaluation[];
  totals: Record<Category, CategoryScore>;
}

interface Item {
  key: string;
  /** Offsets of the sentence (gold) or of the name (analysis); mentions match within a sentence. */
  start: number;
  end: number;
}

/**
 * One-to-one matching of items with the same key (for mentions, a found name must lie in the gold
 * sentence); then, when `related` is given, of the items left whose keys it relates.
 */
function compare(gold: Item[], found: Item[], bySentence: boolean, related?: (a: string, b: string) => boolean) {
  const unmatched = [...found];
  let missed: Item[] = [];
  for (const g of gold) {
    const at = unmatched.findIndex((f) => f.key === g.key && (!bySentence || (f.start >= g.start && f.start < g.end)));
    if (at >= 0) unmatched.splice(at, 1);
    else missed.push(g);
  }
  if (related) {
    missed = missed.filter((g) => {
      const at = unmatched.findIndex((f) => related(g.key, f.key));
      if (at >= 0) unmatched.splice(at, 1);
      return at < 0;
    });
  }
  return { score: score(gold.length - missed.length, unmatched.length, missed.length), missed, extra: unmatched };
}

const unique = (items: Item[]) => [...new Map(items.map((i) => [`${i.key}@${i.start}`, i])).values()];
const describe = (text: string) => (i: Item) => `${i.key} "${text.slice(i.start, Math.min(i.end, i.start + 60))}"`;

function evaluateCase({ gold, film }: GoldCase, analyzer: Analyzer): FileEvaluation {
  const expected = goldToAnalysis(gold);
  const found = analyzer(gold.text, film);
  const sentenceOf = (evidence: string) => {
    const start = gold.text.indexOf(evidence);
    return { start, end: start + evidence.length };
  };
  // Each distinct target counts once per sentence.
  const goldMentions = unique(expected.mentions.map((m) => ({ key: `${m.targetType}:${m.targetId}`, ...sentenceOf(m.evidence) })));
  const foundMentions = unique(found.mentions.map((m) => ({ key: `${m.targetType}:${m.targetId}`, start: m.start, end: m.end })));
  const asSet = (keys: string[]) => [...new Set(keys)].map((key) => ({ key, start: 0, end: 0 }));
  const broader = new Map(film.themes.map((t) => [t.id, new Set(t.broader)]));
  const oneStep = (a: string, b: string) => broader.get(a)?.has(b) === true || broader.get(b)?.has(a) === true;
  const goldThemes = asSet(expected.themes.map((t) => t.themeId));
  const foundThemes = asSet(found.themes.map((t) => t.themeId));
  const results = {
    mentions: compare(goldMentions, foundMentions, true),
    themes: compare(goldThemes, foundThemes, false),
    themesByMeaning: compare(goldThemes, foundThemes, false, oneStep),
    aspects: compare(
      asSet(expected.aspects.map((a) => `${a.aspect}:${a.polarity}`)),
      asSet(found.aspects.map((a) => `${a.aspect}:${a.polarity}`)),
      false,
    ),
  };
  const show = describe(gold.text);
  const rating = gold.annotation.rating ?? null;
  const verdict = {
    gold: verdictOf(gold.annotation.sentiment),
    found: found.sentiment == null ? null : verdictOf(found.sentiment),
    words: found.statedRating ? (found.statedRating.wordsSentiment == null ? null : verdictOf(found.statedRating.wordsSentiment)) : found.sentiment == null ? null : verdictOf(found.sentiment),
    rating: rating == null ? null : ratingVerdict(rating),
  };
  return {
    verdict,
    file: path.relative(process.cwd(), gold.file),
    scores: { mentions: results.mentions.score, themes: results.themes.score, themesByMeaning: results.themesByMeaning.score, aspects: results.aspects.score },
    missed: {
      mentions: results.mentions.missed.map(show),
      themes: results.themes.missed.map((i) => i.key),
      themesByMeaning: results.themesByMeaning.missed.map((i) => i.key),
      aspects: results.aspects.missed.map((i) => i.key),
    },
    extra: {
      mentions: results.mentions.extra.map(show),
      themes: results.themes.extra.map((i) => i.key),
      themesByMeaning: results.themesByMeaning.extra.map((i) => i.key),
      aspects: results.aspects.extra.map((i) => i.key),
    },
  };
}

/**
 * Precision, recall and F1 of an analyzer against hand-annotated reviews, per category and file.
 * Mentions match on review, target and sentence; themes on review and theme; aspect judgements on
 * review, aspect and polarity.
 */
export function evaluateGold(goldFiles: string[], analyzer: Analyzer): EvaluationReport {
  const files = readGoldCases(goldFiles).map((c) => evaluateCase(c, analyzer));
  const totals = {
    mentions: sumScores(files.map((f) => f.scores.mentions)),
    themes: sumScores(files.map((f) => f.scores.themes)),
    themesByMeaning: sumScores(files.map((f) => f.scores.themesByMeaning)),
    aspects: sumScores(files.map((f) => f.scores.aspects)),
  };
  return { files, totals };
}

/**
 * The verdict a gold file's rating gives, or null when the rating has no readable scale ("4.0"
 * without "/5"): such a file is still scored, it just does not count in the rating agreement.
 */
function ratingVerdict(rating: string): Verdict | null {
  try {
    return reviewVerdict({ sentiment: null, score: scoreOfRating(rating) });
  } catch {
    return null;
  }
}
