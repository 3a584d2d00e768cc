import { advisesStayingAway } from "./reader-advice";
import type { Token } from "./tokens";

/**
 * The faults a sentence says the film steers clear of: the object of a verb of avoiding ("avoids
 * the usual clichés", "subverts genre clichés", "sidesteps sentimentality", "eschews melodrama", "resists easy answers",
 * "rises above its flaws") or of solving a difficulty ("licks the problem of how to film a
 * musical", "overcomes the limitations of"), and what a preference sets aside after "over"
 * ("preferring presentation over sensationalization"). A fault avoided is praise, as a fault denied is ("never
 * sentimental"); a quality there is what the film does without ("resists easy answers"), no
 * judgement. A negated verb ("doesn't avoid the clichés") keeps its object's own sense.
 *
 * `verbs`: token indexes of the avoiding words (they judge nothing themselves); `objects`: token
 * indexes of the object noun phrase, from the word after the verb to the next punctuation, clause
 * join or verb, at most SCOPE words.
 */
export interface AvoidedFaults {
  verbs: ReadonlySet<number>;
  objects: ReadonlySet<number>;
}

const SCOPE = 8;
// By lemma. "escape" and "overcome" without a difficulty noun mostly tell the story ("escapes the war").
// "subverts the usual clichés", "upends genre conventions": a fault turned over is steered clear of too.
const AVOIDING = new Set(["avoid", "sidestep", "dodge", "eschew", "shun", "skirt", "transcend", "bypass", "evade", "forgo", "forego", "spurn", "refuse", "subvert", "upend", "overturn", "invert", "reverse", "defy"]);
/** The verbs of avoiding by lemma ("resist" included), for the negation rule of polarity.ts. */
export const AVOIDING_VERBS: ReadonlySet<string> = new Set([...AVOIDING, "resist"]);
// Two-word verbs: "rises above", "steers clear of", "stays clear of", "stops short of", "resists the temptation";
// an adverb may come between ("steers well clear of", "stops just short of").
const AVOIDING_PHRASES: [string, string][] = [
  ["rise", "above"],
  ["steer", "clear"],
  ["stay", "clear"],
  ["keep", "clear"],
  ["stop", "short"],
  ["resist", ""],
];
// Solving verbs avoid only a difficulty named as such ("licks the problem", not "licks his wounds").
const SOLVING = new Set(["solve", "lick", "crack", "overcome", "surmount", "fix", "escape", "sidestep"]);
const DIFFICULTIES = new Set(["problem", "difficulty", "challenge", "obstacle", "limitation", "hurdle", "pitfall", "trap", "trapping", "flaw", "shortcoming", "weakness", "handicap", "snag", "drawback", "hitch", "defect"]);
const OBJECT_ENDS = new Set(["VERB", "AUX", "SCONJ", "PUNCT"]);
const OBJECT_JOINS = new Set(["but", "yet", "while", "because", "so", "although", "though", "which", "that", "who"]);
const NEGATORS = new Set(["not", "n't", "never", "hardly", "barely", "rarely", "seldom", "fails", "cannot"]);

const cache = new WeakMap<Token[], AvoidedFaults>();

/** The avoided faults of one sentence's tokens (cached per token array). */
export function avoidedFaults(tokens: Token[]): AvoidedFaults {
  const cached = cache.get(tokens);
  if (cached) return cached;
  const verbs = new Set<number>();
  const objects = new Set<number>();
  tokens.forEach((t, i) => {
    const start = objectStart(tokens, i);
    // "Avoid this dreadful film": advice to the reader, not a fault the film steers clear of.
    if (start < 0 || deniedBefore(tokens, i) || advisesStayingAway(tokens, i)) return;
    const span: number[] = [];
    for (let k = start; k < tokens.length && k < start + SCOPE; k++) {
      const w = tokens[k]!;
      if ((OBJECT_ENDS.has(w.pos) && w.text !== "-") || OBJECT_JOINS.has(w.normal)) break;
      span.push(k);
    }
    if (span.length === 0) return;
    if (SOLVING.has(t.lemma) && !AVOIDING.has(t.lemma) && !span.some((k) => DIFFICULTIES.has(tokens[k]!.lemma))) return;
    for (let k = i; k < start; k++) verbs.add(k);
    for (const k of span) objects.add(k);
  });
  const found = { verbs, objects };
  cache.set(tokens, found);
  return found;
}

// "preferring presentation over sensationalization", "opts for restraint over spectacle": what is set aside after "over".
const PREFERRING = new Set(["prefer", "favor", "favour", "choose", "opt", "prioritize", "prioritise", "privilege"]);
const PREFERENCE_REACH = 6;

/** Where the object of an avoiding verb at i begins, or -1 when the word opens no such verb. */
function objectStart(tokens: Token[], i: number): number {
  const t = tokens[i]!;
  if (t.pos !== "VERB" && t.pos !== "NOUN") return -1;
  if (PREFERRING.has(t.lemma)) {
    for (let k = i + 1; k < tokens.length && k <= i + PREFERENCE_REACH && tokens[k]!.pos !== "PUNCT"; k++) if (tokens[k]!.normal === "over") return k + 1;
    return -1;
  }
  if (AVOIDING.has(t.lemma) || SOLVING.has(t.lemma)) {
    // "refuses to": a refusal of a doing, not of a thing.
    if (tokens[i + 1]?.normal === "to") return -1;
    return i + 1;
  }
  for (const [verb, particle] of AVOIDING_PHRASES) {
    if (t.lemma !== verb) continue;
    if (particle === "") return i + 1;
    const at = tokens[i + 1]?.normal === particle ? i + 1 : tokens[i + 1]?.pos === "ADV" && tokens[i + 2]?.normal === particle ? i + 2 : -1;
    if (at < 0) continue;
    return tokens[at + 1]?.normal === "of" ? at + 2 : at + 1;
  }
  return -1;
}

/** Whether a negation shortly before the verb at i denies the avoiding ("doesn't avoid", "never quite escapes the problem"). */
function deniedBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = tokens[k]!;
    if (w.pos === "PUNCT") return false;
    if (NEGATORS.has(w.normal) || NEGATORS.has(w.lemma) || (w.lemma === "fail" && tokens[k + 1]?.normal === "to")) return true;
  }
  return false;
}
