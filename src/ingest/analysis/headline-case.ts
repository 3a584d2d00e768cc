import { tokenize, type Token } from "./tokens";

// Function words a headline capitalizes and running text does not ("Brings Real Heart To A Sequel").
const FUNCTION_WORDS = new Set(["a", "an", "the", "to", "of", "in", "on", "for", "with", "at", "and", "but", "or", "not", "is", "are", "was", "this", "that", "into", "from", "by", "as", "through", "about", "his", "her", "its", "their"]);
const NAME_TAGS = new Set(["NOUN", "PROPN"]);
const POSSESSIVE = new Set(["'s", "’s"]);
// A documentary's subjects play "Himself" and "Herself": no name's words.
const REFLEXIVES = new Set(["himself", "herself", "themselves"]);

/**
 * Whether a sentence is a Title-Case headline: at least four words, at least 60 % of them
 * capitalized, and a capitalized function word after the first word ("Keira Ashdown Brings Real
 * Heart To A Sequel"), which names rarely have.
 */
export function isTitleCaseHeadline(words: readonly Token[]): boolean {
  const lettered = words.filter((t) => /^\p{L}/u.test(t.text));
  if (lettered.length < 4) return false;
  const capitalized = lettered.filter((t) => /^\p{Lu}/u.test(t.text));
  return capitalized.length >= 0.6 * lettered.length && capitalized.some((t) => t !== lettered[0] && FUNCTION_WORDS.has(t.normal));
}

/**
 * A Title-Case headline's words tagged as running text. wink reads every capitalized word as a
 * proper noun, so verbs, adjectives and function words lose their parts of speech ("Keira Ashdown
 * Brings Real Heart To A Sequel That Didn't Need One"). The sentence is read again as running
 * text: the words of the film's names (`nameWords`, lowercase: its people, characters and title)
 * and a word before a possessive keep their capitals, every other word is lowercased, and each
 * word takes that reading's tag and lemma (a kept name stays a proper noun). `text` is the review,
 * `words` the sentence's tokens; returns new tokens with the same offsets and texts, or the words
 * unchanged when the reading does not line up with them.
 */
export function retagHeadline(words: Token[], text: string, nameWords: ReadonlySet<string>): Token[] {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return words;
  const sentence = text.slice(first.start, last.end);
  const names = new Set<number>();
  words.forEach((t, i) => {
    const named = nameWords.has(t.normal) && !FUNCTION_WORDS.has(t.normal) && !REFLEXIVES.has(t.normal);
    if (/^\p{Lu}/u.test(t.text) && (named || POSSESSIVE.has(words[i + 1]?.normal ?? ""))) names.add(i);
  });
  let running = "";
  words.forEach((t, i) => {
    running += text.slice(running.length + first.start, t.start).toLowerCase();
    running += names.has(i) ? t.text : t.text.toLowerCase();
  });
  if (running.length !== sentence.length) return words;
  const reading = new Map(tokenize(running).tokens.map((t) => [t.start + first.start, t]));
  if (words.some((t) => { const read = reading.get(t.start); return !read || read.end + first.start !== t.end; })) return words;
  return words.map((t, i) => {
    const read = reading.get(t.start)!;
    return { ...t, pos: names.has(i) && !NAME_TAGS.has(read.pos) ? "PROPN" : read.pos, lemma: read.lemma, negated: read.negated };
  });
}

