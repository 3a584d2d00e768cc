import { phraseLemmas, type Token } from "./tokens";

// Possessive pronouns vary with the character ("loses his/her/their hearing"): one placeholder.
const POSSESSIVES = new Set(["his", "her", "their", "its", "my", "your", "our", "one's", "whose"]);
const REFLEXIVES = new Set(["himself", "herself", "themselves", "itself", "myself", "yourself", "oneself"]);

function canonical(word: string): string {
  if (POSSESSIVES.has(word)) return "<poss>";
  if (REFLEXIVES.has(word)) return "<self>";
  return word.replace(/’/g, "'");
}

interface CompiledPhrase<T> {
  lemmas: string[];
  normals: string[];
  /** Per word: written in its base form (lemma = normal), so it matches every inflection. */
  baseForms: boolean[];
  value: T;
}

/** A token list's words as the matcher compares them, computed once per list (token lists are not changed once made). */
const canonicalWords = new WeakMap<Token[], { lemmas: string[]; normals: string[] }>();
function wordsOf(tokens: Token[]): { lemmas: string[]; normals: string[] } {
  let words = canonicalWords.get(tokens);
  if (!words) {
    words = { lemmas: tokens.map((t) => canonical(t.lemma)), normals: tokens.map((t) => canonical(t.normal)) };
    canonicalWords.set(tokens, words);
  }
  return words;
}

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
  private readonly byFirstWord = new Map<string, CompiledPhrase<T>[]>();

  add(phrase: string, value: T): void {
    const { lemmas, normals } = phraseLemmas(phrase);
    if (lemmas.length === 0) return;
    const compiledLemmas = lemmas.map(canonical);
    const compiledNormals = normals.map(canonical);
    const baseForms = compiledLemmas.map((lemma, k) => lemma === compiledNormals[k]);
    const compiled = { lemmas: compiledLemmas, normals: compiledNormals, baseForms, value };
    const key = compiled.normals[0]!;
    this.byFirstWord.set(key, [...(this.byFirstWord.get(key) ?? []), compiled]);
  }

  /** Every match, by start token, then in the order the phrases were added (those indexed by the token's lemma first). */
  find(tokens: Token[]): PhraseMatch<T>[] {
    const { lemmas, normals } = wordsOf(tokens);
    const matches: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      // Indexed by the phrase's first word as written: a base form is looked up by the token's lemma.
      const byLemma = this.byFirstWord.get(lemmas[i]!);
      const byNormal = normals[i] === lemmas[i] ? undefined : this.byFirstWord.get(normals[i]!);
      if (byLemma) for (const phrase of byLemma) this.match(phrase, i, lemmas, normals, matches);
      if (byNormal) for (const phrase of byNormal) if (!byLemma?.includes(phrase)) this.match(phrase, i, lemmas, normals, matches);
    }
    return matches;
  }

  private match(phrase: CompiledPhrase<T>, i: number, lemmas: string[], normals: string[], matches: PhraseMatch<T>[]): void {
    const n = phrase.lemmas.length;
    if (i + n > normals.length) return;
    for (let k = 0; k < n; k++) {
      if (normals[i + k] !== phrase.normals[k] && !(phrase.baseForms[k] && lemmas[i + k] === phrase.lemmas[k])) return;
    }
    matches.push({ value: phrase.value, first: i, last: i + n - 1 });
  }
}
