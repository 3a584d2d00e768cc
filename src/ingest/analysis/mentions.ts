import type { FilmContext, UnresolvedMention } from "../analysis-types";
import type { Polarity, ReviewAnalysis } from "../../graph/review-writes";
import { clauseOf, splitClauses } from "./clauses";
import { buildNameIndex, type NameIndex } from "./name-index";
import { linkNames, type NameMention } from "./name-linking";
import { polarityOf, scoreClauses, scoreSpan } from "./polarity";
import type { AnalysedSentence } from "./sentences";
import { tokenize } from "./tokens";
import { PhraseMatcher } from "./phrase-matcher";
import { shippedAspectDefinitions } from "../../seed/aspect-definitions";

type Credit = "cast" | "director" | "writer";
// The aspect a sentence names says which credit a shared surname means ("Whitlock's direction").
const CREDIT_OF_ASPECT: Record<string, Credit> = { direction: "director", screenplay: "writer", performance: "cast" };
let creditCues: PhraseMatcher<Credit> | undefined;
function creditWords(): PhraseMatcher<Credit> {
  if (creditCues) return creditCues;
  creditCues = new PhraseMatcher();
  for (const d of shippedAspectDefinitions()) {
    const credit = CREDIT_OF_ASPECT[d.name];
    if (credit) for (const cue of d.cues) creditCues.add(cue, credit);
  }
  return creditCues;
}

const ordinary = new Map<string, boolean>();
/** Whether a capitalized word is an ordinary word written lowercase ("Bear", "Gives"), not a name. */
function ordinaryWord(word: string): boolean {
  const lower = word.toLowerCase();
  let known = ordinary.get(lower);
  if (known === undefined) {
    const pos = tokenize(lower).tokens[0]?.pos;
    known = pos !== undefined && pos !== "PROPN" && pos !== "X";
    if (ordinary.size > 5000) ordinary.clear();
    ordinary.set(lower, known);
  }
  return known;
}

export type LinkedMention = ReviewAnalysis["mentions"][number];

export interface SentenceMentions {
  linked: LinkedMention[];
  /** Ambiguous names, and proper nouns matching no credit (key: to ask recognizePeople). */
  unresolved: (UnresolvedMention & { key?: string; name?: string })[];
  /** Where the sentence names cast members and characters, with their billing (1 = top). */
  cast: CastMention[];
  /** Where it names a director or a writer who does not act in the film. */
  crew: CrewMention[];
}

export interface CastMention {
  token: number;
  billing: number;
  /** An actor, not a character: the sentence can be about acting. */
  actor: boolean;
}

export interface CrewMention {
  token: number;
  /** What naming them judges: the direction for a director, the screenplay for a writer. */
  aspect: "direction" | "screenplay";
}

interface FilmNames {
  index: NameIndex;
  /** Billing of each cast member and character (1 = top). */
  billing: Map<string, number>;
  crew: Map<string, CrewMention["aspect"]>;
}

const cache = new WeakMap<FilmContext, FilmNames>();

function filmNames(film: FilmContext): FilmNames {
  const cached = cache.get(film);
  if (cached) return cached;
  const billing = new Map<string, number>();
  film.roles.forEach((role, i) => {
    const order = role.billing ?? i + 1;
    billing.set(`Role:${role.id}`, order);
    if (role.personId) billing.set(`Person:${role.personId}`, Math.min(order, billing.get(`Person:${role.personId}`) ?? order));
  });
  const crew = new Map<string, CrewMention["aspect"]>();
  for (const person of film.people) {
    const credits = person.credits ?? [];
    if (credits.includes("cast") || billing.has(`Person:${person.id}`)) continue;
    if (credits.includes("director")) crew.set(`Person:${person.id}`, "direction");
    else if (credits.includes("writer")) crew.set(`Person:${person.id}`, "screenplay");
  }
  const names = { index: buildNameIndex(film), billing, crew };
  cache.set(film, names);
  return names;
}

function mentionPolarity(sentence: AnalysedSentence, tokenIndex: number): Polarity {
  const clauses = splitClauses(sentence.tokens);
  const clause = clauseOf(clauses, tokenIndex);
  if (!clause) return "NEUTRAL";
  const own = polarityOf(scoreSpan(sentence.tokens, clause.first, clause.last, { aboutCraft: true }));
  const whole = polarityOf(scoreClauses(sentence.tokens, clauses, { aboutCraft: true }));
  // "Although Lou is compelling, I wish ...": praised in passing, faulted in the main clause.
  if (clause.role === "concessive" && own !== "NEUTRAL" && whole !== "NEUTRAL" && own !== whole) return "MIXED";
  return own;
}

