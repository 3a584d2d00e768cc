import type { FilmContext, UnresolvedMention } from "../analysis-types";
import type { Polarity, ReviewAnalysis } from "../../graph/review-writes";
import { clauseOf, splitClauses, type Clause } from "./clauses";
import { creditNear, partBefore } from "./credit-context";
import { SUPPORTING_FROM_BILLING } from "./aspects";
import { buildNameIndex, wordKey, type NameIndex } from "./name-index";
import { linkNames, oneEditApart, type NameMention } from "./name-linking";
import { nameKey, splitName, type NameTarget } from "./name-index";
import { ageCue, careerWorks, groupNouns, honorifics, ranks, relationNouns } from "./name-words";
import { polarityOf, scoreClauses, scoreSpan } from "./polarity";
import type { AnalysedSentence } from "./sentences";
import { tokenize } from "./tokens";
import { criticismLexicon } from "./lexicon";
import { PhraseMatcher } from "./phrase-matcher";
import { shippedAspectDefinitions } from "../../seed/aspect-definitions";

// Words for the film that a person's name may modify ("a Keanu Reeves vehicle", "the new Nolan film"): the critics' lexicon's film words.
const FILM_NAMING_NOUNS: ReadonlySet<string> = new Set(criticismLexicon.filmWords);

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

const wordClasses = new Map<string, string | undefined>();
/**
 * Words whose class is kept (each costs a wink readDoc when first met; an ingest of thousands of
 * reviews meets tens of thousands of capitalized words); past that the table starts afresh.
 */
const KEEP_WORD_CLASSES = 50_000;
/** wink's part of speech of a word written lowercase, alone ("bear" NOUN, "all" DET). */
function wordClass(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (wordClasses.has(lower)) return wordClasses.get(lower);
  const pos = tokenize(lower).tokens[0]?.pos;
  if (wordClasses.size > KEEP_WORD_CLASSES) wordClasses.clear();
  wordClasses.set(lower, pos);
  return pos;
}
/** Whether a capitalized word is an ordinary word written lowercase ("Bear", "Gives"), not a name. */
function ordinaryWord(word: string): boolean {
  const pos = wordClass(word);
  return pos !== undefined && pos !== "PROPN" && pos !== "X";
}
const CLOSED_CLASSES = new Set(["DET", "PRON", "ADP", "AUX", "CCONJ", "SCONJ", "PART"]);
/** Whether a word is a function word ("All", "Some", "Both"), a name only where it is not capitalized by its place. */
const functionWord = (word: string): boolean => CLOSED_CLASSES.has(wordClass(word) ?? "");

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
  /** Credited only as themselves ("Himself", "Herself"): a documentary's subject, not a performer. */
  asSelf: boolean;
  /** The name modifies a word for the film ("the latest Keanu Reeves vehicle"): it names the film judged, not the actor. */
  namesTheFilm?: boolean;
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
  /** Cast members and roles credited only as themselves (`Person:id`, `Role:id`). */
  selves: Set<string>;
  crew: Map<string, CrewMention["aspect"]>;
  /** Cast members also credited as director or writer, with that credit's aspect. */
  castCrew: Map<string, CrewMention["aspect"]>;
}

const cache = new WeakMap<FilmContext, FilmNames>();

// A credit as oneself: "Himself", "Herself", "Themselves", "Self" (IMDb's forms), alone.
const SELF_CREDITS = new Set(["himself", "herself", "themselves", "self", "myself"]);
const isSelfRole = (name: string) => SELF_CREDITS.has(name.trim().toLowerCase());

function filmNames(film: FilmContext): FilmNames {
  const cached = cache.get(film);
  if (cached) return cached;
  const billing = new Map<string, number>();
  const selves = new Set<string>();
  const actsAs = new Map<string, boolean>();
  film.roles.forEach((role, i) => {
    const order = role.billing ?? i + 1;
    billing.set(`Role:${role.id}`, order);
    const self = isSelfRole(role.name);
    if (self) selves.add(`Role:${role.id}`);
    if (role.personId) {
      billing.set(`Person:${role.personId}`, Math.min(order, billing.get(`Person:${role.personId}`) ?? order));
      actsAs.set(role.personId, (actsAs.get(role.personId) ?? false) || !self);
    }
  });
  for (const [personId, acts] of actsAs) if (!acts) selves.add(`Person:${personId}`);
  const crew = new Map<string, CrewMention["aspect"]>();
  const castCrew = new Map<string, CrewMention["aspect"]>();
  for (const person of film.people) {
    const credits = person.credits ?? [];
    const aspect = credits.includes("director") ? "direction" : credits.includes("writer") ? "screenplay" : undefined;
    if (!aspect) continue;
    // Who also acts is judged as cast unless the sentence's words give the crew credit (sentenceMentions).
    if (credits.includes("cast") || billing.has(`Person:${person.id}`)) castCrew.set(`Person:${person.id}`, aspect);
    else crew.set(`Person:${person.id}`, aspect);
  }
  const names = { index: buildNameIndex(film), billing, selves, crew, castCrew };
  cache.set(film, names);
  return names;
}

// The polarity of a sentence's clauses and of the whole sentence, judged as craft: the same for
// every name of the sentence, so computed once per sentence (token lists are not changed once made).
// The whole sentence's is read only for a name in a concessive clause, so it is computed only then.
const craftPolarities = new WeakMap<AnalysedSentence["tokens"], { clauses: Map<Clause, Polarity>; whole?: Polarity }>();

