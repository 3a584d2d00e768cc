import { nlp } from "./nlp";

/** A word of the review with where it is, what it is and whether a negation governs it. */
export interface Token {
  text: string;
  /** Lowercase form. */
  normal: string;
  lemma: string;
  pos: string;
  negated: boolean;
  start: number;
  end: number;
}

/**
 * Tokens of a text with character offsets. wink keeps each token's surface form, so the offsets
 * come from finding the tokens in order in the text.
 */
export function tokenize(text: string): { tokens: Token[]; sentenceSpans: [number, number][] } {
  const its = nlp().its;
  const doc = nlp().readDoc(text);
  const values = doc.tokens().out(its.value);
  // wink types its.lemma as a model add-on, which out() accepts at run time.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value);
  const pos = doc.tokens().out(its.pos);
  const negated = doc.tokens().out(its.negationFlag) as unknown as boolean[];
  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const found = text.indexOf(value, cursor);
    const start = found < 0 ? cursor : found;
    const end = found < 0 ? cursor : found + value.length;
    cursor = end;
    tokens.push({
      text: value,
      normal: value.toLowerCase(),
      lemma: (lemmas[i] ?? value).toLowerCase(),
      pos: pos[i] ?? "X",
      negated: negated[i] === true,
      start,
      end,
    });
  });
  const sentenceSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  return { tokens, sentenceSpans };
}

/** Lemmas of a short phrase (a cue, a synonym, a pattern), tokenized the same way as the review. */
export function phraseLemmas(phrase: string): { lemmas: string[]; normals: string[]; pos: string[] } {
  const { tokens } = tokenize(phrase);
  const words = tokens.filter((t) => t.pos !== "SPACE");
  return { lemmas: words.map((t) => t.lemma), normals: words.map((t) => t.normal), pos: words.map((t) => t.pos) };
}
