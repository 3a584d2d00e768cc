import type { ContextTheme } from "../analysis-types";
import { criticismLexicon, isJudgingVerb } from "./lexicon";
import { PhraseMatcher } from "./phrase-matcher";
import type { AnalysedSentence } from "./sentences";
import { phraseLemmas, type Token } from "./tokens";

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

let idioms: PhraseMatcher<true> | undefined;
let audience: PhraseMatcher<true> | undefined;
const CLAUSE_BREAKS = new Set([",", ";", ":", "—", "–", "(", ")"]);

/**
 * Token spans where a theme word is not the story's subject: idioms that use it in another sense
 * ("takes its time", "a succession of gags", "rise up from the sand"), and clauses about the
 * audience ("for anyone who spent childhood summers by the sea").
 */
function otherSenses(sentence: AnalysedSentence): [number, number][] {
  if (!idioms || !audience) {
    idioms = new PhraseMatcher();
    for (const p of criticismLexicon.themeIdioms.phrases) idioms.add(p, true);
    audience = new PhraseMatcher();
    for (const p of criticismLexicon.audienceMarkers) audience.add(p, true);
  }
  const spans: [number, number][] = idioms.find(sentence.tokens).map((m) => [m.first, m.last]);
  for (const m of audience.find(sentence.tokens)) {
    let end = m.last;
    while (end + 1 < sentence.tokens.length && !CLAUSE_BREAKS.has(sentence.tokens[end + 1]!.text)) end++;
    spans.push([m.first, end]);
  }
  return spans;
}

/** Every place a theme's name, synonym or phrase pattern occurs (on lemmas). */
export function findThemeHits(sentences: AnalysedSentence[], themes: ContextTheme[]): ThemeHit[] {
  const { matcher } = compile(themes);
  const hits: ThemeHit[] = [];
  for (const sentence of sentences) {
    const matches = matcher.find(sentence.tokens);
    const senses = matches.length > 0 ? otherSenses(sentence) : [];
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
      if (senses.some(([a, b]) => match.first <= b && match.last >= a)) continue;
      const key = `${match.value.themeId}:${match.value.phrase}`;
      if (seen.has(key)) continue;
      seen.add(key);
      hits.push({ themeId: match.value.themeId, sentence, phrase: match.value.phrase, first: match.first, last: match.last });
    }
  }
  return hits;
}

const COPULAS = new Set(["be", "seem", "feel", "look", "become"]);

/**
 * A single theme word in a sentence that tells the story, not one that judges the film: the
 * sentence names a character ("In Nell's village, music has been banned"), or judges no craft and
 * the word is what an action of the story is done to or by ("a fishing village welcomes immigrants").
 */
function aboutTheStory(hit: ThemeHit, storySentences: ReadonlySet<number>, craftTokens: ReadonlyMap<number, ReadonlySet<number>>): boolean {
  const { sentence } = hit;
  const { tokens } = sentence;
  const word = tokens[hit.first]!;
  const story = storySentences.has(sentence.index);
  // "whose brother has just died": the taxonomy's own word for an event of the story.
  if (story && word.pos === "VERB") return true;
  if (word.pos !== "NOUN") return false;
  // A noun that modifies another ("boxing matches", "band practice", "a cinema employee") is not the subject.
  if (tokens[hit.last + 1]?.pos === "NOUN") return false;
  if (!story && (craftTokens.get(sentence.index)?.size ?? 0) > 0 && word.normal === word.lemma) return false;
  const acts = (t: Token | undefined) => t !== undefined && t.pos === "VERB" && !COPULAS.has(t.lemma) && !isJudgingVerb(t.lemma);
  // The object of an action ("welcomes immigrants", "fakes a terminal illness") ...
  let k = hit.first - 1;
  while (k >= 0 && (tokens[k]!.pos === "DET" || tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "PRON")) k--;
  if (acts(tokens[k])) return true;
  // ... or its subject ("music has been banned").
  k = hit.last + 1;
  while (k < tokens.length && (tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV" || tokens[k]!.pos === "PART")) k++;
  return acts(tokens[k]);
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
  storySentences: ReadonlySet<number> = new Set(),
  craftNames: ReadonlyMap<number, ReadonlySet<number>> = new Map(),
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
    const counted = themeHits.filter(
      (h) =>
        h.phrase ||
        ((storySentences.has(h.sentence.index) || !craftNames.get(h.sentence.index)?.has(h.first)) &&
          (isFramed(h.sentence) || aboutTheStory(h, storySentences, craftTokens))),
    );
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
