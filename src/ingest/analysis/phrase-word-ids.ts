// Possessive pronouns vary with the character ("loses his/her/their hearing"): one placeholder.
const POSSESSIVES = new Set(["his", "her", "their", "its", "my", "your", "our", "one's", "whose"]);
const REFLEXIVES = new Set(["himself", "herself", "themselves", "itself", "myself", "yourself", "oneself"]);

/** A word as the phrase matchers compare it: a possessive or reflexive pronoun as its placeholder, ’ as '. */
function canonical(word: string): string {
  if (POSSESSIVES.has(word)) return "<poss>";
  if (REFLEXIVES.has(word)) return "<self>";
  return word.includes("’") ? word.replace(/’/g, "'") : word;
}

/**
 * Every word of every phrase matcher's phrases (canonical form) has a number, shared by all
 * matchers (src/ingest/analysis/phrase-matcher.ts): a sentence's words are looked up in this one
 * table once, and each matcher then compares numbers. A word no phrase has is NO_WORD: no phrase
 * can match it. Numbers are dense (0, 1, 2, ...) and never change once given.
 */
const wordIds = new Map<string, number>();
export const NO_WORD = -1;

/** The number of a phrase's word (as phraseLemmas gives it), given it if new. */
export function phraseWordId(word: string): number {
  const key = canonical(word);
  let id = wordIds.get(key);
  if (id === undefined) {
    id = wordIds.size;
    wordIds.set(key, id);
  }
  return id;
}

/** The number of a review's word, or NO_WORD when no phrase has it (yet: see phraseWordsKnown). */
export function reviewWordId(word: string): number {
  return wordIds.get(canonical(word)) ?? NO_WORD;
}

/** How many words have numbers: a word without one may have one once this has grown. */
export const phraseWordsKnown = (): number => wordIds.size;
