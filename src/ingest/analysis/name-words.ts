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
/** "Elvis's childhood", "Amy's voice": a possessive that a person's life or body, not a film, takes. */
export const lifeNouns = lower(nameWords.lifeNouns);
/** "Roher asking Navalny", "she marries Carol": verbs whose object is a person, not a film. */
export const personObjectVerbs = lower(nameWords.personObjectVerbs);
/** "J.D. Vance's 2016 memoir": what a real person writes; the character of the same name did not. */
export const authoredWorks = lower(nameWords.authoredWorks);
export const personalPronouns = lower(nameWords.personalPronouns);
/** "the young boy Tobias Wren", "the character Carol": nouns for a person, put before a character's name. */
export const personNouns = lower(nameWords.personNouns);
/** "Mattel CEO", "Hotel Clerk": jobs that, closing a character's credit, make it a description rather than a name. */
export const occupationNouns = lower(nameWords.occupationNouns);
/** "Oscar winner", "Tony nominee": a one-word name before these is an award, not a character called Oscar. */
export const awardWords = lower(nameWords.awardWords);
/** "Batman completists", "Buzz Lightyear dolls": after a character's name, words that make it the franchise's name or a product's. */
export const franchiseWords = lower(nameWords.franchiseWords);
/** Verbs (lemmas) a film takes as its subject ("Gigli opens with", "Amy tells the story"): after a title that is also a character's name, they say the film is meant. */
export const filmVerbs = lower(nameWords.filmVerbs);
/** "has played Tigger in several Disney projects": works of an actor's career, other than this film. */
export const careerWorks = lower(nameWords.careerWorks);

const ageOf = new Map<string, AgeCue>();
for (const age of ["young", "old", "adult"] as const) for (const word of nameWords.ageCues[age]) ageOf.set(word, age);

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** A number written in digits or words up to ninety-nine ("10", "ten", "eighty-two"). */
function numberOf(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const [first, second] = text.split("-") as [string, string | undefined];
  if (second === undefined) {
    const small = NUMBER_WORDS.indexOf(first);
    const tens = TENS.indexOf(first);
    return small >= 0 ? small : tens >= 2 ? tens * 10 : undefined;
  }
  const tens = TENS.indexOf(first);
  const unit = NUMBER_WORDS.indexOf(second);
  return tens >= 2 && unit >= 1 && unit <= 9 ? tens * 10 + unit : undefined;
}

/** Years in "ten-year-old", "10-year-old", "eighty-two-year-old"; undefined for any other word. */
function yearsOld(word: string): number | undefined {
  const m = /^([\p{L}\p{N}-]+?)-years?-old$/u.exec(word.toLowerCase());
  return m ? numberOf(m[1]!) : undefined;
}

/**
 * The age a word describes ("younger" -> young, "grown-up" -> adult, "ten-year-old" -> young:
 * under 18; "seventy-year-old" -> old: 60 or more), if it is an age word.
 */
export const ageCue = (word: string): AgeCue | undefined => {
  const cue = ageOf.get(word.toLowerCase());
  if (cue) return cue;
  const years = yearsOld(word);
  if (years === undefined) return undefined;
  return years < 18 ? "young" : years >= 60 ? "old" : "adult";
};
