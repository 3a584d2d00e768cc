import type { Polarity } from "../../graph/review-writes";
import { criticismLexicon } from "./lexicon";
import { TITLE_LEMMA } from "./title-mask";
import type { Token } from "./tokens";

// Verbs of staying away, by lemma, and the particles of the two-word ones ("steer clear of", "stay away from", "pass on").
const STAYING_AWAY: ReadonlyMap<string, readonly string[][]> = new Map([
  ["avoid", [[]]],
  ["skip", [[]]],
  ["shun", [[]]],
  ["dodge", [[]]],
  // "Don't miss it", "one to miss", "not to be missed": missing the film is staying away from it.
  ["miss", [[]]],
  ["steer", [["clear", "of"], ["well", "clear", "of"]]],
  ["stay", [["away", "from"], ["clear", "of"], ["well", "away", "from"]]],
  ["keep", [["away", "from"], ["clear", "of"]]],
  ["pass", [["on"]]],
  ["give", [[]]],
]);
// "give it a miss", "give this one a wide berth".
const MISSES = new Set(["miss", "berth"]);
// Words that may open the sentence or clause before the imperative ("So avoid it", "Frankly, skip it", "Just stay away").
const OPENERS = new Set(["so", "and", "but", "or", "just", "simply", "please", "frankly", "honestly", "instead", "otherwise", "definitely", "by", "all", "means", "then", "really", "do", ","]);
// What opens a clause a critic addresses to the reader: "Do yourself a favour and skip it", "Verdict: avoid."
// A comma too ("Better still, skip it"): the film as the object keeps a story's "Both sisters, however, avoid it" rare.
const CLAUSE_BREAKS = new Set([":", ";", "—", "–", "-", "(", ",", "and"]);
// "Parents would be wise to avoid it", "you'd do well to skip this one", "best to steer clear".
const ADVISING_BEFORE_TO = new Set(["wise", "well", "best", "better", "advised", "smart", "sensible", "prudent", "urged", "warned"]);
// "you should skip it", "families must avoid this one": the reader, then a modal.
const READERS = new Set(["you", "one", "everyone", "everybody", "anyone", "parents", "families", "audiences", "viewers", "moviegoers", "filmgoers", "fans", "adults", "readers"]);
const URGING_MODALS = new Set(["should", "must", "'d", "’d", "better"]);
const NEGATORS = new Set(["not", "n't", "n’t", "never"]);
// The film as the object: "it", "this", "this one", "the film", "this sorry mess", the title.
const POINTING = new Set(["this", "the", "that"]);
const FILM_WORDS = new Set([...criticismLexicon.filmWords, "one", "mess", "dud", "turkey", "stinker", "misfire", "disaster", "thing"]);
// What may follow the verb when nothing names the object: "Avoid at all costs", "Avoid like the plague".
const OBJECTLESS_ENDS = new Set(["at", "like", "."]);

/**
 * The critic's advice to the reader on seeing the film at all: "Avoid it", "Skip this one", "Steer
 * clear of this mess", "Do yourself a favour and pass on it", "Parents would be wise to avoid it",
 * "you should skip this film", "Avoid at all costs", "This one is best avoided", "one to avoid".
 * Advice to stay away is an unfavourable verdict on the whole film whatever the words around it
 * say ("favour", "wise", "best"); denied ("Don't skip this one", "not one to avoid") it is a
 * favourable one. Only the film may be the object (it, this, this one, a film word, the title, or
 * nothing): "skip the 3D" and "avoid the trailer" advise on something else. Advice to stay away
 * given to readers of one taste ("if you don't like gore") is no verdict. NEGATIVE, POSITIVE, or
 * undefined when the sentence gives no such advice.
 */
export function adviceOnSeeing(tokens: Token[]): Polarity | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const advice = adviceAt(tokens, i);
    // "Stay away from this movie if you don't like onscreen gore", "If you hate musicals, skip it":
    // advice to the readers of one taste says whom the film is not for, not how good it is.
    if (advice === "NEGATIVE" && forOneTaste(tokens)) return undefined;
    if (advice) return advice;
  }
  return undefined;
}

const CONDITIONS = new Set(["if", "unless"]);

/**
 * Token indexes of advice to stay away given to readers of one taste, and of its condition: "Stay
 * away from this movie if you don't like onscreen gore" judges nothing of the film (the words
 * "stay away", "don't like" included), so the caller reads them as no judgement. Empty when the
 * sentence has no such advice.
 */
export function adviceForOneTaste(tokens: Token[]): number[] {
  if (!forOneTaste(tokens)) return [];
  const words: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (adviceAt(tokens, i) !== "NEGATIVE") continue;
    const particles = STAYING_AWAY.get(tokens[i]!.lemma)!;
    const length = Math.max(...particles.map((p) => (p.every((w, j) => tokens[i + 1 + j]?.normal === w) ? p.length : 0)));
    for (let k = i; k <= i + length; k++) words.push(k);
    // "skip it", "avoid this one": the phrase of advice with its object.
    if (["it", "this", "one"].includes(tokens[i + length + 1]?.normal ?? "")) words.push(i + length + 1);
  }
  if (words.length === 0) return [];
  tokens.forEach((t, i) => {
    if (!CONDITIONS.has(t.normal) || tokens[i - 1]?.normal === "even") return;
    for (let k = i; k < tokens.length && tokens[k]!.text !== "," && tokens[k]!.pos !== "PUNCT"; k++) words.push(k);
  });
  return words;
}

