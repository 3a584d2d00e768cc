// Not "./name-words.json": Node resolves ".json" before ".ts" for an extensionless import (jest's global setup).
import nameWords from "./name-lexicon.json";
import { criticismLexicon } from "./lexicon";

/** Age words that tell apart the young, adult and old versions of one character ("Young Murph", "the grown-up Murph"). */
export type AgeCue = "young" | "old" | "adult";

const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));

/** Titles and ranks that may open a name ("Mrs", "Sgt.", "Lance Corporal"): folded, no periods. */
export const honorifics = lower(criticismLexicon.honorifics);
export const ranks = lower(nameWords.ranks);
export const rankPhrases = nameWords.rankPhrases.map((p) => p.split(" "));
/** "the Park family", "the Marder brothers": a surname naming a group, not one person. */
export const groupNouns = lower(nameWords.groupNouns);
/** "Carol's husband", "Dolittle's rival": a possessive that a person, not a film, takes. */
export const relationNouns = lower(nameWords.relationNouns);
/** "J.D. Vance's 2016 memoir": what a real person writes; the character of the same name did not. */
export const authoredWorks = lower(nameWords.authoredWorks);
export const personalPronouns = lower(nameWords.personalPronouns);
/** "the young boy Tobias Wren", "the character Carol": nouns for a person, put before a character's name. */
export const personNouns = lower(nameWords.personNouns);
/** "Oscar winner", "Tony nominee": a one-word name before these is an award, not a character called Oscar. */
export const awardWords = lower(nameWords.awardWords);
/** "has played Tigger in several Disney projects": works of an actor's career, other than this film. */
export const careerWorks = lower(nameWords.careerWorks);

const ageOf = new Map<string, AgeCue>();
for (const age of ["young", "old", "adult"] as const) for (const word of nameWords.ageCues[age]) ageOf.set(word, age);

/** The age a word describes ("younger" -> young, "grown-up" -> adult), if it is an age word. */
export const ageCue = (word: string): AgeCue | undefined => ageOf.get(word.toLowerCase());
