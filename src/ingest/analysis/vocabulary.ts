import { lexiconEntry, type LexiconEntry } from "./lexicon";
import { NO_WORD, phraseWordsKnown, reviewWordId } from "./phrase-word-ids";

/**
 * What the analysis's word tables hold for one word as written: its number in the phrase matchers'
 * table (phrase-word-ids.ts) and its lexicon entry (lexicon.ts). A review's words are fresh strings,
 * and a look-up in a table of ~10,000 words mostly misses the processor's caches: the two tables
 * cost one look-up here, and a frequent word ("the", "film") is found at once.
 */
export interface WordFacts {
  readonly word: string;
  /** Number in the phrase matchers' table, or NO_WORD. */
  phraseId: number;
  /** phraseWordsKnown() when phraseId was read: a NO_WORD is read again once the table has grown. */
  known: number;
  readonly lexicon: LexiconEntry | undefined;
}

const facts = new Map<string, WordFacts>();
/** Words kept (a review has a few hundred distinct words); past that the table starts afresh. */
const KEEP_WORDS = 100_000;

/** What the tables hold for a word. */
export function wordFacts(word: string): WordFacts {
  let found = facts.get(word);
  if (!found) {
    if (facts.size >= KEEP_WORDS) facts.clear();
    found = { word, phraseId: reviewWordId(word), known: phraseWordsKnown(), lexicon: lexiconEntry(word) };
    facts.set(word, found);
  } else refresh(found);
  return found;
}

/** Reads a word's phrase number again if it had none and the matchers' table has grown since. */
function refresh(found: WordFacts): void {
  if (found.phraseId !== NO_WORD || found.known === phraseWordsKnown()) return;
  found.phraseId = reviewWordId(found.word);
  found.known = phraseWordsKnown();
}

/** The facts of each token's normal form and lemma, by token index. */
export interface TokenListFacts {
  readonly normals: readonly WordFacts[];
  readonly lemmas: readonly WordFacts[];
  /** phraseWordsKnown() when read. */
  known: number;
}

// By token list (token lists are not changed once made).
const listFacts = new WeakMap<readonly { normal: string; lemma: string }[], TokenListFacts>();

/**
 * The facts of a token list's words, looked up once per list. Their phrase numbers are brought up
 * to date when the matchers' table has grown since (a matcher built after the list was read).
 */
export function tokenFacts(tokens: readonly { normal: string; lemma: string }[]): TokenListFacts {
  let found = listFacts.get(tokens);
  if (!found) {
    const normals = tokens.map((t) => wordFacts(t.normal));
    const lemmas = tokens.map((t, i) => (t.lemma === t.normal ? normals[i]! : wordFacts(t.lemma)));
    found = { normals, lemmas, known: phraseWordsKnown() };
    listFacts.set(tokens, found);
  } else if (found.known !== phraseWordsKnown()) {
    found.normals.forEach(refresh);
    found.lemmas.forEach(refresh);
    found.known = phraseWordsKnown();
  }
  return found;
}
