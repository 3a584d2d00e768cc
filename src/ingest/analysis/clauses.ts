import { criticismLexicon } from "./lexicon";
import { PhraseMatcher } from "./phrase-matcher";
import { TITLE_LEMMA } from "./title-mask";
import type { Token } from "./tokens";

/**
 * How much a clause counts in its sentence. What follows "but" is what the critic means (main);
 * what "but" answers (contrasted) and an "although ..." clause (concessive) count half.
 */
export type ClauseRole = "plain" | "contrasted" | "concessive" | "main";

export interface Clause {
  first: number;
  last: number;
  role: ClauseRole;
  weight: number;
}

const WEIGHTS: Record<ClauseRole, number> = { plain: 1, contrasted: 0.5, concessive: 0.5, main: 1.5 };
// Words that are contrast markers only at the start of a clause ("still" also means "yet again").
const CLAUSE_INITIAL_ONLY = new Set(["still", "though", "yet", "while", "instead", "for"]);
/** "anything but", "nothing but", "all but": the words before a "but" that is no contrast. */
export const NOT_CONTRASTING_BEFORE_BUT: ReadonlySet<string> = new Set(["anything", "nothing", "all"]);
const CLAUSE_BREAKS = new Set([",", ";", "—", "–", ":", "-"]);
const DEGREE_POS = new Set(["ADV", "ADJ"]);

let markers: PhraseMatcher<"adversative" | "concessive"> | undefined;
function contrastMarkers(): PhraseMatcher<"adversative" | "concessive"> {
  if (markers) return markers;
  markers = new PhraseMatcher();
  for (const m of criticismLexicon.adversativeMarkers) markers.add(m, "adversative");
  // Added last so that "though" at a clause start reads as concessive.
  for (const m of criticismLexicon.concessiveMarkers) markers.add(m, "concessive");
  return markers;
}

let earlierMarkers: PhraseMatcher<true> | undefined;
/** Words that set an earlier state of the film against what it becomes ("for a while", "at first"). */
function earlierStates(): PhraseMatcher<true> {
  if (earlierMarkers) return earlierMarkers;
  earlierMarkers = new PhraseMatcher();
  for (const m of ["at first", "for a while", "initially", "early on", "to begin with", "in the beginning"]) earlierMarkers.add(m, true);
  return earlierMarkers;
}

// "But for all its brilliance, ...": a conjunction that opens a clause leaves the next word at its start.
const atClauseStart = (tokens: Token[], i: number): boolean =>
  i === 0 || CLAUSE_BREAKS.has(tokens[i - 1]!.text) || tokens[i - 1]!.normal === "and" || (tokens[i - 1]!.pos === "CCONJ" && atClauseStart(tokens, i - 1));
const atSentenceEnd = (tokens: Token[], i: number) => i + 1 >= tokens.length || tokens[i + 1]!.pos === "PUNCT";

const SET_ASIDE = new Set(["apart", "aside"]);
const SET_ASIDE_MAX_WORDS = 6;

/** Whether the sentence opens with a noun phrase, then "apart" or "aside" and a comma ("Clumsy dialogue apart, ..."). */
function setAsideAtStart(tokens: Token[]): boolean {
  const at = tokens.findIndex((t, i) => i > 0 && i <= SET_ASIDE_MAX_WORDS && SET_ASIDE.has(t.normal) && tokens[i + 1]?.text === ",");
  return at > 0 && tokens[at - 1]!.pos === "NOUN" && !tokens.slice(0, at).some((t) => t.pos === "VERB" || t.pos === "AUX" || t.pos === "PUNCT");
}

const splitCache = new WeakMap<Token[], Clause[]>();

/** Splits a sentence's tokens into clauses at "but", "though", "although", "still", ... */
export function splitClauses(tokens: Token[]): Clause[] {
  const cached = splitCache.get(tokens);
  if (cached) return cached;
  const clauses = findClauses(tokens);
  splitCache.set(tokens, clauses);
  return clauses;
}

