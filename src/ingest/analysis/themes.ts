import type { ContextTheme } from "../analysis-types";
import { criticismLexicon } from "./lexicon";
import { PhraseMatcher } from "./phrase-matcher";
import type { AnalysedSentence } from "./sentences";
import { phraseLemmas } from "./tokens";

export interface ThemeHit {
  themeId: string;
  sentence: AnalysedSentence;
  first: number;
  last: number;
  /** Matched by a phrase of two or more words, not a single word. */
  phrase: boolean;
}

export interface ThemeLink {
  themeId: string;
  salience: number;
  sentence: AnalysedSentence;
}

interface TaxonomyEntry {
  themeId: string;
  phrase: boolean;
  /** The synonym or pattern as written, lowercase. */
  text: string;
}

interface CompiledTaxonomy {
  matcher: PhraseMatcher<TaxonomyEntry>;
}

const THEME_WORD_POS = new Set(["NOUN", "PROPN", "ADJ"]);

// The taxonomy comes with each film context, often as a fresh copy of the same list: compile each
// distinct taxonomy once (by identity, else by content).
const compiled = new WeakMap<ContextTheme[], CompiledTaxonomy>();
const compiledByContent = new Map<string, CompiledTaxonomy>();
const KEEP_TAXONOMIES = 4;

function compile(themes: ContextTheme[]): CompiledTaxonomy {
  const cached = compiled.get(themes);
  if (cached) return cached;
  // A fingerprint of the content, cheaper than the full text: ids and the size of every entry.
  const size = (words: string[]) => words.reduce((n, w) => n * 31 + w.length, words.length) % 1_000_003;
  const content = themes.map((t) => `${t.id}:${size(t.synonyms)}:${size(t.patterns)}`).join(",");
  const same = compiledByContent.get(content);
  if (same) {
    compiled.set(themes, same);
    return same;
  }
  const matcher = new PhraseMatcher<TaxonomyEntry>();
  for (const theme of themes) {
    for (const text of new Set([theme.name, ...theme.synonyms, ...theme.patterns])) {
      // A hyphenated word ("hip-hop") is one word, however wink splits it.
      const phrase = /\s/.test(text.trim()) && phraseLemmas(text).lemmas.length > 1;
      matcher.add(text, { themeId: theme.id, phrase, text: text.toLowerCase() });
    }
  }
  const taxonomy = { matcher };
  compiled.set(themes, taxonomy);
  if (compiledByContent.size >= KEEP_TAXONOMIES) compiledByContent.delete(compiledByContent.keys().next().value!);
  compiledByContent.set(content, taxonomy);
  return taxonomy;
}

let frames: PhraseMatcher<true> | undefined;
function frameCues(): PhraseMatcher<true> {
  if (frames) return frames;
  frames = new PhraseMatcher();
  for (const cue of criticismLexicon.themeFrameCues) frames.add(cue, true);
  return frames;
}

/** Every place a theme's name, synonym or phrase pattern occurs (on lemmas). */
export function findThemeHits(sentences: AnalysedSentence[], themes: ContextTheme[]): ThemeHit[] {
  const { matcher } = compile(themes);
  const hits: ThemeHit[] = [];
  for (const sentence of sentences) {
    const matches = matcher.find(sentence.tokens);
    const seen = new Set<string>();
    for (const match of matches) {
      // "loss" inside "hearing loss" is deafness, not loss.
      const inside = matches.some(
        (other) => other !== match && other.first <= match.first && other.last >= match.last && other.last - other.first > match.last - match.first,
      );
      // A single word found through its lemma names a theme as a noun or an adjective ("identity",
      // "deaf"), not as a verb ("everything changes"); a word written as in the taxonomy ("aging") counts.
      const word = sentence.tokens[match.first]!;
      const asWritten = word.normal === match.value.text;
      if (inside || (!match.value.phrase && !asWritten && !THEME_WORD_POS.has(word.pos))) continue;
      const key = `${match.value.themeId}:${match.value.phrase}`;
      if (seen.has(key)) continue;
      seen.add(key);
      hits.push({ themeId: match.value.themeId, sentence, phrase: match.value.phrase, first: match.first, last: match.last });
    }
  }
  return hits;
}

/**
 * The themes a review discusses (from the hits of findThemeHits). A phrase ("loses his hearing")
 * is enough; a single word only counts where the sentence frames it as a subject ("a story about
 * identity", "explores grief", "treats aging"), so "a band" or "boxing matches" in passing do not
 * make a film about music or sport.
 */
export function discussedThemes(
  sentences: AnalysedSentence[],
  allHits: ThemeHit[],
  craftTokens: ReadonlyMap<number, ReadonlySet<number>> = new Map(),
): ThemeLink[] {
  // "the music is overbearing" judges the score; it does not make music a theme.
  const hits = allHits.filter((h) => h.phrase || !craftTokens.get(h.sentence.index)?.has(h.first));
  const framed = new Map<number, boolean>();
  const isFramed = (sentence: AnalysedSentence) => {
    if (!framed.has(sentence.index)) framed.set(sentence.index, frameCues().find(sentence.tokens).length > 0);
    return framed.get(sentence.index)!;
  };
  const byTheme = new Map<string, ThemeHit[]>();
  for (const hit of hits) byTheme.set(hit.themeId, [...(byTheme.get(hit.themeId) ?? []), hit]);
  const links: ThemeLink[] = [];
  for (const [themeId, themeHits] of byTheme) {
    const sentencesHit = new Set(themeHits.map((h) => h.sentence.index));
    const counted = themeHits.filter((h) => h.phrase || isFramed(h.sentence));
    if (counted.length === 0) continue;
    const strongest = counted.find((h) => h.phrase) ?? counted[0]!;
    const earliest = Math.min(...counted.map((h) => h.sentence.index));
    // More sentences, a phrase rather than a word, and an early mention all make a theme more central.
    const salience =
      0.3 + 0.15 * Math.min(sentencesHit.size, 3) + (strongest.phrase ? 0.15 : 0) + (earliest < sentences.length / 3 ? 0.1 : 0);
    links.push({ themeId, salience: Math.min(1, Math.round(salience * 100) / 100), sentence: strongest.sentence });
  }
  return links.sort((a, b) => b.salience - a.salience || a.sentence.index - b.sentence.index);
}
