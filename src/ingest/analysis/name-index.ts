import { foldedWords } from "../../graph/text-fold";
import type { FilmContext } from "../analysis-types";
import { criticismLexicon } from "./lexicon";

export interface NameTarget {
  type: "Person" | "Role";
  id: string;
  name: string;
}

/** Full names and the short forms critics use (surnames of people; first and last names of characters). */
export interface NameIndex {
  full: Map<string, NameTarget[]>;
  short: Map<string, NameTarget[]>;
}

const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);
// Words that describe a character rather than name it ("Young Kevin", "The Man").
const DESCRIPTORS = new Set(["the", "a", "an", "young", "old", "older", "younger", "teen", "little", "big", "adult"]);
const honorifics = new Set(criticismLexicon.honorifics);
const notCharacters = new Set(criticismLexicon.notCharacters);

/**
 * A name word's key, folded as the graph's keys are (src/graph/text-fold.ts): no case, accents,
 * marks, periods or apostrophes ("J.K." -> "jk", "Monáe" -> "monae", "Łucja" -> "lucja").
 */
export function wordKey(word: string): string {
  return foldedWords(word).join("");
}

/**
 * The key of a sequence of name words, folded as the graph's keys are: initials written apart
 * ("J. K.") join ("jk"), and hyphens, dashes and spaces in double names are one separator.
 */
export function nameKey(words: string[]): string {
  return foldedWords(words.join(" ")).join(" ");
}

export const splitName = (name: string): string[] => name.trim().split(/\s+/).filter(Boolean);

function add(map: Map<string, NameTarget[]>, key: string, target: NameTarget): void {
  if (!key) return;
  const list = map.get(key) ?? [];
  if (!list.some((t) => t.type === target.type && t.id === target.id)) list.push(target);
  map.set(key, list);
}

export function buildNameIndex(film: FilmContext): NameIndex {
  const index: NameIndex = { full: new Map(), short: new Map() };
  for (const person of film.people) {
    const target: NameTarget = { type: "Person", id: person.id, name: person.name };
    const words = splitName(person.name);
    add(index.full, nameKey(words), target);
    const named = words.filter((w) => !SUFFIXES.has(wordKey(w)));
    if (named.length > 1) add(index.short, nameKey([named[named.length - 1]!]), target);
  }
  for (const role of film.roles) {
    const words = splitName(role.name);
    if (words.some((w) => notCharacters.has(wordKey(w)))) continue;
    const target: NameTarget = { type: "Role", id: role.id, name: role.name };
    add(index.full, nameKey(words), target);
    const named = words.filter((w) => !honorifics.has(wordKey(w)) && !DESCRIPTORS.has(wordKey(w)) && !SUFFIXES.has(wordKey(w)));
    if (named.length !== words.length && named.length > 0) add(index.full, nameKey(named), target);
    if (named.length > 1) {
      add(index.short, nameKey([named[0]!]), target);
      add(index.short, nameKey([named[named.length - 1]!]), target);
    } else if (named.length === 1 && words.length > 1) {
      add(index.short, nameKey(named), target);
    }
  }
  return index;
}
