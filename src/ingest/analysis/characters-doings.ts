import { isJudgingVerb } from "./lexicon";
import type { CastMention } from "./mentions";
import type { Token } from "./tokens";

// Where what a character does ends: a clause break, "but", or a subordinating conjunction ("and" may join two things done).
const PREDICATE_ENDS = new Set([",", ";", ":", "—", "–", "(", ")", "but", "after", "before", "when", "while", "because", "once", "until", "as", "so", "though", "although", "whereas"]);
const VERBAL = new Set(["VERB", "AUX"]);

/**
 * The words of what a character does in the story, as token indexes: the predicate of a clause
 * whose subject is a character (not the actor), from its verb to the next clause break, "but" or
 * subordinating conjunction. "Felix winds up with a nasty cut and his arm in a cast", "June has to set the pace
 * on the long hike", "June records sound effects for radio plays": the craft words there (cut,
 * pace, sound effects) are things of the story, not the film's editing, pacing or sound. A verb of
 * judging ("Nell loves the score") or a copula ("Vera is a delight") keeps the words after it, and so
 * does a character named after "as" ("Lena Sato as Mika is a revelation"). `cast`: the sentence's cast mentions
 * (mentions.ts), of which the characters' (`actor: false`) are read.
 */
export function charactersDoings(tokens: Token[], cast: readonly CastMention[]): Set<number> {
  const doings = new Set<number>();
  for (const mention of cast) {
    // "Lena Sato as Mika is a revelation": the actor is the subject.
    if (mention.actor || tokens[mention.token - 1]?.normal === "as") continue;
    let verb = mention.token + 1;
    while (tokens[verb]?.pos === "PROPN") verb++;
    // "Nicole, an actress, reads ...", "a beautiful writer, Aurora Lane,": the apposition says who the character is.
    for (const k of [...characterApposition(tokens, verb), ...nounPhraseBeforeName(tokens, mention.token)]) doings.add(k);
    // "Miguel (voiced by Anthony Gonzalez) grows up ...", "Amos, a salt miner, walks ...": past the credit or apposition.
    verb = pastAside(tokens, verb);
    if (!actsAsVerb(tokens[verb])) continue;
    // "Vera is a delight": a copula says what the character is, which critics judge; the other rules read it.
    if (isJudgingVerb(tokens[verb]!.lemma) || tokens[verb]!.lemma === "be") continue;
    for (let k = verb + 1; k < tokens.length && !PREDICATE_ENDS.has(tokens[k]!.normal); k++) doings.add(k);
  }
  return doings;
}

const ASIDE_REACH = 10;

/** The token after a bracketed credit or a comma-enclosed apposition that opens at `at` (at most ASIDE_REACH words), or `at`. */
function pastAside(tokens: Token[], at: number): number {
  const open = tokens[at]?.text;
  if (open !== "(" && open !== ",") return at;
  const close = open === "(" ? ")" : ",";
  for (let k = at + 1; k < tokens.length && k <= at + ASIDE_REACH; k++) {
    if (tokens[k]!.text === close) return k + 1;
    // An apposition is a noun phrase: a verb inside it means the comma ended the clause.
    if (open === "," && VERBAL.has(tokens[k]!.pos)) return at;
  }
  return at;
}

const APPOSITION_OPENERS = new Set(["a", "an", "his", "her", "their"]);
const APPOSITION_CLOSERS = new Set([",", ";", ":", ")", ".", "—", "–"]);

/**
 * The tokens of an indefinite or possessive apposition that opens with the comma at `at` after a
 * character's name ("Mia, an aspiring actress serving lattes, ..."), up to its closing mark, within
 * ASIDE_REACH words; none when a finite verb shows the comma ended a clause instead.
 */
function characterApposition(tokens: Token[], at: number): number[] {
  if (tokens[at]?.text !== "," || !APPOSITION_OPENERS.has(tokens[at + 1]?.normal ?? "")) return [];
  const inside: number[] = [];
  for (let k = at + 1; k < tokens.length && k <= at + ASIDE_REACH; k++) {
    const t = tokens[k]!;
    if (APPOSITION_CLOSERS.has(t.text) || t.normal === "and") return inside;
    if (VERBAL.has(t.pos) && !/(ing|ed|en)$/.test(t.normal)) return [];
    inside.push(k);
  }
  return tokens[at + ASIDE_REACH + 1] === undefined ? inside : [];
}

const NOUN_PHRASE_WORDS = new Set(["ADJ", "NOUN", "ADV", "PUNCT"]);

/** The indefinite noun phrase a comma sets before a character's name at `name` ("a beautiful writer, Aurora Lane"), or none. */
function nounPhraseBeforeName(tokens: Token[], name: number): number[] {
  if (tokens[name - 1]?.text !== "," || tokens[name - 2]?.pos !== "NOUN") return [];
  for (let k = name - 3; k >= 0 && k >= name - ASIDE_REACH; k--) {
    const t = tokens[k]!;
    if (t.normal === "a" || t.normal === "an") return Array.from({ length: name - 1 - k }, (_, i) => k + i);
    if (!NOUN_PHRASE_WORDS.has(t.pos) || (t.pos === "PUNCT" && t.text !== "-")) return [];
  }
  return [];
}

/** A verb, or a verb in -s wink tags as a noun ("June records sound effects"). */
function actsAsVerb(t: Token | undefined): boolean {
  if (!t) return false;
  return VERBAL.has(t.pos) || (t.pos === "NOUN" && t.normal.endsWith("s") && t.normal !== t.lemma);
}
