import type { Analyzer, AnalysisResult, FilmContext, Sentence } from "../../src/ingest/analysis-types";
import type { ReviewAnalyzer } from "../../src/ingest/review-analyzer";

/**
 * A test double for the WRITE path only (the real analysis lives in src/ingest/analysis/): simple,
 * honest rules, sentence by sentence, with correct offsets.
 * - a person or character is mentioned where its full name appears exactly;
 * - a theme is discussed where its name appears (ignoring case), an aspect judged likewise;
 * - two capitalised words in a row that name nobody of the film are an unresolved (unknown) name;
 * - a sentence with "recommend" or "if you liked" is a recommendation.
 * Everything is NEUTRAL; the sentiment is 0.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const pattern = /[^.!?]+[.!?]*/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) sentences.push({ text: body, start: m.index + lead, end: m.index + lead + body.length });
  }
  return sentences;
}

const evidenceOf = (s: Sentence) => ({ evidence: s.text, start: s.start, end: s.end });
const containsWord = (sentence: string, phrase: string) =>
  new RegExp(`(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "iu").test(sentence);

export const analyzeByExactMatch: Analyzer = (text: string, film: FilmContext): AnalysisResult => {
  const sentences = splitSentences(text);
  const result: AnalysisResult = { sentiment: 0, mentions: [], themes: [], aspects: [], sentences, unresolved: [], recommendations: [] };
  const known = [...film.people.map((p) => p.name), ...film.roles.map((r) => r.name)];
  const themesSeen = new Set<string>();
  for (const sentence of sentences) {
    for (const person of film.people) {
      if (sentence.text.includes(person.name)) {
        result.mentions.push({ ...evidenceOf(sentence), targetType: "Person", targetId: person.id, polarity: "NEUTRAL" });
      }
    }
    for (const role of film.roles) {
      if (sentence.text.includes(role.name)) {
        result.mentions.push({ ...evidenceOf(sentence), targetType: "Role", targetId: role.id, polarity: "NEUTRAL" });
      }
    }
    for (const theme of film.themes) {
      if (!themesSeen.has(theme.id) && containsWord(sentence.text, theme.name)) {
        themesSeen.add(theme.id);
        result.themes.push({ ...evidenceOf(sentence), themeId: theme.id, salience: 0.5 });
      }
    }
    for (const aspect of film.aspects) {
      if (containsWord(sentence.text, aspect)) result.aspects.push({ ...evidenceOf(sentence), aspect, polarity: "NEUTRAL" });
    }
    for (const name of sentence.text.slice(1).match(/\b[A-Z][a-z]+ [A-Z][a-z]+\b/g) ?? []) {
      if (!known.some((k) => k.includes(name))) {
        result.unresolved.push({ ...evidenceOf(sentence), surface: name, reason: "unknown", candidates: [], polarity: "NEUTRAL" });
      }
    }
    if (/recommend|if you liked/i.test(sentence.text)) result.recommendations.push(evidenceOf(sentence));
  }
  return result;
};

export const exactMatchAnalyzer: ReviewAnalyzer = { analyze: analyzeByExactMatch, version: "test-exact-match" };
