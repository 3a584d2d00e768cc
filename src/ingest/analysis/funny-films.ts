import type { Polarity } from "../../graph/review-writes";
import { clauseOf, splitClauses } from "./clauses";
import type { Token } from "./tokens";

// Adjectives by which a critic says how funny something is.
const FUNNY = new Set(["funny", "funnier", "funniest", "hilarious", "amusing", "uproarious", "sidesplitting", "side-splitting", "laugh-out-loud", "hysterical", "droll", "unfunny", "humorless", "humourless", "laughless", "mirthless"]);

const FUNNY_HOLDERS = new Set(["performance", "supporting performance", "characterization"]);

/**
 * "The film is hilarious", "Toy Story 3 is the funniest of the trilogy", "it is never funny": a
 * verdict on the film (or, failing one, on a performance or a character: "Venn is pretty funny") given
 * by how funny it is judges its humour as well. The humour judgement
 * takes the verdict's polarity; undefined when the sentence has no such verdict or word.
 */
export function humourOfAVerdict(tokens: Token[], judgements: { aspect: string; polarity: Polarity }[]): Polarity | undefined {
  // "Venn and Brey are pretty funny together", "a slyly funny Venn": how funny a performer or a
  // character is judges the film's humour too (real critics' annotators mark both).
  const verdict = judgements.find((j) => j.aspect === "overall") ?? judgements.find((j) => FUNNY_HOLDERS.has(j.aspect));
  if (!verdict || judgements.some((j) => j.aspect === "humour")) return undefined;
  return tokens.some((t) => t.pos === "ADJ" && FUNNY.has(t.normal)) ? verdict.polarity : undefined;
}

// Nouns for the humour of a way of acting ("with self-deprecating wit"), and the verbs of acting a part.
const MANNER_HUMOUR = new Set(["wit", "humour", "humor", "drollery", "deadpan", "comic", "comedic", "levity"]);
const PLAYING = new Set(["play", "portray", "inhabit", "embody", "deliver", "essay"]);
const MANNER_SPAN = 4;

/**
 * "Pitt plays Beane with self-deprecating wit", "she delivers every line with bone-dry humour": a
 * humour word in a "with" phrase after a verb of acting names how the part is played. The token
 * index of that word, or -1.
 */
function humourOfAPlaying(tokens: Token[]): number {
  return tokens.findIndex((t, i) => {
    if (!MANNER_HUMOUR.has(t.normal)) return false;
    const withAt = tokens.slice(Math.max(0, i - MANNER_SPAN), i).findIndex((w) => w.normal === "with");
    if (withAt < 0) return false;
    const start = Math.max(0, i - MANNER_SPAN) + withAt;
    return tokens.slice(0, start).some((w) => w.pos === "VERB" && PLAYING.has(w.lemma));
  });
}

// Nouns for the laughs a film gets.
const LAUGH_NOUNS = new Set(["laugh", "laughs", "laughter", "guffaw", "guffaws", "chuckle", "chuckles"]);
// Subjects that stand for other people than the one actor named.
const OTHERS = new Set(["they", "others", "everyone", "everybody"]);

/**
 * "The biggest laughs come from Galifianakis", "he gets the film's best laughs", "provides good
 * laughs as the snowman", "plays Beane with self-deprecating wit": laughs or humour credited to the one actor a sentence names judge that actor's
 * performance, not the film's humour. `cast`: the sentence's cast mentions (mentions.ts), billing
 * 1 = top. Returns the billing of that actor, or undefined when the sentence has no laugh noun or
 * names no actor, or more than one.
 */
export function laughsOfAnActor(tokens: Token[], cast: readonly { token: number; actor: boolean; asSelf: boolean; billing: number }[]): number | undefined {
  let laugh = tokens.findIndex((t) => t.pos === "NOUN" && LAUGH_NOUNS.has(t.normal));
  if (laugh < 0) laugh = humourOfAPlaying(tokens);
  if (laugh < 0) return undefined;
  // "Venn is fine, but the laughs are few": the laughs must be in the actor's clause.
  const clauses = splitClauses(tokens);
  const clause = clauseOf(clauses, laugh);
  // "Sandler has corralled his friends ... and they get the biggest laughs": the laughs are others'.
  const othersBetween = (from: number) => tokens.slice(from + 1, laugh).some((t) => OTHERS.has(t.normal));
  const billings = new Set(cast.filter((c) => c.actor && !c.asSelf && clauseOf(clauses, c.token) === clause && !othersBetween(c.token)).map((c) => c.billing));
  return billings.size === 1 ? [...billings][0] : undefined;
}
