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
  value: T;
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
    const compiled = { lemmas: lemmas.map(canonical), normals: normals.map(canonical), value };
    const key = compiled.normals[0]!;
    this.byFirstWord.set(key, [...(this.byFirstWord.get(key) ?? []), compiled]);
  }

  find(tokens: Token[]): PhraseMatch<T>[] {
    const lemmas = tokens.map((t) => canonical(t.lemma));
    const normals = tokens.map((t) => canonical(t.normal));
    const matches: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      // Indexed by the phrase's first word as written: a base form is looked up by the token's lemma.
      const candidates = new Set([...(this.byFirstWord.get(lemmas[i]!) ?? []), ...(this.byFirstWord.get(normals[i]!) ?? [])]);
      for (const phrase of candidates) {
        const n = phrase.lemmas.length;
        let ok = i + n <= tokens.length;
        for (let k = 0; ok && k < n; k++) {
          const baseForm = phrase.lemmas[k] === phrase.normals[k];
          ok = normals[i + k] === phrase.normals[k] || (baseForm && lemmas[i + k] === phrase.lemmas[k]);
        }
        if (ok) matches.push({ value: phrase.value, first: i, last: i + n - 1 });
      }
    }
    return matches;
  }
}