// "If you want a smart thriller, skip this one": the reader seeks what the film should
// be, so the advice says it is a poor one, a verdict; "if you hate musicals" is a taste.
const SEEKING = new Set(["look", "want", "crave", "seek", "hope", "expect", "mood"]);
const CONDITION_REACH = 8;

/** "if you ...", "unless you ...", "if gore is not your thing": a condition on the reader's taste, not on what they seek. */
function forOneTaste(tokens: Token[]): boolean {
  return tokens.some((t, i) => {
    if (!CONDITIONS.has(t.normal) || tokens[i - 1]?.normal === "even") return false;
    if (!tokens.slice(i + 1, i + 6).some((w) => READERS.has(w.normal) || w.normal === "your")) return false;
    const condition = tokens.slice(i + 1, i + 1 + CONDITION_REACH);
    const end = condition.findIndex((w) => w.text === ",");
    const words = end < 0 ? condition : condition.slice(0, end);
    return !(words.some((w) => SEEKING.has(w.lemma)) && !words.some((w) => NEGATORS.has(w.normal)));
  });
}

/** Whether the verb at i gives advice on staying away from the film, followed or denied (adviceOnSeeing). */
export function advisesStayingAway(tokens: Token[], i: number): boolean {
  return adviceAt(tokens, i) !== undefined;
}

function adviceAt(tokens: Token[], i: number): Polarity | undefined {
  const verb = tokens[i]!;
  const particles = STAYING_AWAY.get(verb.lemma);
  if (!particles) return undefined;
  // A participle: "This one is best avoided", "It should be skipped".
  if (verb.normal !== verb.lemma) return passiveAdvice(tokens, i);
  const after = particles.map((p) => (p.every((w, j) => tokens[i + 1 + j]?.normal === w) ? i + 1 + p.length : -1)).find((k) => k >= 0);
  if (after === undefined || !namesTheFilm(tokens, after)) return undefined;
  if (verb.lemma === "give" && !givenAMiss(tokens, after)) return undefined;
  const address = addressedToTheReader(tokens, i);
  // Not said to the reader: "one to avoid" still advises.
  if (address === undefined) return oneTo(tokens, i);
  // "Miss it at your peril", "Skip this one at your own peril": the reader is warned not to.
  const denied = address !== atYourPeril(tokens, after);
  return denied ? "POSITIVE" : "NEGATIVE";
}

/** "at your (own) peril" within a few words after the object from `at`. */
function atYourPeril(tokens: Token[], at: number): boolean {
  return tokens.slice(at, at + 6).some((t, k) => t.normal === "peril" && tokens.slice(Math.max(at, at + k - 3), at + k).some((w) => w.normal === "at"));
}

/**
 * Whether the verb at i is said to the reader, and if so whether denied: true when denied ("Don't
 * skip it"), false when not ("Skip it"), undefined when the verb is not addressed to the reader.
 */
function addressedToTheReader(tokens: Token[], i: number): boolean | undefined {
  let k = i - 1;
  let denied = false;
  // "don't", "do not", "never", "simply", "just".
  while (k >= 0 && (NEGATORS.has(tokens[k]!.normal) || tokens[k]!.normal === "do" || tokens[k]!.pos === "ADV")) {
    if (NEGATORS.has(tokens[k]!.normal)) denied = true;
    if (CLAUSE_BREAKS.has(tokens[k]!.normal) || OPENERS.has(tokens[k]!.normal)) break;
    k--;
  }
  const before = tokens[k];
  if (!before) return denied;
  if (before.normal === "to") return ADVISING_BEFORE_TO.has(tokens[k - 1]?.normal ?? "") ? denied : undefined;
  if (URGING_MODALS.has(before.normal)) {
    const reader = tokens[k - 1]?.normal === "had" ? tokens[k - 2] : tokens[k - 1];
    return READERS.has(reader?.normal ?? "") ? denied : undefined;
  }
  if (CLAUSE_BREAKS.has(before.normal)) return denied;
  // The sentence's opening words only: "So skip it", "Frankly, avoid it".
  for (let j = 0; j <= k; j++) if (!OPENERS.has(tokens[j]!.normal)) return undefined;
  return denied;
}