function mentionPolarity(sentence: AnalysedSentence, tokenIndex: number): Polarity {
  const clauses = splitClauses(sentence.tokens);
  const clause = clauseOf(clauses, tokenIndex);
  if (!clause) return "NEUTRAL";
  let known = craftPolarities.get(sentence.tokens);
  if (!known) {
    known = { clauses: new Map() };
    craftPolarities.set(sentence.tokens, known);
  }
  let own = known.clauses.get(clause);
  if (own === undefined) {
    own = polarityOf(scoreSpan(sentence.tokens, clause.first, clause.last, { aboutCraft: true }));
    known.clauses.set(clause, own);
  }
  // "Although Lou is compelling, I wish ...": praised in passing, faulted in the main clause.
  if (clause.role !== "concessive" || own === "NEUTRAL") return own;
  const whole = (known.whole ??= polarityOf(scoreClauses(sentence.tokens, clauses, { aboutCraft: true })));
  if (whole !== "NEUTRAL" && own !== whole) return "MIXED";
  return own;
}

/**
 * "Wilson is wonderful as Richie": a surname two actors share is the one who plays the character
 * the same sentence names, when exactly one candidate does.
 */
function resolveByCharacter(names: NameMention[], film: FilmContext, sentence: string): NameMention[] {
  // "as Ottilie's feckless younger brother": a character whose relation the part is names another's part.
  const relationOf = (n: NameMention) => POSSESSIVE_END.test(n.surface) && RELATION_AFTER.exec(sentence.slice(n.end))?.[1]?.split(/\s+/).some((w) => relationNouns.has(w.replace(/s$/u, "")) || relationNouns.has(w)) === true;
  const rolesNamed = new Set(names.flatMap((n) => (n.kind === "linked" && n.target.type === "Role" && !relationOf(n) ? [n.target.id] : [])));
  if (rolesNamed.size === 0) return names;
  const actorsNamed = new Set(film.roles.filter((r) => rolesNamed.has(r.id) && r.personId).map((r) => r.personId));
  return names.map((name) => {
    if (name.kind !== "unresolved" || name.settled) return name;
    const playing = name.candidates.filter((c) => c.type === "Person" && actorsNamed.has(c.id));
    return playing.length === 1 ? { kind: "linked", surface: name.surface, start: name.start, end: name.end, target: playing[0]! } : name;
  });
}

const OWNERS = new Set(["his", "her", "their"]);
// The words after a possessive, up to four ("'s feckless younger brother").
const RELATION_AFTER = /^\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)/u;

/**
 * "Whitlock's direction is assured" with a director and a co-writer both named Whitlock: a shared
 * surname is the candidate credited for the craft the sentence names, when exactly one is.
 */
function resolveByCredit(names: NameMention[], film: FilmContext, sentence: AnalysedSentence): NameMention[] {
  if (!names.some((n) => n.kind === "unresolved")) return names;
  // "Johnson and his troupe of actors": actors someone has are theirs to direct; no actor's credit is named.
  const owned = (m: { first: number; value: Credit }) => m.value === "cast" && sentence.tokens.slice(Math.max(0, m.first - 3), m.first).some((t) => OWNERS.has(t.normal));
  const named = new Set(creditWords().find(sentence.tokens).filter((m) => !owned(m)).map((m) => m.value));
  if (named.size !== 1) return names;
  const credits = new Map(film.people.map((p) => [p.id, p.credits ?? []]));
  return names.map((name) => {
    if (name.kind !== "unresolved" || name.settled) return name;
    const fits = name.candidates.filter((c) => c.type === "Person" && (credits.get(c.id) ?? []).some((credit) => named.has(credit)));
    return fits.length === 1 ? { kind: "linked", surface: name.surface, start: name.start, end: name.end, target: fits[0]! } : name;
  });
}

/**
 * "As the husband, Brenner is superbly unsettling", "Brenner's film", "Kroll stages the crossing"
 * with an actor and a director both named Brenner (Kroll): a shared surname is the candidate
 * credited for what the words around the name say they do (credit-context.ts), when exactly one is.
 */
function resolveByNearWords(names: NameMention[], film: FilmContext, sentence: string): NameMention[] {
  if (!names.some((n) => n.kind === "unresolved" && !n.settled)) return names;
  const credits = new Map(film.people.map((p) => [p.id, p.credits ?? []]));
  return names.map((name) => {
    if (name.kind !== "unresolved" || name.settled) return name;
    const credit = creditNear(sentence, name.start, name.end);
    if (!credit) return name;
    let fits = name.candidates.filter((c) => c.type === "Person" && (credits.get(c.id) ?? []).includes(credit));
    // "As the sheriff, Ware ..." with two actors named Ware: the one whose part the words name ("Sheriff Ostrow").
    const part = credit === "cast" && fits.length > 1 ? partBefore(sentence, name.start) : [];
    if (part.length > 0) fits = fits.filter((c) => film.roles.some((r) => r.personId === c.id && r.name.toLowerCase().split(/\s+/).some((w) => part.includes(w))));
    return fits.length === 1 ? linkedTo(name, fits[0]!) : name;
  });
}

/** The names of each sentence of a review, and what the whole review says about who is who. */
export interface ReviewNames {
  bySentence: Map<number, NameMention[]>;
  /** Targets the review names by a full name of two words or more ("Ada Lindqvist"): "Type:id". */
  namedInFull: Set<string>;
  /** Where in the review each of them is first named in full (offset in the review). */
  firstNamedInFullAt: Map<string, number>;
  /** A critic's spelling of a character's name, tied to the character by its actor ("Rubin (Tam Okoro)"): key -> target. */
  aliases: Map<string, NameTarget>;
  /**
   * First names that stand for one credited person in this review ("Rosalind" after "Rosalind
   * Achebe"): key -> person. Only a person the review names in full, and whose first name no other
   * person the review names (credited or not) shares.
   */
  firstNames: Map<string, NameTarget>;
  /** The longer names the review gives that match no credit ("Maggie Gyllenhaal"): keys. */
  otherNames: Set<string>;
}

