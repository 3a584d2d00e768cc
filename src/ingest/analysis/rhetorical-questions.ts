import { commercialFortunes } from "./box-office";
import type { Token } from "./tokens";

const CLOSING = new Set(['"', "'", "”", "’", ")"]);
// Verbs whose negation in a question reproaches ("shouldn't someone make an effort ...?", "does the
// director not know that ...?"); not "isn't it glorious?", which praises.
const REPROACHING_MODALS = new Set(["should", "could", "would", "does", "did", "do", "can", "will", "has", "have", "must"]);
const NEGATIONS = new Set(["n't", "n’t", "not"]);
// Words a sentence may open with before the question proper ("And back to directing, what's with ...?").
const OPENERS = new Set(["and", "but", "so", "also", "then", "again", "seriously", "honestly", "really", "oh"]);
// Questions of reproach by their opening words.
const REPROACHING_OPENINGS = [
  ["what", "'s", "with"],
  ["what", "’s", "with"],
  ["what", "is", "with"],
  ["why", "on", "earth"],
  ["why", "does"],
  ["why", "did"],
  ["why", "is"],
  ["why", "was"],
  ["why", "do"],
  ["why", "must"],
  ["how", "many"],
  ["did", "it", "have", "to"],
  ["does", "it", "have", "to"],
  ["did", "they", "have", "to"],
  ["did", "we", "need"],
  ["do", "we", "need"],
  ["who", "thought"],
  ["who", "decided"],
];

/** Whether the sentence ends in a question mark (closing quotes and brackets aside). */
function isQuestion(tokens: Token[]): boolean {
  let end = tokens.length - 1;
  while (end > 0 && CLOSING.has(tokens[end]!.text)) end--;
  return tokens[end]?.text === "?";
}

/** Where the question proper opens: after "And", "But", and a phrase closed by a comma ("As for the cutes, ..."). */
function questionStart(tokens: Token[]): number {
  let k = 0;
  while (k < tokens.length && (tokens[k]!.pos === "PUNCT" || OPENERS.has(tokens[k]!.normal))) k++;
  const comma = tokens.findIndex((t, i) => i >= k && t.text === ",");
  // An opening phrase has no auxiliary ("Regarding production design,", "back to directing,").
  return comma >= 0 && comma < k + 8 && tokens.slice(k, comma).every((t) => t.pos !== "AUX") ? comma + 1 : k;
}

/**
 * Whether the sentence is a question that finds fault rather than asks: a negated modal or "do"
 * ("shouldn't someone make an effort to make it look magical?", "does director Rob Marshall not
 * know that it is a send-up?"), or an opening of reproach ("what's with obscuring the actors'
 * faces?", "did it have to be so cheap and tidy in the end?", "how many different ways can one shoot
 * trees?", "why on earth ...?"), unless it asks how the film sold. On the development sets 11 of 12 judgements annotated on questions
 * were faults; the twelfth ("Is there a more purely lovely film than ...?") is none of these forms.
 */
export function asksInReproach(tokens: Token[]): boolean {
  if (!isQuestion(tokens)) return false;
  // "Why is it such a flop at the box office?": a question about how the film sold asks about its fortunes.
  if (commercialFortunes(tokens).length > 0) return false;
  const start = questionStart(tokens);
  const opens = (words: string[]) => words.every((w, j) => tokens[start + j]?.normal === w);
  if (REPROACHING_OPENINGS.some(opens)) return true;
  // "Who wouldn't love it?": a question no one would answer no to, praise.
  if (tokens[start]?.normal === "who") return false;
  return tokens.some((t, i) => i >= start && REPROACHING_MODALS.has(t.normal) && negatedBefore(tokens, i));
}

/** Whether a negation follows the modal at i before its verb: "shouldn't", "does the director not". */
function negatedBefore(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 5 && k < tokens.length; k++) {
    if (NEGATIONS.has(tokens[k]!.normal)) return true;
    // A capitalized "verb" is a name the tagger misread ("does director Rob Marshall not know").
    if ((tokens[k]!.pos === "VERB" && !/^\p{Lu}/u.test(tokens[k]!.text)) || tokens[k]!.pos === "PUNCT") return false;
  }
  return false;
}
