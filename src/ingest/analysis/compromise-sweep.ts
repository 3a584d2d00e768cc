import type Compromise from "compromise";

/**
 * What compromise 14's sweep reads of a match (its methods.one.buildNet compiles them): the words
 * and tags it needs, wants and must not see, and how many words it takes.
 */
interface NetMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  ifNo?: string[];
  minWords: number;
  unTag?: unknown;
}

/** A compiled match net: the matches by a word or tag each needs or wants ("hooks"), and those to try always. */
interface MatchNet {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}

/** The part of compromise's methods (nlp.methods()) the sweep reads. */
interface SweepMethods {
  one: {
    bulkMatch: (document: unknown[][], net: MatchNet, methods: SweepMethods, options?: { matchOne?: boolean }) => unknown[];
    cacheDoc: (document: unknown[][]) => Set<string>[];
    match: (document: unknown[][], match: NetMatch) => { ptrs: number[][] };
  };
}

/** Per net: the words and tags a sentence's candidates depend on (hook keys first, in their order), numbered; and the candidates by those a sentence has. */
interface NetIndex {
  /** Object.keys(net.hooks), in its order. */
  keys: string[];
  ranks: Map<string, number>;
  candidates: Map<string, NetMatch[]>;
}

// Nets are compiled once, when compromise loads (its tagger's and chunker's), or by a caller's buildNet.
const netIndexes = new WeakMap<MatchNet, NetIndex>();
/** Candidate lists kept per net (a sentence's are keyed by the hook words and tags it has). */
const KEEP_CANDIDATE_LISTS = 20_000;

function indexOf(net: MatchNet): NetIndex {
  let index = netIndexes.get(net);
  if (!index) {
    const keys = Object.keys(net.hooks);
    const ranks = new Map(keys.map((key, i) => [key, i]));
    // What trimDown reads besides: a net built by buildNet hooks every need and want, not the ifNo words.
    for (const list of Object.values(net.hooks)) {
      for (const m of list) for (const word of [...m.needs, ...m.wants, ...(m.ifNo ?? [])]) if (!ranks.has(word)) ranks.set(word, ranks.size);
    }
    index = { keys, ranks, candidates: new Map() };
    netIndexes.set(net, index);
  }
  return index;
}

/**
 * The matches compromise's sweep tries on a sentence whose cache (cacheDoc: its words, tags, ...)
 * has the given hook keys and ifNo words: compromise's getHooks and trimDown (src/1-one/sweep/
 * methods/sweep), which read nothing else of the sentence, so one list serves every sentence with
 * the same ones.
 */
function candidatesFor(net: MatchNet, index: NetIndex, present: number[], haves: Set<string>): NetMatch[] {
  const key = present.join(",");
  let list = index.candidates.get(key);
  if (list) return list;
  // getHooks: the matches hooked on each key the sentence has, in the net's key order, first of each match text.
  let maybe: NetMatch[] = [];
  for (const rank of present) if (rank < index.keys.length) maybe = maybe.concat(net.hooks[index.keys[rank]!]!);
  const already = new Set<string>();
  maybe = maybe.filter((m) => !already.has(m.match) && (already.add(m.match), true));
  // trimDown: every need met, no ifNo word, enough wants.
  list = maybe
    .filter((m) => m.needs.every((need) => haves.has(need)))
    .filter((m) => m.ifNo === undefined || !m.ifNo.some((no) => haves.has(no)))
    .filter((m) => m.wants.length === 0 || m.wants.filter((want) => haves.has(want)).length >= m.minWant);
  if (net.always.length > 0) list = list.concat(net.always);
  if (index.candidates.size >= KEEP_CANDIDATE_LISTS) index.candidates.clear();
  index.candidates.set(key, list);
  return list;
}

/**
 * compromise's sweep (methods.one.bulkMatch: how its tagger and chunker run their match nets on
 * every document), with each sentence's candidate matches kept by the hook words and tags the
 * sentence has. compromise 14 collects them by testing every key of the net (thousands of words and
 * tags) against the sentence, then concatenating and de-duplicating hundreds of matches: most of the
 * ~1 ms a call costs however short the text, and the analysis calls it on every review that names
 * someone uncredited (the names are one sentence each). Everything else is compromise's
 * (tooSmall and runMatch, as its src/1-one/sweep/methods/sweep has them; the matching itself is its
 * methods.one.match), so its answers do not change: tests/unit/analysis/compromise-sweep.test.ts
 * compares them with an untouched compromise's.
 */
export function keepSweepCandidates<T extends typeof Compromise>(nlp: T): T {
  const bulkMatch: SweepMethods["one"]["bulkMatch"] = (document, net, methods, options = {}) => {
    const index = indexOf(net);
    const docCache = methods.one.cacheDoc(document);
    const maybeList = docCache.map((haves, n) => {
      const present: number[] = [];
      for (const item of haves) {
        const rank = index.ranks.get(item);
        if (rank !== undefined) present.push(rank);
      }
      present.sort((a, b) => a - b);
      // tooSmall: enough words in the sentence.
      const termCount = document[n]!.length;
      return candidatesFor(net, index, present, haves).filter((m) => termCount >= m.minWords);
    });
    // runMatch: compromise's, as written there.
    const results: unknown[] = [];
    for (let n = 0; n < maybeList.length; n += 1) {
      for (const m of maybeList[n]!) {
        const res = methods.one.match([document[n]!], m);
        if (res.ptrs.length > 0) {
          for (const ptr of res.ptrs) {
            ptr[0] = n;
            const todo: NetMatch & { pointer: number[] } = Object.assign({}, m, { pointer: ptr });
            if (m.unTag !== undefined) todo.unTag = m.unTag;
            results.push(todo);
          }
          if (options.matchOne === true) return [results[0]];
        }
      }
    }
    return results;
  };
  nlp.plugin({ methods: { one: { bulkMatch } } });
  return nlp;
}
