import { phraseLemmas, type Token } from "./tokens";
import { NO_WORD, phraseWordId } from "./phrase-word-ids";
import { tokenFacts } from "./vocabulary";

interface CompiledPhrase<T> {
  /** Order of addition, across the matcher. */
  order: number;
  /** Word ids of the lemmas and of the normal forms. */
  lemmas: number[];
  normals: number[];
  /** Per word: written in its base form (lemma = normal), so it matches every inflection. */
  baseForms: boolean[];
  value: T;
}

/**
 * Which matchers have phrases opening with a word, by word id: a bit per matcher (the first
 * MASK_BITS matchers made; a later one has no bit and looks every token up). A sentence's words
 * take their bits once (wordsOf), so a matcher passes over a token that opens none of its phrases
 * without reading its own table (a random read into ~10,000 entries, for each of ~15 matchers).
 */
const openers: number[] = [];
/** The same bits by the word id of a phrase's second word: matchAt looks a next token up only where a phrase may go on with it. */
const followers: number[] = [];
/** Bits that stay small integers (V8's Smi range is 31 bits, signed). */
const MASK_BITS = 30;
let matchersMade = 0;
/** Phrases added by every matcher: a token list read before an add is read again. */
let phrasesAdded = 0;

interface TokenWords {
  lemmas: number[];
  normals: number[];
  /** Per token: the bits of the matchers with phrases opening with its lemma or its normal form. */
  opens: number[];
  /** Per token: the bits of the matchers with phrases whose second word is its lemma or its normal form. */
  follows: number[];
  /** phrasesAdded when the list was read. */
  version: number;
}

/** A token list's words as the matcher compares them, computed once per list (token lists are not changed once made). */
const canonicalWords = new WeakMap<Token[], TokenWords>();
function wordsOf(tokens: Token[]): TokenWords {
  let words = canonicalWords.get(tokens);
  if (!words || words.version !== phrasesAdded) {
    const facts = tokenFacts(tokens);
    const lemmas = facts.lemmas.map((f) => f.phraseId);
    const normals = facts.normals.map((f) => f.phraseId);
    const bitsOf = (table: number[], word: number) => (word === NO_WORD || word >= table.length ? 0 : table[word]!);
    const opens = lemmas.map((lemma, i) => bitsOf(openers, lemma) | bitsOf(openers, normals[i]!));
    const follows = lemmas.map((lemma, i) => bitsOf(followers, lemma) | bitsOf(followers, normals[i]!));
    words = { lemmas, normals, opens, follows, version: phrasesAdded };
    canonicalWords.set(tokens, words);
  }
  return words;
}

/**
 * The phrases that open with one word, split by their second word, so that a token is tried only
 * against the phrases whose second word can follow it (a taxonomy has ~150 phrases opening with "the").
 */
interface FirstWordPhrases<T> {
  /** Phrases of one word. */
  single: CompiledPhrase<T>[];
  /** Longer phrases by their second word (normal form). */
  bySecond: Map<number, CompiledPhrase<T>[]>;
  /** A bit per second word (its number modulo SECOND_WORD_BITS): a next token without its bit is not looked up. */
  seconds: number;
}

const SECOND_WORD_BITS = 30;
const secondWordBit = (word: number) => 1 << (word % SECOND_WORD_BITS);

export interface PhraseMatch<T> {
  value: T;
  /** Token indexes [first, last] in the searched token list. */
  first: number;
  last: number;
}

/**
 * Finds phrases in token lists. A phrase word written in its base form matches every inflection
 * ("lose his hearing" finds "lost her hearing", "drag" finds "dragged"); an inflected word matches
 * only itself ("acting" does not find "third act", "silenced" does not find "silence").
 * Phrases are indexed by their first word.
 */
export class PhraseMatcher<T> {
  /** By the word id of the phrase's first word (an array: ids are dense, and an index is cheaper than a hash). */
  private readonly byFirstWord: (FirstWordPhrases<T> | undefined)[] = [];
  private added = 0;
  /** This matcher's bit in `openers`, or 0 (none: every token is looked up). */
  private readonly bit = matchersMade < MASK_BITS ? 1 << matchersMade++ : 0;
  /**
   * find's last answer and its token list, until the next add: a sentence is searched by some
   * matchers more than once in a row (one entry: a WeakMap by list costs more than it saves).
   */
  private last: { tokens: Token[]; matches: readonly PhraseMatch<T>[] } | undefined;

