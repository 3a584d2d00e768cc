import type { Polarity } from "../../graph/review-writes";
import type { Clause } from "./clauses";
import { criticismLexicon, wordValence } from "./lexicon";
import { PhraseMatcher } from "./phrase-matcher";
import type { Token } from "./tokens";

export interface Valence {
  positive: number;
  negative: number;
}

// VADER's constants: a negated word keeps 74% of its strength with the opposite sign; a booster adds ~30%.
const NEGATION_SCALAR = -0.74;
const BOOST = 1.3;
// A hedged judgement ("drags a little", "slightly stretched") is softer but keeps its direction.
const HEDGE = 0.7;
// Critics name the story's content with nouns ("grief", "panic", "war"); judgements sit in
// adjectives, adverbs and verbs.
const NOUN_WEIGHT = 0.25;

const boosters = new Set(criticismLexicon.boosters);
const negators = new Set(criticismLexicon.negators);
let phraseMatcher: PhraseMatcher<number> | undefined;
function craftPhrases(): PhraseMatcher<number> {
  if (phraseMatcher) return phraseMatcher;
  phraseMatcher = new PhraseMatcher();
  for (const [phrase, valence] of Object.entries(criticismLexicon.craftPhrases)) phraseMatcher.add(phrase, valence);
  return phraseMatcher;
}
let hedgeMatcher: PhraseMatcher<true> | undefined;
function hedges(): PhraseMatcher<true> {
  if (hedgeMatcher) return hedgeMatcher;
  hedgeMatcher = new PhraseMatcher();
  for (const h of criticismLexicon.hedges) hedgeMatcher.add(h, true);
  return hedgeMatcher;
}

const isBreak = (t: Token) => t.pos === "PUNCT";

function negatedBefore(tokens: Token[], i: number, from: number): boolean {
  for (let k = i - 1; k >= Math.max(from, i - 3); k--) {
    const t = tokens[k]!;
    if (isBreak(t) && t.text !== "-") return false;
    if (negators.has(t.normal) || negators.has(t.lemma)) return true;
  }
  return false;
}

/**
 * Positive and negative strength of tokens[first..last]. aboutCraft: the words judge the making of
 * the film (an aspect or a performance), where "harrowing" and "devastating" are praise.
 */
export function scoreSpan(tokens: Token[], first: number, last: number, aboutCraft: boolean): Valence {
  const hedged = new Set<number>();
  for (const h of hedges().find(tokens)) {
    for (let k = h.last + 1; k <= h.last + 3; k++) hedged.add(k);
    for (let k = h.first - 2; k < h.first; k++) hedged.add(k);
  }
  // Idioms ("stood out", "falls flat") carry the valence of the whole phrase, on its first word.
  const idioms = new Map<number, { valence: number; last: number }>();
  for (const m of craftPhrases().find(tokens)) {
    const known = idioms.get(m.first);
    if (!known || known.last < m.last) idioms.set(m.first, { valence: m.value, last: m.last });
  }
  const valence: Valence = { positive: 0, negative: 0 };
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    const idiom = idioms.get(i);
    let v = idiom ? idiom.valence : wordValence(t.normal, t.lemma, aboutCraft);
    if (idiom) i = idiom.last;
    if (v === 0) continue;
    if (!idiom && (t.pos === "NOUN" || t.pos === "PROPN")) v *= NOUN_WEIGHT;
    const previous = tokens[i - 1];
    if (previous && boosters.has(previous.normal)) v *= BOOST;
    if (hedged.has(i)) v *= HEDGE;
    if (t.negated || negatedBefore(tokens, i, first)) v *= NEGATION_SCALAR;
    if (v > 0) valence.positive += v;
    else valence.negative -= v;
  }
  return valence;
}

const add = (a: Valence, b: Valence, weight: number): Valence => ({
  positive: a.positive + b.positive * weight,
  negative: a.negative + b.negative * weight,
});

/** The sentence's valence with each clause weighted by its role (what follows "but" counts most). */
export function scoreClauses(tokens: Token[], clauses: Clause[], aboutCraft: boolean): Valence {
  return clauses.reduce(
    (sum, c) => add(sum, scoreSpan(tokens, c.first, c.last, aboutCraft), c.weight),
    { positive: 0, negative: 0 },
  );
}

const DECIDED = 0.3;

export function polarityOf({ positive, negative }: Valence): Polarity {
  const net = positive - negative;
  if (positive >= 0.6 && negative >= 0.6 && Math.abs(net) < 0.35 * Math.max(positive, negative)) return "MIXED";
  if (net >= DECIDED) return "POSITIVE";
  if (net <= -DECIDED) return "NEGATIVE";
  return "NEUTRAL";
}

/** A valence squashed into [-1, 1] the way VADER normalizes its compound score. */
export function compound({ positive, negative }: Valence): number {
  const net = positive - negative;
  return net / Math.sqrt(net * net + 15);
}
