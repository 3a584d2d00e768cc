import { criticismLexicon } from "./lexicon";

/** A capitalized word sequence of a sentence that may be a name ("J.K. Simmons's"). */
export interface NameRun {
  words: string[];
  /** Offsets in the sentence of the name, possessive included. */
  start: number;
  end: number;
}

// Hyphens of every kind join a double name ("García-Márquez", "García–Márquez"): keys fold them alike.
// A double hyphen is a typed dash ("Carrey--I wouldn't"), not part of a word.
const WORD = /[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}'’.\u2010\u2011\u2013]|-(?!-))*/gu;
const POSSESSIVE = /(?:['’][sS]|(?<=[sS])['’])$/u;
const DASHED = /^\p{Ll}[\p{L}\p{M}'’]*\u2013(?=\p{Lu})/u;
const INITIALS = /^(?:\p{Lu}\.)+$/u;
// Not a lowercase syllable of a given name ("Joon-ho", "Sun-kyun"): a participle or a word of kind.
// A name joined to a participle of making ("Selick-directed", "Spielberg-produced"): the name is a person's.
const MADE_BY = /^(.+?)[\u2010\u2011\u2013-](?:directed|produced|written|penned|helmed|scripted|fronted|starring|voiced|animated|edited|scored|shot)$/u;
const LOWER_COMPOUND = /[\u2010\u2011\u2013-](?:\p{Ll}+(?:ing|ed)|style|like|esque|era|type|sized|born|bred|made|based|led|free)$/u;
const particles = new Set(criticismLexicon.nameParticles);
const honorifics = new Set(criticismLexicon.honorifics);

const NAME_SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);
const isCapitalized = (word: string) => /^\p{Lu}/u.test(word);
// The last characters the patterns above can end on: a word ending otherwise skips them (most words).
const HYPHENS = new Set(["\u2010", "\u2011", "\u2013", "-"]);
const QUOTE_ENDS = new Set(["'", "’"]);

// Frank “The Irishman” Sheeran, Felix "Skinny Razor" DiTullio: a quoted nickname between a first
// name and a surname (a capitalized word, not a possessive, on each side).
const NICKNAME = /(?<=\p{Lu}[\p{L}\p{M}.-]*(?<!['’]s)) ([“"‘'])\p{Lu}[^“”"‘’'\n]{0,30}?[”"’'] (?=\p{Lu})/gu;

/** The nicknames in quotes between the parts of a name: [start, end) of each, the spaces around it included. */
export function nicknameSpans(text: string): [number, number][] {
  if (!/[“"‘']/.test(text)) return [];
  return [...text.matchAll(NICKNAME)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * Splits a sentence into runs of capitalized words: the name candidates. A run ends at a
 * lowercase word, at punctuation and after a possessive ("Ahmed’s Ruben" is two runs); it runs
 * over a quoted nickname between a first name and a surname, without its words.
 */
export function findNameRuns(sentence: string): NameRun[] {
  const runs: NameRun[] = [];
  let current: NameRun | undefined;
  let lastEnd = -1;
  const nicknames = nicknameSpans(sentence);
  for (const match of sentence.matchAll(WORD)) {
    let word = match[0];
    let start = match.index;
    if (nicknames.length > 0) {
      const nickname = nicknames.find(([from, to]) => start >= from && start < to);
      if (nickname) continue;
      // The surname after the nickname continues the first name's run.
      const bridged = nicknames.find(([from, to]) => to === start && from === lastEnd);
      if (bridged && current) lastEnd = start - 1;
    }
    // "sound–Marder": an en dash between a lowercase word and a name is punctuation, not a double name.
    const dashed = word.includes("\u2013") ? DASHED.exec(word) : null;
    if (dashed) {
      word = word.slice(dashed[0].length);
      start += dashed[0].length;
    }
    let end = start + word.length;
    // "the film is truly Herzog's.": a possessive closing the sentence, before its full stop.
    if (word.endsWith(".") && POSSESSIVE.test(word.slice(0, -1))) {
      word = word.slice(0, -1);
      end -= 1;
    }
    const last = word.charAt(word.length - 1);
    const possessive = last === "s" || last === "S" || QUOTE_ENDS.has(last) ? POSSESSIVE.exec(word) : null;
    if (possessive) word = word.slice(0, word.length - possessive[0].length);
    else if (QUOTE_ENDS.has(last)) {
      // "'Tobias Wren' returns": a closing quote, not part of the name (a possessive ends in s).
      word = word.slice(0, -1);
      end -= 1;
    } else if (word.endsWith(".") && !INITIALS.test(word) && !honorifics.has(word.slice(0, -1).toLowerCase())) {
      word = word.slice(0, -1);
      end -= 1;
    }
    if (HYPHENS.has(word.charAt(word.length - 1))) word = word.replace(/[\u2010\u2011\u2013-]+$/, "");
    // "the Tim Burton-produced, Henry Selick-directed favourite": the maker's name, then a participle of making.
    const made = MADE_BY.exec(word);
    const maker = made !== null && isCapitalized(made[1]!);
    if (maker) {
      end -= word.length - made[1]!.length;
      word = made[1]!;
    }
    // Only one space between this word and the run's last one.
    const adjacent = current !== undefined && start === lastEnd + 1 && sentence.charAt(lastEnd) === " ";
    // "Harry Connick, Jr.": a suffix after a comma ends the name it follows.
    const suffixAfterComma = current !== undefined && sentence.slice(lastEnd, start) === ", " && NAME_SUFFIXES.has(word.toLowerCase());
    // "the Oscar-winning Zeta-Jones", "a Bond-style villain": a compound ending in a participle or a word of kind is a modifier.
    const capitalized = isCapitalized(word) && !LOWER_COMPOUND.test(word);
    if (capitalized || (adjacent && particles.has(word.toLowerCase()))) {
      if (current && (adjacent || suffixAfterComma)) {
        current.words.push(word);
        current.end = end;
      } else {
        if (current) runs.push(current);
        current = { words: [word], start, end };
      }
    } else if (current) {
      runs.push(current);
      current = undefined;
    }
    lastEnd = end;
    if ((possessive || maker) && current) {
      runs.push(current);
      current = undefined;
    }
  }
  if (current) runs.push(current);
  // A particle cannot end a name ("Wes Anderson de" is not a name).
  for (const run of runs) {
    while (run.words.length > 1 && !isCapitalized(run.words[run.words.length - 1]!)) run.words.pop();
  }
  return runs.filter((r) => r.words.length > 0 && isCapitalized(r.words[0]!));
}