const targetKey = (t: NameTarget) => `${t.type}:${t.id}`;
const linkedTo = (name: NameMention, target: NameTarget): NameMention => ({ kind: "linked", surface: name.surface, start: name.start, end: name.end, target });
const POSSESSIVE_END = /(?:['’]s|(?<=s)['’])$/u;
// Before a possessive that names a place ("under Gusteau's", "bring Gusteau's back").
const PLACE_WORDS = new Set(["at", "under", "to", "into", "from", "outside", "inside", "near", "behind", "beneath", "above", "bring", "brings", "save", "saves", "run", "runs", "reopen", "reopens"]);
// "his last name is", "her real first name happens to be", "a surname like".
const NAME_AS_WORD = /\b(?:last|first|middle|family|real|maiden|sur)\s*name\s+(?:is|was|happens to be|being|of|like)\s+$/iu;
// "<actor>, as the eager Blake", "<actor> plays McClane", "<actor> is perfectly cast as anger".
// Between "as" and the name only words that describe the part ("the eager"), not a relation to
// another ("as a rival to Tom Brenner").
const ACTOR_BEFORE =
  /^,?[^\p{Lu}.;:!?()]{0,40}?\b(?:as|plays|played|playing|portrays|portrayed|portraying)\s+(?:(?!(?:to|of|for|with|against|opposite|and|or|than|like|from|by)\s)[\p{Ll}-]+\s+){0,3}$/u;

/**
 * The people a sentence ties to the name at [start, end) as its actor: "Jackman's Barnum",
 * "Willis plays McClane", "Chapman, as the eager Blake", "Rubin (Tam Okoro)", "Joe, played by
 * Lev Marsh". Returns their person ids.
 */
