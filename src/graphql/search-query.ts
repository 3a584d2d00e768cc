import { parse, type AST, type Node, type NodeTerm } from "lucene";

/** Longest search text accepted, in characters (code points). */
export const SEARCH_MAX_LENGTH = 200;
/** Most terms (words, phrases, prefixes) one search may combine. */
export const SEARCH_MAX_TERMS = 20;
/** Largest fuzzy edit distance (`word~2`); Lucene's own maximum is 2 as well. */
export const SEARCH_MAX_EDITS = 2;
/** Literal characters a wildcard term must start with (`dr*`, not `d*` or `*rum`). */
export const SEARCH_MIN_PREFIX = 2;

/** Why a search text is refused: the message tells the user what to change. */
export class SearchQueryError extends Error {}

function isTerm(node: AST | Node): node is NodeTerm {
  return "term" in node;
}

function isRange(node: AST | Node): boolean {
  return "term_min" in node;
}

function* leaves(ast: AST | Node): Generator<Node> {
  if ("left" in ast) {
    yield* leaves(ast.left);
    if ("right" in ast) yield* leaves(ast.right);
  } else {
    yield ast;
  }
}

/**
 * The fuzzy edit distance written after a term (`drum~2` -> 2, `drum~` -> 2, Lucene's default,
 * `drum~0.8` -> 0.8, a similarity), read from the raw text: the parser library reads only the old
 * fractional form and splits `drum~3` into `drum~` and `3`.
 */
function fuzzyValue(query: string, term: NodeTerm): number | undefined {
  const raw = query.slice(term.termLocation.start.offset);
  const match = /^(?:\\.|[^\s~()])*~(\d+(?:\.\d+)?)?/u.exec(raw);
  if (!match) return undefined;
  return match[1] === undefined ? SEARCH_MAX_EDITS : Number(match[1]);
}

/**
 * Checks a full-text search text before it reaches Lucene (Neo4j's full-text index). Accepts what
 * a person types: words, "phrases" (with ~proximity), AND/OR/NOT, +/-, && || !, parentheses,
 * field:term, prefixes (`drum*`), `?` inside a word, fuzzy terms up to 2 edits (`drumer~1`), boosts.
 * Refuses, with a SearchQueryError saying why, what can make Lucene build huge automata or scan
 * the whole term dictionary: regular expressions (`/.../`), wildcards at the start of a term or
 * after fewer than SEARCH_MIN_PREFIX characters, fuzzy terms over SEARCH_MAX_EDITS edits, ranges
 * (`[a TO z]`), more than SEARCH_MAX_LENGTH characters or SEARCH_MAX_TERMS terms, and text the
 * Lucene grammar cannot parse (parsed with the npm `lucene` parser).
 */
export function checkSearchQuery(query: string): void {
  const length = [...query].length;
  if (length > SEARCH_MAX_LENGTH) {
    throw new SearchQueryError(`The search query is ${length} characters long; the limit is ${SEARCH_MAX_LENGTH}.`);
  }
  let ast: AST;
  try {
    ast = parse(query);
  } catch (error) {
    const at = (error as { location?: { start?: { offset?: number } } }).location?.start?.offset;
    throw new SearchQueryError(
      `The search query is not valid Lucene syntax${at === undefined ? "" : ` at character ${at + 1}`} (check quotes, brackets and operators).`,
    );
  }
  let terms = 0;
  for (const node of leaves(ast)) {
    terms += 1;
    if (isRange(node)) throw new SearchQueryError("Ranges ([a TO z]) are not supported in the search query.");
    if (!isTerm(node)) continue;
    if (node.regex) throw new SearchQueryError("Regular expressions (/.../) are not supported in the search query.");
    if (node.quoted) continue;
    const wildcard = node.term.replace(/\\./g, "xx").search(/[*?]/);
    if (wildcard === 0) {
      throw new SearchQueryError(`A word of the search query cannot start with a wildcard (${node.term}): write the beginning of the word, as in drum*.`);
    }
    if (wildcard > 0 && wildcard < SEARCH_MIN_PREFIX) {
      throw new SearchQueryError(`A wildcard in the search query needs at least ${SEARCH_MIN_PREFIX} letters before it (${node.term}).`);
    }
    if (node.similarity !== null && node.similarity !== undefined) {
      const edits = fuzzyValue(query, node) ?? node.similarity;
      if (edits > SEARCH_MAX_EDITS) {
        throw new SearchQueryError(`A fuzzy term of the search query allows at most ${SEARCH_MAX_EDITS} edits (word~1 or word~2), not ${edits}.`);
      }
    }
  }
  if (terms > SEARCH_MAX_TERMS) {
    throw new SearchQueryError(`The search query has ${terms} terms; the limit is ${SEARCH_MAX_TERMS}.`);
  }
}