function findClauses(tokens: Token[]): Clause[] {
  const found = new Map<number, "adversative" | "concessive">();
  for (const match of contrastMarkers().find(tokens)) {
    const word = tokens[match.first]!.normal;
    if (CLAUSE_INITIAL_ONLY.has(word) && !atClauseStart(tokens, match.first)) continue;
    // "..., though." and "X, though, is ..." point back at the previous sentence.
    if (word === "though" && atSentenceEnd(tokens, match.last)) continue;
    // "anything but boring", "nothing but superb", "all but unwatchable": no contrast.
    if (word === "but" && NOT_CONTRASTING_BEFORE_BUT.has(tokens[match.first - 1]?.normal ?? "")) continue;
    // "However shallowly rendered, ...": "however" before a quality is "no matter how", a concession.
    if (word === "however" && DEGREE_POS.has(tokens[match.last + 1]?.pos ?? "")) {
      found.set(match.first, "concessive");
      continue;
    }
    found.set(match.first, match.value);
  }
  // "Clumsy dialogue apart, the film is moving", "Its longueurs aside, ...": a noun phrase set
  // aside before a comma at the sentence's start is conceded, like "Aside from the clumsy dialogue".
  if (!found.has(0) && setAsideAtStart(tokens)) found.set(0, "concessive");
  // "funny for a while and then simply loud", "charming at first, then grating": what the film becomes is what the critic means.
  const earlier = earlierStates().find(tokens);
  tokens.forEach((t, i) => {
    if (t.normal !== "then" || !earlier.some((m) => m.last < i) || [...found.keys()].some((k) => k < i && k > earlier[0]!.last)) return;
    const at = tokens[i - 1]?.normal === "and" ? i - 1 : i;
    if (!found.has(at)) found.set(at, "adversative");
  });
  const concessiveEnds = concessiveClauseEnds(tokens, found);
  const clauses: Clause[] = [];
  let current: Clause = { first: 0, last: -1, role: "plain", weight: WEIGHTS.plain };
  const close = (at: number, next: ClauseRole) => {
    current.last = at - 1;
    if (current.last >= current.first) clauses.push(current);
    current = { first: at, last: -1, role: next, weight: WEIGHTS[next] };
  };
  for (let i = 0; i < tokens.length; i++) {
    const kind = found.get(i);
    if (kind === "adversative") {
      if (current.role === "plain") current = { ...current, role: "contrasted", weight: WEIGHTS.contrasted };
      close(i, "main");
    } else if (kind === "concessive") {
      // "The film is gripping, even though it drags": the clause a concession follows is what the critic means.
      if (current.role === "plain" && i > current.first) current = { ...current, role: "main", weight: WEIGHTS.main };
      close(i, "concessive");
    } else if (current.role === "concessive" && concessiveEnds.has(i)) {
      close(i + 1, "main");
    }
  }
  close(tokens.length, "plain");
  return clauses;
}

const SUBJECT_POS = new Set(["PRON", "DET"]);

/**
 * Where each "although ..." clause ends: at the first break followed by a new subject ("..., I
 * wish"), so an apposition ("although Lou, Ruben’s girlfriend, is ...") stays inside; else at the
 * last break before the next marker.
 */
function concessiveClauseEnds(tokens: Token[], markersAt: Map<number, string>): Set<number> {
  const ends = new Set<number>();
  for (const [at, kind] of markersAt) {
    if (kind !== "concessive") continue;
    let lastBreak = -1;
    let end = -1;
    for (let i = at + 2; i < tokens.length && !markersAt.has(i); i++) {
      if (!CLAUSE_BREAKS.has(tokens[i]!.text)) continue;
      lastBreak = i;
      const next = tokens[i + 1];
      // The film's title opens a clause too ("While it has the odd appealing quality, The Cat in the Hat is ...").
      if (next && (SUBJECT_POS.has(next.pos) || next.normal === "there" || next.lemma === TITLE_LEMMA)) {
        end = i;
        break;
      }
    }
    if (end < 0) end = lastBreak;
    // "For all its moments of brilliance there are plenty of dull ones": without a comma, "there is" opens the main clause.
    if (end < 0) {
      const there = tokens.findIndex((t, i) => i > at + 2 && t.normal === "there" && tokens[i + 1]?.lemma === "be" && ![...markersAt.keys()].some((m) => m > at && m < i));
      if (there > 0) end = there - 1;
    }
    if (end >= 0) ends.add(end);
  }
  return ends;
}

export function clauseOf(clauses: Clause[], tokenIndex: number): Clause | undefined {
  return clauses.find((c) => tokenIndex >= c.first && tokenIndex <= c.last);
}
