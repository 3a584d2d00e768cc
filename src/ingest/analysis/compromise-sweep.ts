import type Compromise from "compromise";

/** A compromise match net (its methods.one.buildNet): the matches to try, by a word or tag each needs ("hooks"). */
interface MatchNet {
  hooks: Record<string, unknown[]>;
  [key: string]: unknown;
}

/** The part of compromise's methods (nlp.methods()) this file reads and replaces. */
interface SweepMethods {
  one: {
    bulkMatch: (document: unknown[], net: MatchNet, methods: SweepMethods, options?: object) => unknown;
    cacheDoc: (document: unknown[]) => Set<string>[];
  };
}

// Each net's hook keys by their place in Object.keys(hooks): nets are built once, when compromise loads.
const hookRanks = new WeakMap<Record<string, unknown[]>, Map<string, number>>();

function ranksOf(hooks: Record<string, unknown[]>): Map<string, number> {
  let ranks = hookRanks.get(hooks);
  if (!ranks) {
    ranks = new Map(Object.keys(hooks).map((key, i) => [key, i]));
    hookRanks.set(hooks, ranks);
  }
  return ranks;
}

/**
 * Makes compromise's sweep (methods.one.bulkMatch: its tagger's and chunker's matches, run on every
 * document) read only the hooks a document can use. compromise 14 collects a sentence's candidate
 * matches by testing every key of the net's hooks (thousands of words and tags) against the
 * sentence's words, for each sentence of each document: most of the ~1 ms a call costs, however
 * short the text (a review's unknown names are read as one sentence each). The sweep is handed a net
 * whose hooks are only the keys some sentence of the document has, in the net's own key order, so
 * every sentence collects the same matches in the same order, and everything after is compromise's
 * own code: its answers do not change (tests/unit/analysis/compromise-sweep.test.ts compares them
 * with an untouched compromise).
 */
export function narrowSweep<T extends typeof Compromise>(nlp: T): T {
  const methods = nlp.methods() as SweepMethods;
  const sweep = methods.one.bulkMatch;
  const bulkMatch: SweepMethods["one"]["bulkMatch"] = (document, net, called, options) => {
    const ranks = ranksOf(net.hooks);
    const present = new Set<string>();
    for (const words of called.one.cacheDoc(document)) for (const word of words) if (ranks.has(word)) present.add(word);
    const hooks: Record<string, unknown[]> = {};
    for (const key of [...present].sort((a, b) => ranks.get(a)! - ranks.get(b)!)) hooks[key] = net.hooks[key]!;
    return sweep(document, { ...net, hooks }, called, options);
  };
  nlp.plugin({ methods: { one: { bulkMatch } } });
  return nlp;
}