  add(phrase: string, value: T): void {
    const { lemmas, normals } = phraseLemmas(phrase);
    if (lemmas.length === 0) return;
    const compiledLemmas = lemmas.map(phraseWordId);
    const compiledNormals = normals.map(phraseWordId);
    const baseForms = compiledLemmas.map((lemma, k) => lemma === compiledNormals[k]);
    const compiled = { order: this.added++, lemmas: compiledLemmas, normals: compiledNormals, baseForms, value };
    const key = compiled.normals[0]!;
    // Grown one slot at a time, so that the array keeps V8's fast elements (a far index makes it a dictionary).
    while (this.byFirstWord.length <= key) this.byFirstWord.push(undefined);
    let phrases = this.byFirstWord[key];
    if (!phrases) {
      phrases = { single: [], bySecond: new Map(), seconds: 0 };
      this.byFirstWord[key] = phrases;
    }
    while (openers.length <= key) openers.push(0);
    openers[key] = openers[key]! | this.bit;
    phrasesAdded++;
    this.last = undefined;
    const second = compiled.normals[1];
    if (second === undefined) phrases.single.push(compiled);
    else {
      phrases.bySecond.set(second, [...(phrases.bySecond.get(second) ?? []), compiled]);
      phrases.seconds |= secondWordBit(second);
      while (followers.length <= second) followers.push(0);
      followers[second] = followers[second]! | this.bit;
    }
  }

  /**
   * Every match, by start token, then in the order the phrases were added (those indexed by the
   * token's lemma first). The answer for a token list is kept until the next add: read it, do not change it.
   */
  find(tokens: Token[]): readonly PhraseMatch<T>[] {
    if (this.last?.tokens === tokens) return this.last.matches;
    const { lemmas, normals, opens, follows } = wordsOf(tokens);
    const matches: PhraseMatch<T>[] = [];
    const byFirstWord = this.byFirstWord;
    const bit = this.bit;
    for (let i = 0; i < tokens.length; i++) {
      // No phrase of this matcher opens with the token's lemma or form.
      if (bit !== 0 && (opens[i]! & bit) === 0) continue;
      const lemma = lemmas[i]!;
      const normal = normals[i]!;
      // Indexed by the phrase's first word as written: a base form is looked up by the token's lemma.
      const byLemma = lemma === NO_WORD || lemma >= byFirstWord.length ? undefined : byFirstWord[lemma];
      const byNormal = normal === lemma || normal === NO_WORD || normal >= byFirstWord.length ? undefined : byFirstWord[normal];
      // Whether a phrase of this matcher may have the next token as its second word.
      const goesOn = i + 1 < tokens.length && (bit === 0 || (follows[i + 1]! & bit) !== 0);
      if (byLemma) this.matchAt(byLemma, i, lemmas, normals, goesOn, matches);
      if (byNormal) this.matchAt(byNormal, i, lemmas, normals, goesOn, matches);
    }
    this.last = { tokens, matches: Object.freeze(matches) };
    return this.last.matches;
  }

  /** The phrases of `phrases` that match at token i, in the order they were added. */
  private matchAt(phrases: FirstWordPhrases<T>, i: number, lemmas: number[], normals: number[], goesOn: boolean, matches: PhraseMatch<T>[]): void {
    const next = normals[i + 1];
    const nextLemma = lemmas[i + 1];
    // A phrase's second word is found by the next token's normal form, or (written in its base form) by its lemma.
    const mayGoOn = (word: number | undefined): word is number => goesOn && word !== undefined && word !== NO_WORD && (phrases.seconds & secondWordBit(word)) !== 0;
    const byNormal = mayGoOn(next) ? phrases.bySecond.get(next) : undefined;
    const byLemma = nextLemma === next || !mayGoOn(nextLemma) ? undefined : phrases.bySecond.get(nextLemma);
    const sources = (phrases.single.length > 0 ? 1 : 0) + (byNormal ? 1 : 0) + (byLemma ? 1 : 0);
    if (sources === 0) return;
    const candidates =
      sources === 1 ? (byNormal ?? byLemma ?? phrases.single) : [...phrases.single, ...(byNormal ?? []), ...(byLemma ?? [])].sort((a, b) => a.order - b.order);
    for (const phrase of candidates) this.match(phrase, i, lemmas, normals, matches);
  }

  private match(phrase: CompiledPhrase<T>, i: number, lemmas: number[], normals: number[], matches: PhraseMatch<T>[]): void {
    const n = phrase.lemmas.length;
    if (i + n > normals.length) return;
    for (let k = 0; k < n; k++) {
      if (normals[i + k] !== phrase.normals[k] && !(phrase.baseForms[k] && lemmas[i + k] === phrase.lemmas[k])) return;
    }
    matches.push({ value: phrase.value, first: i, last: i + n - 1 });
  }
}
