import { criticismLexicon } from "./lexicon";
import { COPULAS } from "./polarity";
import { predications } from "./predications";
import { TITLE_LEMMA } from "./title-mask";
import type { Token } from "./tokens";

// Words that, said of the film or of a stretch of it, find fault with its length or its pace
// ("a long film", "the film is slow", "its excessive 2½ hours", "the never-ending finale"). Some
// judge only a stretch of the film ("excessive"): the general lexicon reads them of anything.
const LENGTH_FAULTS = new Set(["long", "lengthy", "overlong", "slow", "sluggish", "endless", "interminable", "neverending", "protracted"]);
const STRETCH_FAULTS = new Set([...LENGTH_FAULTS, "excessive"]);
// A stretch of the film: a part of it, or its running time ("its excessive 2½ hours", "an
// interminable two hours": a unit of time only with a number or "its", not "works long hours").
const PARTS = new Set(["runtime", "running", "finale", "ending", "climax", "act", "half", "stretch", "section", "middle", "build-up", "buildup", "third"]);
const TIME_UNITS = new Set(["hour", "hours", "minute", "minutes"]);
const STRETCHES = new Set([...PARTS, ...TIME_UNITS]);
const FILM_NOUNS = new Set(criticismLexicon.filmWords);
const FILM_PRONOUNS = new Set(["it", "this"]);
// What may stand between the word and the noun it describes ("absurdly long, occasionally miscast mystery thriller", "excessive 2½ hours").
const BETWEEN_TAGS = new Set(["ADJ", "ADV", "NUM", "X", "NOUN"]);
// Measures before a predicate adjective ("a mite slow", "a bit long", "rather long").
const MEASURES = new Set(["a", "bit", "mite", "little", "tad", "touch", "shade", "trifle"]);
const NEGATORS = new Set(["not", "n't", "never", "no", "hardly", "barely", "nor"]);
// What turns the adjective to another sense: "long-awaited", "slow-burning", "long ago", "long before", "long enough".
const ANOTHER_SENSE_AFTER = new Set(["-", "ago", "before", "after", "since", "enough", "to", "for", "in", "as"]);

/** The word at i with "never-ending" read as one word: its lowercase form and where it ends. */
function faultWord(tokens: Token[], i: number): { word: string; last: number } | undefined {
  const t = tokens[i]!;
  if (t.normal === "never" && tokens[i + 1]?.text === "-" && tokens[i + 2]?.normal === "ending") return { word: "neverending", last: i + 2 };
  // wink tags a predicate "slow" as an adverb at times ("a mite slow too").
  return t.pos === "ADJ" || (t.pos === "ADV" && t.normal === "slow") ? { word: t.normal, last: i } : undefined;
}

const isFilmNoun = (t: Token | undefined) => t !== undefined && (t.lemma === TITLE_LEMMA || FILM_NOUNS.has(t.lemma) || FILM_NOUNS.has(t.normal));

/** Whether the noun phrase the word opens ends in the film or a stretch of it ("long, occasionally miscast mystery thriller"). */
function describesTheFilm(tokens: Token[], start: number, last: number, word: string): boolean {
  let k = last + 1;
  while (k < tokens.length && (BETWEEN_TAGS.has(tokens[k]!.pos) || tokens[k]!.text === "," || tokens[k]!.normal === "and") && !isFilmNoun(tokens[k]) && !STRETCHES.has(tokens[k]!.normal)) k++;
  const head = tokens[k];
  if (!head) return false;
  if (TIME_UNITS.has(head.normal)) return STRETCH_FAULTS.has(word) && (tokens.slice(last + 1, k).some((t) => t.pos === "NUM") || tokens[start - 1]?.normal === "its");
  if (PARTS.has(head.normal)) return STRETCH_FAULTS.has(word);
  return LENGTH_FAULTS.has(word) && isFilmNoun(head);
}

/** Whether a copula whose subject is the film or a stretch of it says the word of it ("The film's a mite slow", "it is long", "its runtime is long"). */
function predicatedOfTheFilm(tokens: Token[], i: number, last: number, word: string): boolean {
  if (!LENGTH_FAULTS.has(word)) return false;
  const next = tokens[last + 1];
  if (next && (next.pos === "NOUN" || next.pos === "ADJ" || ANOTHER_SENSE_AFTER.has(next.normal))) return false;
  return predications(tokens).some((p) => {
    if (i <= p.verb || i > p.last || !COPULAS.has(tokens[p.verb]!.lemma)) return false;
    const subject = tokens.slice(p.subjectFirst, p.subjectLast + 1).filter((t) => t.pos !== "DET");
    // "Its runtime is absurdly long", "the middle section is slow": a stretch of the film too.
    const ofTheFilm = subject.some(isFilmNoun) || subject.some((t) => PARTS.has(t.normal)) || (subject.length === 1 && FILM_PRONOUNS.has(subject[0]!.normal));
    return ofTheFilm && tokens.slice(p.verb + 1, i).every((t) => t.pos === "ADV" || MEASURES.has(t.normal));
  });
}

/**
 * "It runs twenty minutes longer than its story can bear", "the film is longer than it needs to
 * be": the film said to last beyond what it needs, at the word "longer".
 */
function longerThanNeeded(tokens: Token[], i: number): boolean {
  if (tokens[i]!.normal !== "longer" || tokens[i + 1]?.normal !== "than") return false;
  const clause = tokens.slice(i + 2, i + 2 + NEED_REACH);
  const end = clause.findIndex((t) => t.pos === "PUNCT" || t.pos === "CCONJ");
  if (!(end < 0 ? clause : clause.slice(0, end)).some((t) => NEEDS.has(t.lemma) || NEEDS.has(t.normal))) return false;
  return predications(tokens).some((p) => {
    if (i <= p.verb || i > p.last) return false;
    const subject = tokens.slice(p.subjectFirst, p.subjectLast + 1).filter((t) => t.pos !== "DET");
    return subject.some(isFilmNoun) || subject.some((t) => PARTS.has(t.normal)) || (subject.length === 1 && FILM_PRONOUNS.has(subject[0]!.normal));
  });
}
// Words of what the film's story needs or can take ("than it needs", "than its story can bear", "than necessary").
const NEEDS = new Set(["need", "necessary", "bear", "warrant", "justify", "merit", "sustain", "support", "deserve", "should", "ought"]);
const NEED_REACH = 6;

/**
 * Where the sentence finds fault with the film's length or pace by a word said of the film or of a
 * stretch of it: "this absurdly long mystery thriller", "The film's a mite slow", "its excessive 2½
 * hours", "By the never-ending finale". Returns the [first, last] token spans of those words; none
 * where a negation stands just before ("never slow", "isn't long") or the word is in another sense
 * ("long-awaited", "long before", "slow-burning").
 */
export function lengthFaults(tokens: Token[]): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (longerThanNeeded(tokens, i)) {
      spans.push([i, i]);
      continue;
    }
    const found = faultWord(tokens, i);
    if (!found || !STRETCH_FAULTS.has(found.word)) continue;
    if (tokens[found.last + 1]?.text === "-") continue;
    if (tokens.slice(Math.max(0, i - 3), i).some((t) => NEGATORS.has(t.normal))) continue;
    if (describesTheFilm(tokens, i, found.last, found.word) || predicatedOfTheFilm(tokens, i, found.last, found.word)) spans.push([i, found.last]);
  }
  return spans;
}