/** Whether the film is what the words from `at` name: "it", "this (one)", "this sorry mess", the title, or nothing. */
function namesTheFilm(tokens: Token[], at: number): boolean {
  const first = tokens[at];
  if (!first || OBJECTLESS_ENDS.has(first.normal) || first.pos === "PUNCT") return true;
  if (first.normal === "it" || first.lemma === TITLE_LEMMA) return true;
  if (!POINTING.has(first.normal)) return false;
  let k = at + 1;
  while (tokens[k]?.pos === "ADJ" || tokens[k]?.pos === "ADV") k++;
  const head = tokens[k];
  if (!head) return first.normal === "this";
  if (FILM_WORDS.has(head.lemma) || head.lemma === TITLE_LEMMA) return true;
  // "Avoid this.", "skip this, and ...", "skip this and rent something else".
  return first.normal === "this" && k === at + 1 && (head.pos === "PUNCT" || head.pos === "CCONJ");
}

/** "it a miss", "The Salt Road a wide berth": the object from `at`, then a miss or a berth. */
function givenAMiss(tokens: Token[], at: number): boolean {
  let k = at;
  while (k < tokens.length && k < at + 6 && tokens[k]!.normal !== "a") k++;
  if (tokens[k]?.normal !== "a" || k === at) return false;
  if (tokens[k + 1]?.normal === "wide") k++;
  return MISSES.has(tokens[k + 1]?.normal ?? "");
}

/** "This one is best avoided", "It should be skipped": the film as the subject of a passive of staying away. */
function passiveAdvice(tokens: Token[], i: number): Polarity | undefined {
  const verb = tokens[i]!;
  if (!verb.normal.endsWith("ed")) return undefined;
  let k = i - 1;
  const best = tokens[k]?.normal === "best";
  if (best) k--;
  if (tokens[k]?.lemma !== "be") return undefined;
  // "is best avoided" advises by itself; "be avoided" only after a modal ("should be avoided", "is to be avoided").
  if (!best && !["should", "must", "to"].includes(tokens[k - 1]?.normal ?? "")) return undefined;
  let subject = k - 1;
  let denied = false;
  while (subject >= 0 && (tokens[subject]!.pos === "AUX" || tokens[subject]!.pos === "PART" || tokens[subject]!.pos === "ADV" || tokens[subject]!.normal === "to")) {
    if (NEGATORS.has(tokens[subject]!.normal)) denied = true;
    subject--;
  }
  const head = tokens[subject];
  if (!head || !(head.normal === "it" || head.normal === "this" || FILM_WORDS.has(head.lemma) || head.lemma === TITLE_LEMMA)) return undefined;
  return denied ? "POSITIVE" : "NEGATIVE";
}

/** "one to avoid", "a film to skip", "not one to avoid". */
function oneTo(tokens: Token[], i: number): Polarity | undefined {
  if (tokens[i - 1]?.normal !== "to") return undefined;
  const noun = tokens[i - 2];
  if (!noun || !(noun.normal === "one" || FILM_WORDS.has(noun.lemma))) return undefined;
  const next = tokens[i + 1];
  if (next && next.pos !== "PUNCT" && !OBJECTLESS_ENDS.has(next.normal) && next.pos !== "CCONJ") return undefined;
  let k = i - 3;
  while (tokens[k]?.pos === "ADJ" || tokens[k]?.pos === "DET") k--;
  return NEGATORS.has(tokens[k]?.normal ?? "") || NEGATORS.has(tokens[k + 1]?.normal ?? "") ? "POSITIVE" : "NEGATIVE";
}

/**
 * Token indexes of an opening condition on the reader's own circumstances, up to its comma: "If
 * you have a seven-year-old and a free Saturday afternoon, ...", "Whether you watch it with a
 * fidgety eight-year-old or alone, ...". Who watches and when says nothing of the film, neither a
 * judgement ("fidgety", "free") nor a theme ("alone"). Empty when the sentence opens otherwise.
 */
export function readersCircumstances(tokens: Token[]): number[] {
  let k = 0;
  while (tokens[k]?.normal === "and" || tokens[k]?.normal === "but" || tokens[k]?.normal === "so") k++;
  if (!CIRCUMSTANCE_OPENERS.has(tokens[k]?.normal ?? "")) return [];
  const reader = tokens.findIndex((t, i) => i > k && i <= k + 3 && ADDRESSED.has(t.normal));
  const comma = tokens.findIndex((t, i) => i > k && t.text === ",");
  if (reader < 0 || comma < reader) return [];
  // "If you can forgive the clunky dialogue, ...": a condition on what the reader puts up with judges the film.
  let verb = reader + 1;
  while (tokens[verb]?.pos === "ADV" || (tokens[verb]?.pos === "AUX" && tokens[verb]!.lemma !== "be" && tokens[verb]!.lemma !== "have")) verb++;
  if (!CIRCUMSTANCES.has(tokens[verb]?.lemma ?? "")) return [];
  return Array.from({ length: comma - k }, (_, n) => k + n);
}
const CIRCUMSTANCE_OPENERS = new Set(["if", "whether", "unless"]);
// What the reader has, does or goes to: "have a seven-year-old", "watch it with ...", "take the kids".
const CIRCUMSTANCES = new Set(["have", "watch", "see", "bring", "take", "go", "catch", "be", "own", "live", "happen", "head", "plan"]);
const ADDRESSED = new Set(["you", "your", "you're", "you’re"]);