function actorsOf(sentence: string, names: NameMention[], start: number, end: number): Set<string> {
  const actors = new Set<string>();
  for (const n of names) {
    if (n.kind !== "linked" || n.target.type !== "Person") continue;
    if (n.end <= start) {
      const between = sentence.slice(n.end, start);
      if ((POSSESSIVE_END.test(n.surface) && /^\s+$/.test(between)) || ACTOR_BEFORE.test(between)) actors.add(n.target.id);
    } else if (n.start >= end) {
      if (/^\s*\($/.test(sentence.slice(end, n.start)) || /^,?\s+(?:who\s+is\s+)?played\s+by\s+$/.test(sentence.slice(end, n.start))) actors.add(n.target.id);
    }
  }
  return actors;
}

const LIST_SEPARATOR = /^(?:\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+)$/u;

/**
 * A name an actor and a character share (Kyle Chandler, who plays the brother, and Lee Chandler),
 * settled by the shape of the sentence: alone in brackets after a character or a role ("his
 * brother (Chandler)": the actor; "Affleck (Chandler)": the character that actor plays), or in a
 * list whose other names are all of one kind ("Hedges, Chandler, Mol": actors).
 */
function resolveByShape(names: NameMention[], sentence: string, billing: Map<string, number>): NameMention[] {
  return names.map((name, i) => {
    if (name.kind !== "unresolved" || name.settled) return name;
    const bare = name.surface.replace(POSSESSIVE_END, "");
    const before = sentence.slice(0, name.start);
    let kind: NameTarget["type"] | undefined;
    let actor: string | undefined;
    if (/\(\s*$/u.test(before) && /^\s*\)/u.test(sentence.slice(name.start + bare.length))) {
      const previous = names[i - 1];
      const nextTo = previous !== undefined && /^\s*\(\s*$/u.test(sentence.slice(previous.end, name.start));
      if (nextTo && previous.kind === "linked" && previous.target.type === "Person") [kind, actor] = ["Role", previous.target.id];
      else if (!nextTo || previous.kind === "linked") kind = "Person";
    } else {
      const neighbours = [names[i - 1], names[i + 1]].filter(
        (n): n is NameMention => n !== undefined && LIST_SEPARATOR.test(n.end <= name.start ? sentence.slice(n.end, name.start) : sentence.slice(name.end, n.start)),
      );
      const kinds = new Set(neighbours.map((n) => (n.kind === "linked" ? n.target.type : undefined)));
      if (neighbours.length > 0 && kinds.size === 1 && !kinds.has(undefined)) kind = [...kinds][0];
    }
    if (!kind) return name;
    const fits = name.candidates.filter(
      (c) => c.type === kind && (kind === "Role" ? !actor || c.personId === actor : billing.has(`Person:${c.id}`)),
    );
    return fits.length === 1 ? linkedTo(name, fits[0]!) : name;
  });
}

// "(Ivy Moss)" right after a name: who plays it.
const BRACKETED_NAME = /^\s*\(\s*\p{Lu}/u;

// Billed below this: a small part (a flashback's younger self), not one a bare name could mean.
const MINOR_FROM_BILLING = 5;

/**
 * Resolves a shared name by what the sentence says: the age before it ("young J.D.", "the
 * grown-up Murph"), the actor tied to it ("Jackman's Barnum"), or another candidate set apart by
 * a relation and named without the shared word ("Rogers' widow, Joanne": Rogers is not Joanne).
 */
function resolveBySentence(names: NameMention[], sentence: string, billing: Map<string, number>): NameMention[] {
  return names.map((name) => {
    if (name.kind !== "unresolved" || name.settled) return name;
    const before = sentence.slice(0, name.start).split(/[\s,]+/).filter(Boolean).slice(-2);
    const age = before.map(ageCue).find((a) => a !== undefined);
    if (age) {
      const fits = name.candidates.filter((c) => c.type === "Role" && (age === "adult" ? !c.age || c.age === "adult" : c.age === age));
      if (fits.length === 1) return linkedTo(name, fits[0]!);
    } else {
      // "Philippe Petit" in a documentary crediting him and a "Young Philippe Petit" played by
      // another: with no age said, the name is the person, not the younger self.
      const people = name.candidates.filter((c) => c.type === "Person");
      const roles = name.candidates.filter((c) => c.type === "Role");
      if (people.length === 1 && roles.length > 0 && roles.every((r) => r.age !== undefined && r.age !== "adult" && r.personId !== people[0]!.id)) {
        return linkedTo(name, people[0]!);
      }
      // "Anna" in Frozen, whose "Young Anna" is a small part billed far down: with no age said, the lead.
      const unaged = roles.filter((r) => r.age === undefined || r.age === "adult");
      const aged = roles.filter((r) => !unaged.includes(r));
      const order = (t: NameTarget) => billing.get(targetKey(t)) ?? Infinity;
      if (people.length === 0 && unaged.length === 1 && aged.length > 0 && order(unaged[0]!) < SUPPORTING_FROM_BILLING && aged.every((r) => order(r) > MINOR_FROM_BILLING)) {
        return linkedTo(name, unaged[0]!);
      }
      // "Nora" in a film crediting "Nora" and "Young Nora": the credits name the younger self after
      // the character, so the bare name is the character credited by it alone, unless a bracket
      // after it names an actor who is not the one playing that character ("Nora (Ivy Moss)").
      const bare = nameKey(splitName(name.surface.replace(POSSESSIVE_END, "")));
      const otherActor = BRACKETED_NAME.test(sentence.slice(name.end)) && !actorsOf(sentence, names, name.start, name.end).has(unaged[0]?.personId ?? "");
      if (people.length === 0 && unaged.length === 1 && aged.length > 0 && !otherActor && nameKey(splitName(unaged[0]!.name)) === bare) {
        return linkedTo(name, unaged[0]!);
      }
    }
    const nextWord = /^\s+([\p{L}-]+)/u.exec(sentence.slice(name.end))?.[1]?.toLowerCase();
    const relation = POSSESSIVE_END.test(name.surface) && nextWord !== undefined && relationNouns.has(nextWord);
    if (!relation) {
      const actors = actorsOf(sentence, names, name.start, name.end);
      const played = name.candidates.filter((c) => c.type === "Role" && c.personId && actors.has(c.personId));
      if (played.length === 1) return linkedTo(name, played[0]!);
    }
    // Only where a relation word sets the two apart: "Rogers' widow, Joanne", "his wife Hanne" (a
    // sentence may call one person by both names: "Amy ... Winehouse's voice").
    const shared = name.surface.replace(POSSESSIVE_END, "").toLowerCase();
    const setApart = (n: NameMention) =>
      relation || relationNouns.has(/([\p{L}-]+)[\s,]+$/u.exec(sentence.slice(0, n.start))?.[1]?.toLowerCase() ?? "");
    const apart = new Set(
      names.flatMap((n) => (n.kind === "linked" && !n.surface.toLowerCase().includes(shared) && setApart(n) ? [targetKey(n.target)] : [])),
    );
    const rest = name.candidates.filter((c) => !apart.has(targetKey(c)));
    if (rest.length === 1 && rest.length < name.candidates.length) return linkedTo(name, rest[0]!);
    // Characters sharing a first name, played by different actors ("Allie" young and old): the one
    // whose actor the sentence names ("McAdams makes Allie's impulsiveness irresistible"). Not a
    // shared surname: "Haller is steely, and Brenner, her husband, ..." names another of the family.
    const firstWord = (c: NameTarget) => nameKey([splitName(c.name).find((w) => !honorifics.has(wordKey(w)) && !ranks.has(wordKey(w))) ?? ""]);
    if (!relation && name.candidates.every((c) => c.type === "Role" && firstWord(c) === nameKey([shared]))) {
      const inSentence = new Set(names.flatMap((n) => (n.kind === "linked" && n.target.type === "Person" ? [n.target.id] : [])));
      const played = name.candidates.filter((c) => c.personId && inSentence.has(c.personId));
      if (played.length === 1) return linkedTo(name, played[0]!);
    }
    return name;
  });
}

/**
 * "Maggie Gyllenhaal ... Gyllenhaal" in a review of a film that credits only Jake Gyllenhaal: a
 * credited person's bare surname is doubtful when the review names someone else by it in full and
 * never names the credited one in full (kept unresolved). A full name whose first name opens with
 * the credited one's first three letters is read as a variant of it, not someone else ("Ronaldo Del
 * Carmen" for Ronnie Del Carmen).
 */
// Not a character's: the credits give characters' names in part ("Private Ryan"), and critics the
// whole ("James Ryan"), so a longer name ending in a character's surname is often the character.
function checkOtherBearers(names: NameMention[], review: ReviewNames | undefined): NameMention[] {
  if (!review || review.otherNames.size === 0) return names;
  return names.map((name) => {
    if (name.kind !== "linked" || name.target.type !== "Person" || review.namedInFull.has(targetKey(name.target))) return name;
    const key = nameKey(name.surface.replace(POSSESSIVE_END, "").split(/\s+/));
    const credited = nameKey(splitName(name.target.name));
    if (key === credited) return name;
    // Not a variant of the credited first name ("Ronaldo Del Carmen" for Ronnie Del Carmen).
    const first = credited.split(" ")[0]!;
    const otherBearer = (other: string) => other.endsWith(` ${key.split(" ").at(-1)!}`) && other.slice(0, 3) !== first.slice(0, 3);
    if (![...review.otherNames].some(otherBearer)) return name;
    return { kind: "unresolved", surface: name.surface, start: name.start, end: name.end, reason: "ambiguous", candidates: [name.target], settled: true };
  });
}

/**
 * A shared name the sentence does not settle, read as the one candidate the review names in full
 * ("Ada Lindqvist ... Lindqvist" when it never names Tomas Lindqvist in full); never after an
 * honorific ("Mrs Wick"), which may mean the other. When the review names none of them in full,
 * a surname shared by the top-billed actor and supporting players only is the top-billed one: "Rodriguez" in
 * a documentary about Sixto Rodriguez whose daughters appear too.
 */
function resolveByReview(names: NameMention[], sentence: string, review: ReviewNames | undefined, billing: Map<string, number>): NameMention[] {
  if (!review) return names;
  return names.map((name) => {
    if (name.kind !== "unresolved" || name.settled) return name;
    const previous = /([\p{L}.]+)\s+$/u.exec(sentence.slice(0, name.start))?.[1];
    if (previous && honorifics.has(previous.replace(/\.$/, "").toLowerCase())) return name;
    const full = name.candidates.filter((c) => review.namedInFull.has(targetKey(c)));
    if (full.length === 1) return linkedTo(name, full[0]!);
    if (full.length > 0 || name.candidates.some((c) => c.type !== "Person")) return name;
    const orders = name.candidates.map((c) => billing.get(targetKey(c)));
    const top = orders.indexOf(1);
    const othersSupporting = orders.every((o, i) => i === top || (o !== undefined && o >= SUPPORTING_FROM_BILLING));
    return top >= 0 && othersSupporting ? linkedTo(name, name.candidates[top]!) : name;
  });
}

// "who has played both Pooh and Tigger in several Disney projects": parts of a career, in other works.
const CAREER_BEFORE = /\b(?:has|have|had)\s+(?:\p{Ll}+\s+)?(?:played|voiced|portrayed)\s[^.;:!?()]*$/u;
const inOtherWorks = (sentence: string, start: number, end: number): boolean => {
  if (!CAREER_BEFORE.test(sentence.slice(0, start))) return false;
  const clause = sentence.slice(end).split(/[.;:!?()]/u)[0]!;
  return [...clause.matchAll(/\bin\s+((?:[\p{L}\p{N}'’-]+\s+){0,5}[\p{L}-]+)/gu)].some((m) =>
    m[1]!.split(/\s+/).some((w) => careerWorks.has(w.toLowerCase())),
  );
};

/** Whether the name right before `name`, with a possessive, is one the film does not credit ("VanderMeer's Lena"). */
function ownedByTheUncredited(names: NameMention[], name: NameMention, sentence: string): boolean {
  const owner = names.find((n) => n.end <= name.start && /^\s$/u.test(sentence.slice(n.end, name.start)) && n.end - n.start >= 2);
  return owner?.kind === "unknown" && POSSESSIVE_END.test(owner.surface) && !STUDIOS.has(owner.surface.replace(POSSESSIVE_END, "").toLowerCase());
}
// "Disney's Elsa", "Pixar's Woody": the studio's character is the film's.
const STUDIOS = new Set(["disney", "pixar", "marvel", "dc", "dreamworks", "warner", "netflix", "universal", "sony", "lucasfilm", "illumination", "ghibli", "aardman", "paramount", "fox", "hbo", "amazon", "apple", "a24", "laika", "mattel", "hasbro", "nickelodeon"]);

/**
 * What a sentence's context says against a link: "the Park family" and "the Neiman kitchen
 * table" name a group (kept unresolved); "Moreno, who won an Oscar as Anita" names a character the named actor does not
 * play in this film, and "Quill, who has played Gus in three earlier films" a part in other works
 * (another film's part: kept unresolved).
 */
function checkContext(names: NameMention[], sentence: string, film: FilmContext): NameMention[] {
  const playedBy = new Map(film.roles.map((r) => [r.id, r.personId]));
  return names.map((name) => {
    if (name.kind === "unknown") return name;
    const candidates = name.kind === "linked" ? [name.target] : name.candidates;
    const unresolved: NameMention = { kind: "unresolved", surface: name.surface, start: name.start, end: name.end, reason: "ambiguous", candidates, settled: true };
    const nextWord = /^\s+([\p{L}-]+)/u.exec(sentence.slice(name.end))?.[1]?.toLowerCase();
    if (!POSSESSIVE_END.test(name.surface) && nextWord && groupNouns.has(nextWord)) return unresolved;
    // "he lives under Gusteau's, a famous Paris restaurant", "to bring Gusteau's back": a possessive with
    // nothing owned after it, after a preposition of place or a verb of running a business, is the place.
    if (POSSESSIVE_END.test(name.surface) && /^\s*(?:[,.;:!?)]|back\b|again\b)/u.test(sentence.slice(name.end))) {
      const previous = /([\p{L}]+)\s+$/u.exec(sentence.slice(0, name.start))?.[1]?.toLowerCase();
      if (previous && PLACE_WORDS.has(previous)) return unresolved;
    }
    // "VanderMeer's Lena was Asian": a character owned by someone the film does not credit (a novelist)
    // is that person's creation, not this film's (an actor's possessive, "Portman's Lena", is linked).
    if (name.kind === "linked" && name.target.type === "Role" && ownedByTheUncredited(names, name, sentence)) return unresolved;
    // "His real last name happens to be Lebowski": the name itself, said as a word, is no one.
    if (NAME_AS_WORD.test(sentence.slice(0, name.start))) return unresolved;
    // "the Neiman kitchen table": a shared surname used of a household is no one person.
    if (name.kind === "unresolved" && /\bthe\s+$/iu.test(sentence.slice(0, name.start))) return unresolved;
    if (name.kind === "linked" && name.target.type === "Role" && inOtherWorks(sentence, name.start, name.end)) return unresolved;
    if (name.kind === "linked" && name.target.type === "Role" && !POSSESSIVE_END.test(name.surface) && /\bas\s+$/u.test(sentence.slice(0, name.start))) {
      const actor = [...names].reverse().find((n) => n.end <= name.start && n.kind === "linked" && n.target.type === "Person");
      const between = actor ? sentence.slice(actor.end, name.start) : "";
      // "(v. Kyle MacLachlan) move her to San Francisco, Riley goes haywire, as Sadness ...": another name between, another clause.
      const nameBetween = actor !== undefined && names.some((n) => n !== name && n.kind !== "unknown" && n.start >= actor.end && n.end <= name.start);
      if (actor?.kind === "linked" && between.length <= 60 && !/[;:]/.test(between) && !nameBetween && playedBy.get(name.target.id) !== actor.target.id) return unresolved;
    }
    return name;
  });
}

/**
 * "Black is perfectly cast as anger", "Murphy, as a shivering soldier": a character whose name is
 * ordinary words, written lowercase after its own actor and "as".
 */
function lowercaseCharacters(names: NameMention[], sentence: string, film: FilmContext): NameMention[] {
  const found: NameMention[] = [];
  for (const n of names) {
    if (n.kind !== "linked" || n.target.type !== "Person") continue;
    const personId = n.target.id;
    for (const role of film.roles.filter((r) => r.personId === personId)) {
      if (role.name.trim().split(/\s+/).some(notCharacterWord)) continue;
      const after = sentence.slice(n.end);
      const as = /^[^.;:!?]*?\bas\s+(?:(?:the|a|an)\s+)?/iu.exec(after);
      if (!as) continue;
      const name = role.name.trim();
      const written = after.slice(as[0].length, as[0].length + name.length);
      const followed = after.charAt(as[0].length + name.length);
      if (written.toLowerCase() !== name.toLowerCase() || !/^\p{Ll}/u.test(written) || /[\p{L}\p{N}]/u.test(followed)) continue;
      const start = n.end + as[0].length;
      if (names.some((m) => m.start <= start && m.end > start)) continue;
      found.push({ kind: "linked", surface: written, start, end: start + written.length, target: { type: "Role", id: role.id, name: role.name, personId } });
    }
  }
  return found.length === 0 ? names : [...names, ...found].sort((a, b) => a.start - b.start);
}
const notCharacters = new Set(criticismLexicon.notCharacters);
const notCharacterWord = (word: string) => notCharacters.has(word.toLowerCase());

/**
 * The character an unknown name is tied to by its actor ("Anne Hathaway, as Amelia Brand";
 * "Rubin (Tam Okoro)"): the one character that actor plays, when the name shares a word with the
 * character's credited name or is one edit from one of its words (five letters or more).
 */
function tiedCharacter(name: NameMention, sentence: string, names: NameMention[], film: FilmContext): NameTarget | undefined {
  if (name.kind !== "unknown") return undefined;
  const actors = [...actorsOf(sentence, names, name.start, name.end)];
  if (actors.length !== 1) return undefined;
  const roles = film.roles.filter((r) => r.personId === actors[0] && !r.name.trim().split(/\s+/).some(notCharacterWord));
  if (roles.length !== 1) return undefined;
  const role = roles[0]!;
  const credited = nameKey(splitName(role.name)).split(" ").filter((w) => !honorifics.has(w) && !ranks.has(w));
  const written = name.key.split(" ");
  const fits = written.some((w) => credited.includes(w)) || (written.length === 1 && written[0]!.length >= MIN_ALIAS_LENGTH && credited.some((c) => oneEditApart(c, written[0]!)));
  return fits ? { type: "Role", id: role.id, name: role.name, personId: role.personId } : undefined;
}

// "Mr and Mrs Brown", "Mr. & Mrs. Smith": two honorifics sharing one surname.
const HONORIFIC_PAIR = /\b(\p{L}+)\.?\s+(?:and|&)\s+(\p{L}+)\.?\s+$/u;

/**
 * "Hugh Bonneville and Sally Hawkins ... as Mr and Mrs Brown": a couple named by two honorifics
 * and their shared surname is the two characters of that name whom the actors the sentence names
 * play, when exactly two are (which is which would need their sex, not in the catalog: both are
 * linked at the surname).
 */
function resolveCouple(names: NameMention[], sentence: string): NameMention[] {
  return names.flatMap((name) => {
    if (name.kind !== "unresolved" || name.settled) return [name];
    const pair = HONORIFIC_PAIR.exec(sentence.slice(0, name.start));
    if (!pair || !honorifics.has(pair[1]!.toLowerCase()) || !honorifics.has(pair[2]!.toLowerCase())) return [name];
    const actors = new Set(names.flatMap((n) => (n.kind === "linked" && n.target.type === "Person" ? [n.target.id] : [])));
    const played = name.candidates.filter((c) => c.type === "Role" && c.personId && actors.has(c.personId));
    return played.length === 2 ? played.map((target) => linkedTo(name, target)) : [name];
  });
}

/** "Aaron and Adam Nee's": a first name joined to a full name shares its surname. */
function sharedSurnames(names: NameMention[], sentence: string, index: NameIndex): NameMention[] {
  return names.map((name, i) => {
    const next = names[i + 1];
    if (name.kind !== "unknown" || name.key.includes(" ") || next?.kind !== "linked") return name;
    if (!/^\s+(?:and|&)\s+$/u.test(sentence.slice(name.end, next.start))) return name;
    const words = splitName(next.target.name);
    if (words.length < 2) return name;
    const targets = index.full.get(nameKey([name.surface, ...words.slice(1)]));
    return targets?.length === 1 ? linkedTo(name, targets[0]!) : name;
  });
}

function namesOf(sentence: AnalysedSentence, film: FilmContext, index: NameIndex): NameMention[] {
  const properNoun = (start: number, end: number) => {
    const words = sentence.tokens.filter((t) => t.start >= sentence.start + start && t.end <= sentence.start + end && t.pos !== "PUNCT" && t.pos !== "PART");
    return words.length > 0 && words.every((t) => t.pos === "PROPN");
  };
  // The verb right after a name (across adverbs), by its lemma, where the tagger reads one.
  const verbAfter = (end: number) => {
    let k = sentence.tokens.findIndex((t) => t.start >= sentence.start + end);
    while (k >= 0 && sentence.tokens[k]?.pos === "ADV") k++;
    const t = k >= 0 ? sentence.tokens[k] : undefined;
    return t?.pos === "VERB" ? t.lemma : undefined;
  };
  return linkNames(sentence.text, index, film.title, properNoun, ordinaryWord, functionWord, verbAfter);
}

const MIN_ALIAS_LENGTH = 5;

/**
 * Reads every sentence's names once, and what the review as a whole says: whom it names in full,
 * and which misspelt one-word names ("Rubin" for Robin Vale) it ties to a character through the
 * character's actor. A misspelling is one edit from exactly one character's name, five letters or
 * more, and tied in at least one sentence; otherwise it stays unknown.
 */
export function reviewNames(sentences: AnalysedSentence[], film: FilmContext): ReviewNames {
  const { index } = filmNames(film);
  const review: ReviewNames = { bySentence: new Map(), namedInFull: new Set(), firstNamedInFullAt: new Map(), aliases: new Map(), firstNames: new Map(), otherNames: new Set() };
  // First words of the longer names the review gives that match no credit ("Rosalind Franklin").
  const otherFirstNames = new Set<string>();
  for (const sentence of sentences) {
    const names = namesOf(sentence, film, index);
    review.bySentence.set(sentence.index, names);
    for (const n of names) {
      if (n.kind === "linked" && n.surface.trim().split(/\s+/).length > 1) {
        review.namedInFull.add(targetKey(n.target));
        if (!review.firstNamedInFullAt.has(targetKey(n.target))) review.firstNamedInFullAt.set(targetKey(n.target), sentence.start + n.start);
      }
      if (n.kind === "unknown" && n.key.includes(" ")) {
        otherFirstNames.add(n.key.split(" ")[0]!);
        review.otherNames.add(n.key);
      }
      if (n.kind !== "unknown" || review.aliases.has(n.key)) continue;
      const role = tiedCharacter(n, sentence.text, names, film);
      if (role) review.aliases.set(n.key, role);
    }
  }
  review.firstNames = firstNamesOf(film, review.namedInFull, otherFirstNames);
  return review;
}

const MIN_MISSPELT_SURNAME = 7;

/**
 * "Lukas Verhoeven-Tamm ... Verhoven-Tamm's": a one-word misspelling (one edit: a letter added,
 * dropped, changed, or two swapped; seven letters or more) of the surname of the one person or
 * character the review has already named in full. A one-word name is never guessed otherwise.
 */
function misspeltSurname(name: NameMention & { kind: "unknown" }, sentence: AnalysedSentence, film: FilmContext, review: ReviewNames | undefined): NameTarget | undefined {
  if (!review || name.key.includes(" ") || name.key.length < MIN_MISSPELT_SURNAME) return undefined;
  const at = sentence.start + name.start;
  const credits: NameTarget[] = [
    ...film.people.map((p): NameTarget => ({ type: "Person", id: p.id, name: p.name })),
    ...film.roles.map((r): NameTarget => ({ type: "Role", id: r.id, name: r.name, personId: r.personId })),
  ];
  const fits = credits.filter((t) => {
    const words = nameKey(splitName(t.name)).split(" ");
    const surname = words.at(-1)!;
    const fullAt = review.firstNamedInFullAt.get(targetKey(t));
    return words.length > 1 && fullAt !== undefined && fullAt < at && surname.length >= MIN_MISSPELT_SURNAME && oneEditApart(surname, name.key);
  });
  // Every credit one edit away counts, named in the review or not: two make it doubtful.
  const near = credits.filter((t) => {
    const surname = nameKey(splitName(t.name)).split(" ").at(-1)!;
    return surname.length >= MIN_MISSPELT_SURNAME && oneEditApart(surname, name.key);
  });
  return fits.length === 1 && new Set(near.map(targetKey)).size === 1 ? fits[0] : undefined;
}

/** The person a first name stands for, once the review has named them in full ("Rosalind Achebe ... Rosalind"). */
function firstNameAfterFull(name: NameMention & { kind: "unknown" }, sentence: AnalysedSentence, review: ReviewNames | undefined): NameTarget | undefined {
  const person = review?.firstNames.get(name.key);
  const fullAt = person ? review?.firstNamedInFullAt.get(targetKey(person)) : undefined;
  return person && fullAt !== undefined && fullAt < sentence.start + name.start ? person : undefined;
}

/**
 * "Rosalind Achebe ... Rosalind shines": the first names of the credited people a review names in
 * full, each standing for its person after that (firstNameAfterFull), unless two such people share it or the review names someone
 * else by it (otherFirstNames). A name of the film's characters is never one (it is not unknown).
 */
function firstNamesOf(film: FilmContext, namedInFull: Set<string>, otherFirstNames: Set<string>): Map<string, NameTarget> {
  const byKey = new Map<string, NameTarget[]>();
  for (const person of film.people) {
    const words = splitName(person.name);
    if (words.length < 2 || !namedInFull.has(`Person:${person.id}`)) continue;
    const key = nameKey([words[0]!]);
    if (key.length < 2 || key.includes(" ") || honorifics.has(key) || otherFirstNames.has(key)) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), { type: "Person", id: person.id, name: person.name }]);
  }
  // Someone else credited with that first name, named in the review or not, makes it doubtful.
  const credited = new Map<string, number>();
  for (const person of film.people) {
    const first = splitName(person.name)[0];
    if (first) credited.set(nameKey([first]), (credited.get(nameKey([first])) ?? 0) + 1);
  }
  const firstNames = new Map<string, NameTarget>();
  for (const [key, targets] of byKey) if (targets.length === 1 && credited.get(key) === 1) firstNames.set(key, targets[0]!);
  return firstNames;
}

/**
 * The people and characters a sentence names, linked to the film's nodes or kept unresolved.
 * With the review's names (reviewNames), a shared name the sentence does not settle is read by
 * the review, and a critic's misspelling tied to a character elsewhere is linked.
 */
// A first name, a nickname in quotes and a surname: "Jeffrey “Ja Rule” Atkins".
const NICKNAME_IN_NAME = /\p{Lu}[\p{L}.'’-]*\s+[“"]([^”"]{2,40})[”"]\s+\p{Lu}[\p{L}'’-]*/gu;

/**
 * "his partner Jeffrey “Ja Rule” Atkins": a nickname in quotes inside a person's name is that
 * person when the film credits them by it (and no name already covers it).
 */
function withNicknamesInNames(names: NameMention[], sentence: string, index: NameIndex): NameMention[] {
  let kept = names;
  const added: NameMention[] = [];
  for (const match of sentence.matchAll(NICKNAME_IN_NAME)) {
    const nickname = match[1]!;
    const start = match.index! + match[0].indexOf(nickname);
    const end = start + nickname.length;
    const whole = [match.index!, match.index! + match[0].length];
    const overlapping = (n: NameMention) => n.start < whole[1]! && n.end > whole[0]!;
    // A name already linked there stands; an unknown one ("Jeffrey “Ja Rule” Atkins" read whole) gives way.
    if (kept.some((n) => overlapping(n) && n.kind !== "unknown")) continue;
    const targets = (index.full.get(nameKey(splitName(nickname))) ?? []).filter((t) => t.type === "Person");
    if (targets.length !== 1) continue;
    kept = kept.filter((n) => !overlapping(n));
    added.push({ kind: "linked", surface: nickname, start, end, target: targets[0]! });
  }
  return added.length === 0 ? names : [...kept, ...added].sort((a, b) => a.start - b.start);
}

// The words of a list of titles: capitalized words and numbers, and the small words titles keep in lowercase.
const TITLE_WORD = /^(?:[\p{Lu}\p{N}].*|and|or|of|the|a|an|in|on|to|for|with|from|&)$/u;

/**
 * "Directed by Chris Smith (Collapse, Jim and Andy: The Great Beyond)": names in brackets right
 * after a credited crew member's name, where the brackets hold only titles, are words of the titles
 * of their other work, not people; a one-word name only. `crewKey("Person:id")`: whether the person is crew on the film.
 */
function withoutTitlesOfTheirWork(names: NameMention[], sentence: string, crewKey: (key: string) => boolean): NameMention[] {
  return names.filter((name) => {
    const open = sentence.lastIndexOf("(", name.start);
    const close = open < 0 ? -1 : sentence.indexOf(")", open);
    // A full name ("(with Dario Venn)") is a person whatever surrounds it.
    if (open < 0 || close < name.end || /\s/u.test(name.surface.trim())) return true;
    const owner = names.find((n) => n.kind === "linked" && n.target.type === "Person" && crewKey(`Person:${n.target.id}`) && n.end <= open && /^\s*$/u.test(sentence.slice(n.end, open)));
    if (!owner) return true;
    const words = sentence.slice(open + 1, close).split(/[\s,:;!?–—-]+/u).filter((w) => w.length > 0);
    return !words.every((w) => TITLE_WORD.test(w));
  });
}

export function sentenceMentions(sentence: AnalysedSentence, film: FilmContext, review?: ReviewNames): SentenceMentions {
  const { index, billing, selves, crew, castCrew } = filmNames(film);
  const result: SentenceMentions = { linked: [], unresolved: [], cast: [], crew: [] };
  const seen = new Set<string>();
  let names = review?.bySentence.get(sentence.index) ?? namesOf(sentence, film, index);
  names = names.map((n) => {
    const alias =
      n.kind === "unknown"
        ? (review?.aliases.get(n.key) ?? firstNameAfterFull(n, sentence, review) ?? misspeltSurname(n, sentence, film, review) ?? tiedCharacter(n, sentence.text, names, film))
        : undefined;
    return alias ? linkedTo(n, alias) : n;
  });
  names = sharedSurnames(names, sentence.text, index);
  names = checkContext(lowercaseCharacters(names, sentence.text, film), sentence.text, film);
  names = resolveCouple(resolveByShape(names, sentence.text, billing), sentence.text);
  // The words right around a name ("Whelan's script") before a character the sentence names elsewhere ("... as Leo").
  names = resolveBySentence(resolveByCharacter(resolveByNearWords(names, film, sentence.text), film, sentence.text), sentence.text, billing);
  names = resolveByReview(resolveByCredit(names, film, sentence), sentence.text, review, billing);
  names = checkOtherBearers(names, review);
  names = withoutTitlesOfTheirWork(names, sentence.text, (key) => crew.has(key) || castCrew.has(key));
  names = withNicknamesInNames(names, sentence.text, index);
  for (const name of names) {
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
    let order = billing.get(key);
    let crewAspect = crew.get(key);
    // "Calloway directs with a sure hand": a director who also acts is judged as the director where the words say so.
    const alsoCrew = castCrew.get(key);
    if (alsoCrew) {
      const credit = creditNear(sentence.text, name.start, name.end);
      if (credit === "director" || credit === "writer") {
        order = undefined;
        crewAspect = credit === "director" ? "direction" : "screenplay";
      }
    }
    // "The latest Keanu Reeves vehicle is a true stunner", "this Reeves film": a name before a word for the film names the film judged, not a person.
    const after = sentence.tokens.find((t) => t.start >= end);
    // A determiner or adjective opens the noun phrase ("the latest", "this"; wink tags "new" in "The new Dario Venn" a name): "Villeneuve films it" is a verb.
    const before = sentence.tokens[tokenIndex - 1];
    const opensPhrase = before !== undefined && (before.pos === "DET" || before.pos === "ADJ" || (before.pos === "PROPN" && /^\p{Ll}+$/u.test(before.text)));
    const namesTheFilm = name.target.type === "Person" && opensPhrase && !/['’]s?$/u.test(name.surface) && after !== undefined && after.start === end + 1 && after.pos === "NOUN" && FILM_NAMING_NOUNS.has(after.lemma);
    if (order !== undefined) result.cast.push({ token: tokenIndex, billing: order, actor: name.target.type === "Person", asSelf: selves.has(key), ...(namesTheFilm ? { namesTheFilm } : {}) });
    if (crewAspect && !namesTheFilm) result.crew.push({ token: tokenIndex, aspect: crewAspect });
    if (seen.has(key)) continue;
    seen.add(key);
    result.linked.push({ targetType: name.target.type, targetId: name.target.id, polarity, evidence: sentence.text, start, end });
  }
  return result;
}
