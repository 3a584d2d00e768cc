import type { Token } from "./tokens";

/**
 * A doubt the sentence says came to nothing: "If there was apprehension over the casting, it was
 * unfounded", "any fears that it would be a mess were quickly dispelled", "my reservations about
 * the lead evaporated". A doubt dispelled is praise of what was doubted, as a fault avoided is
 * (avoided-faults.ts).
 *
 * `doubted`: token indexes from the doubt noun to the word before the dispelling word (the doubt
 * and what was feared, which judge nothing); `dispelling`: the token index of the dispelling word
 * (it carries the praise), or -1 when the sentence dispels no doubt. A negated dispelling ("the
 * worries were not unfounded") dispels nothing.
 */
export interface DispelledDoubt {
  doubted: ReadonlySet<number>;
  dispelling: number;
}

// By lemma.
const DOUBTS = new Set(["apprehension", "doubt", "worry", "concern", "fear", "reservation", "misgiving", "skepticism", "scepticism", "qualm", "trepidation", "suspicion", "reluctance"]);
// Predicates said of the doubt ("was unfounded"), by normal form.
const UNFOUNDED = new Set(["unfounded", "misplaced", "groundless", "unwarranted", "needless", "unnecessary", "baseless", "unjustified", "premature"]);
// Verbs that make the doubt go away ("were dispelled", "evaporated"), by lemma.
const DISPELLING = new Set(["dispel", "allay", "assuage", "vanish", "evaporate", "dissipate", "disappear", "quell", "banish", "erase"]);
// "put to rest", "laid to rest", "set to rest".
const TO_REST = new Set(["put", "lay", "laid", "set"]);
const NEGATORS = new Set(["not", "n't", "never", "hardly", "barely", "scarcely"]);
const NOTHING: DispelledDoubt = { doubted: new Set(), dispelling: -1 };
const cache = new WeakMap<Token[], DispelledDoubt>();

/** The dispelled doubt of one sentence's tokens (cached per token array). */
export function dispelledDoubt(tokens: Token[]): DispelledDoubt {
  const cached = cache.get(tokens);
  if (cached) return cached;
  let found = NOTHING;
  // A capitalised first word may be tagged a proper noun ("Concerns about the pacing ...").
  const doubt = tokens.findIndex((t) => (t.pos === "NOUN" || t.pos === "PROPN") && (DOUBTS.has(t.lemma) || DOUBTS.has(t.normal.replace(/s$/u, ""))));
  if (doubt >= 0 && !heldBySomeoneInTheStory(tokens, doubt)) {
    for (let k = doubt + 1; k < tokens.length; k++) {
      if (!dispels(tokens, k)) continue;
      if (tokens.slice(Math.max(doubt + 1, k - 3), k).some((w) => NEGATORS.has(w.normal))) break;
      const doubted = new Set<number>();
      for (let j = doubt; j < k; j++) doubted.add(j);
      found = { doubted, dispelling: k };
      break;
    }
  }
  cache.set(tokens, found);
  return found;
}

// "Amos's doubts disappear when Hanne arrives", "her fears are allayed": a character's doubts are the story.
const STORY_POSSESSORS = new Set(["'s", "’s", "his", "her", "their"]);

function heldBySomeoneInTheStory(tokens: Token[], doubt: number): boolean {
  let k = doubt - 1;
  while (k >= 0 && tokens[k]!.pos === "ADJ") k--;
  return k >= 0 && STORY_POSSESSORS.has(tokens[k]!.normal);
}

function dispels(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (UNFOUNDED.has(t.normal) || (DISPELLING.has(t.lemma) && (t.pos === "VERB" || t.normal.endsWith("ed")))) return true;
  return TO_REST.has(t.normal) || TO_REST.has(t.lemma) ? tokens[k + 1]?.normal === "to" && tokens[k + 2]?.normal === "rest" : false;
}
