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
  /** Replaced by the same words added as written (a compound spelling added for another phrase). */
  dead: boolean;
}

/** Phrases of at most this many words also match spelled as a compound ("state-of-the-art"). */
const MAX_COMPOUND_WORDS = 4;
/**
 * Words that make a compound another word than the phrase: a verb's particle ("set-up", "make-up",
 * "lived-in" are nouns and adjectives; "set up", "make up", "lived in" verbs), an auxiliary
 * ("has-been", "would-be", "must-see").
 */
const PARTICLES = new Set(["up", "down", "in", "out", "off", "on", "over", "away", "back", "by", "through", "around", "about"]);
const AUXILIARIES = new Set(["be", "been", "is", "was", "has", "have", "had", "would", "will", "could", "should", "must", "can", "may", "might"]);

/**
 * A phrase's spellings with spaces and with hyphens between its words ("plot holes", "plot-holes"),
 * or none when it is one word, longer than MAX_COMPOUND_WORDS, ends with a particle, opens with an
 * auxiliary, or repeats a word ("so-so" is not "so so").
 */
function compoundSpellings(phrase: string): string[] {
  const words = phrase.trim().toLowerCase().split(/[\s-]+/);
  if (words.length < 2 || words.length > MAX_COMPOUND_WORDS) return [];
  if (PARTICLES.has(words.at(-1)!) || AUXILIARIES.has(words[0]!) || new Set(words).size < words.length) return [];
  if (words.some((word) => !/^[\p{L}\p{N}]+$/u.test(word))) return [];
  return [words.join(" "), words.join("-")];
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
  /** Every spelling added, by its words: one phrase per sequence of words. */
  private readonly spellings = new Map<string, { asWritten: boolean; variants: CompiledPhrase<T>[] }>();
  /** This matcher's bit in `openers`, or 0 (none: every token is looked up). */
  private readonly bit = matchersMade < MASK_BITS ? 1 << matchersMade++ : 0;
  /**
   * find's last answer and its token list, until the next add: a sentence is searched by some
   * matchers more than once in a row (one entry: a WeakMap by list costs more than it saves).
   */
  private last: { tokens: Token[]; matches: readonly PhraseMatch<T>[] } | undefined;

  /**
   * Adds a phrase and its other spelling as a compound: "plot holes" also finds "plot-holes",
   * "coming-of-age" also "coming of age" (critics write both; the tokenizer makes the hyphen a
   * token of its own). A phrase added as written takes the place of a spelling added for another.
   */
  add(phrase: string, value: T): void {
    this.addSpelling(phrase, value, false);
    for (const spelling of compoundSpellings(phrase)) if (spelling !== phrase) this.addSpelling(spelling, value, true);
  }

  private addSpelling(phrase: string, value: T, variant: boolean): void {
    const { lemmas, normals } = phraseLemmas(phrase);
    if (lemmas.length === 0) return;
    const compiledLemmas = lemmas.map(phraseWordId);
    const compiledNormals = normals.map(phraseWordId);
    const key = `${compiledNormals.join(" ")}/${compiledLemmas.join(" ")}`;
    const spelled = this.spellings.get(key) ?? { asWritten: false, variants: [] };
    this.spellings.set(key, spelled);
    // A spelling made for another phrase never doubles one added as written (the taxonomy lists
    // "coming of age" and "coming-of-age"); a phrase added twice is matched twice, as before.
    if (variant && spelled.asWritten) return;
    if (!variant) {
      spelled.asWritten = true;
      for (const other of spelled.variants) other.dead = true;
    }
    const baseForms = compiledLemmas.map((lemma, k) => lemma === compiledNormals[k]);
    const compiled: CompiledPhrase<T> = { order: this.added++, lemmas: compiledLemmas, normals: compiledNormals, baseForms, value, dead: false };
    if (variant) spelled.variants.push(compiled);
    this.index(compiled);
  }

  private index(compiled: CompiledPhrase<T>): void {
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
    if (phrase.dead) return;
    for (let k = 0; k < n; k++) {
      if (normals[i + k] !== phrase.normals[k] && !(phrase.baseForms[k] && lemmas[i + k] === phrase.lemmas[k])) return;
    }
    matches.push({ value: phrase.value, first: i, last: i + n - 1 });
  }
}