/**
 * "Wilson is wonderful as Richie": a surname two actors share is the one who plays the character
 * the same sentence names, when exactly one candidate does.
 */
function resolveByCharacter(names: NameMention[], film: FilmContext): NameMention[] {
  const rolesNamed = new Set(names.flatMap((n) => (n.kind === "linked" && n.target.type === "Role" ? [n.target.id] : [])));
  if (rolesNamed.size === 0) return names;
  const actorsNamed = new Set(film.roles.filter((r) => rolesNamed.has(r.id) && r.personId).map((r) => r.personId));
  return names.map((name) => {
    if (name.kind !== "unresolved") return name;
    const playing = name.candidates.filter((c) => c.type === "Person" && actorsNamed.has(c.id));
    return playing.length === 1 ? { kind: "linked", surface: name.surface, start: name.start, end: name.end, target: playing[0]! } : name;
  });
}

/**
 * "Whitlock's direction is assured" with a director and a co-writer both named Whitlock: a shared
 * surname is the candidate credited for the craft the sentence names, when exactly one is.
 */
function resolveByCredit(names: NameMention[], film: FilmContext, sentence: AnalysedSentence): NameMention[] {
  if (!names.some((n) => n.kind === "unresolved")) return names;
  const named = new Set(creditWords().find(sentence.tokens).map((m) => m.value));
  if (named.size !== 1) return names;
  const credits = new Map(film.people.map((p) => [p.id, p.credits ?? []]));
  return names.map((name) => {
    if (name.kind !== "unresolved") return name;
    const fits = name.candidates.filter((c) => c.type === "Person" && (credits.get(c.id) ?? []).some((credit) => named.has(credit)));
    return fits.length === 1 ? { kind: "linked", surface: name.surface, start: name.start, end: name.end, target: fits[0]! } : name;
  });
}

/** The people and characters a sentence names, linked to the film's nodes or kept unresolved. */
export function sentenceMentions(sentence: AnalysedSentence, film: FilmContext): SentenceMentions {
  const { index, billing, crew } = filmNames(film);
  const result: SentenceMentions = { linked: [], unresolved: [], cast: [], crew: [] };
  const seen = new Set<string>();
  const properNoun = (start: number, end: number) => {
    const words = sentence.tokens.filter((t) => t.start >= sentence.start + start && t.end <= sentence.start + end && t.pos !== "PUNCT" && t.pos !== "PART");
    return words.length > 0 && words.every((t) => t.pos === "PROPN");
  };
  const names = resolveByCharacter(linkNames(sentence.text, index, film.title, properNoun, ordinaryWord), film);
  for (const name of resolveByCredit(names, film, sentence)) {
    const start = sentence.start + name.start;
    const end = sentence.start + name.end;
    let tokenIndex = sentence.tokens.findIndex((t) => t.start >= start);
    if (tokenIndex < 0) tokenIndex = sentence.tokens.length - 1;
    const polarity = mentionPolarity(sentence, tokenIndex);
    if (name.kind !== "linked") {
      result.unresolved.push({
        surface: name.surface,
        reason: name.kind === "unknown" ? "unknown" : "ambiguous",
        candidates: name.kind === "unknown" ? [] : name.candidates.map((c) => `${c.type}:${c.id}`),
        ...(name.kind === "unknown" ? { key: name.key, name: name.name } : {}),
        polarity,
        evidence: sentence.text,
        start,
        end,
      });
      continue;
    }
    const key = `${name.target.type}:${name.target.id}`;
    const order = billing.get(key);
    if (order !== undefined) result.cast.push({ token: tokenIndex, billing: order, actor: name.target.type === "Person" });
    const crewAspect = crew.get(key);
    if (crewAspect) result.crew.push({ token: tokenIndex, aspect: crewAspect });
    if (seen.has(key)) continue;
    seen.add(key);
    result.linked.push({ targetType: name.target.type, targetId: name.target.id, polarity, evidence: sentence.text, start, end });
  }
  return result;
}
