import type { Polarity } from "../../graph/review-writes";
import { shippedAspectDefinitions, type AspectDefinition } from "../../seed/aspect-definitions";
import { splitClauses } from "./clauses";
import { PhraseMatcher } from "./phrase-matcher";
import { addValences, COPULAS, polarityOf, predicateNominal, scoreClauses, sumValences, tokenValences, type Valence } from "./polarity";
import type { AnalysedSentence } from "./sentences";
import { criticismLexicon, wordValence } from "./lexicon";
import { TITLE_LEMMA } from "./title-mask";
import type { Token } from "./tokens";
import type { CastMention, CrewMention } from "./mentions";

export interface AspectJudgement {
  aspect: string;
  polarity: Polarity;
}

/** Who a sentence names, as the aspect rules need it. */
export interface PeopleInSentence {
  cast: CastMention[];
  crew: CrewMention[];
}

// Billed third or lower: a supporting part.
const SUPPORTING_FROM_BILLING = 3;

export interface SentenceAspects {
  judgements: AspectJudgement[];
  /** Tokens that name a judged aspect ("the score"): craft, not a theme of the film. */
  cueTokens: Set<number>;
  /** Tokens that name an aspect, judged or not ("the music trundles away"). */
  namedCues?: Set<number>;
}

type Cue = { aspect: string; castOnly: boolean; nounOnly: boolean; subjectOnly: boolean; hyphenated: boolean };
interface CueAt {
  aspect: string;
  first: number;
  last: number;
}

let cueMatcher: PhraseMatcher<Cue> | undefined;
function cues(definitions: AspectDefinition[]): PhraseMatcher<Cue> {
  if (cueMatcher) return cueMatcher;
  cueMatcher = new PhraseMatcher();
  for (const d of definitions) {
    const add = (cue: string, castOnly: boolean, nounOnly: boolean, subjectOnly = false) =>
      cueMatcher!.add(cue, { aspect: d.name, castOnly, nounOnly, subjectOnly, hyphenated: cue.includes("-") });
    for (const cue of d.cues) add(cue, false, false);
    for (const cue of d.castCues) add(cue, true, false);
    for (const cue of d.nounCues) add(cue, false, true);
    for (const cue of d.subjectCues) add(cue, false, true, true);
  }
  return cueMatcher;
}

let filmWordMatcher: PhraseMatcher<true> | undefined;
/** Where a sentence names the film itself ("this film", "the picture", "it all", its title). */
function filmWords(tokens: Token[]) {
  if (!filmWordMatcher) {
    filmWordMatcher = new PhraseMatcher();
    for (const w of criticismLexicon.filmWords) if (w !== TITLE_LEMMA) filmWordMatcher.add(w, true);
  }
  const found = filmWordMatcher.find(tokens).map((m) => ({ first: m.first, last: m.last }));
  tokens.forEach((t, i) => {
    if (t.lemma !== TITLE_LEMMA || tokens[i - 1]?.lemma === TITLE_LEMMA) return;
    let last = i;
    while (tokens[last + 1]?.lemma === TITLE_LEMMA) last++;
    found.push({ first: i, last });
  });
  return found;
}

// "a film about music" names a subject; "of" does only after a word that frames one ("a story of
// grief"), not in "awesome use of sound design".
const frameNouns = new Set([...criticismLexicon.themeFrameCues.filter((c) => !c.includes(" ")), ...criticismLexicon.filmWords]);
const isSubjectMarker = (tokens: Token[], i: number) =>
  tokens[i]?.normal === "about" || (tokens[i]?.normal === "of" && frameNouns.has(tokens[i - 1]?.lemma ?? ""));
const PRONOUN_SUBJECTS = new Set(["he", "she", "they"]);
const ACTING_NOUNS = new Set(["turn", "role", "work", "presence", "lead", "star", "performer", "portrayal", "performance", "acting"]);
const SUBJECT_DETERMINERS = new Set(["this", "the", "a", "an", "its", "his", "her", "their", "whole", "entire"]);
const otherWork = criticismLexicon.otherWorkMarkers;
const otherWorkNouns = new Set(otherWork.nouns.filter((n) => !n.includes(" ")));
const EARLIER = new Set(["previous", "earlier", "last", "first", "original", "prior", "former"]);
const CLAUSE_BREAK = new Set([",", ";", ":", "—", "–", "(", ")"]);
const FILM_PRONOUNS = new Set(["it", "this"]);
const filmWordSet = new Set(criticismLexicon.filmWords);
// Before a genre word that names the film's craft ("the comedy is broad", "its comedy"), not a kind of work ("a flat-footed comedy").
const CRAFT_DETERMINERS = new Set(["the", "its", "his", "her", "their"]);

/** Whether the adjective at i stands in a "with ..." phrase of manner ("directs with great energy"). */
function mannerPhrase(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "ADV" || tokens[k]!.pos === "DET" || tokens[k]!.text === ",")) k--;
  return tokens[k]?.normal === "with" && (tokens[k - 1]?.pos === "VERB" || tokens[k - 1]?.pos === "ADV" || tokens[k - 1]?.pos === "PRON");
}

/**
 * Whether the noun phrase ending at token `last` is the subject of a clause: a verb follows it
 * ("the story lurches", "the story is thin") and no verb or preposition governs it ("fits the
 * story", "a film about the story").
 */
function clauseSubject(tokens: Token[], first: number, last: number): boolean {
  let k = last + 1;
  while (tokens[k]?.pos === "ADV") k++;
  if (tokens[k]?.pos !== "VERB" && tokens[k]?.pos !== "AUX") return false;
  let b = first - 1;
  while (b >= 0 && (tokens[b]!.pos === "DET" || tokens[b]!.pos === "ADJ" || tokens[b]!.pos === "PRON" || tokens[b]!.pos === "PART" || tokens[b]!.pos === "PROPN")) b--;
  const before = tokens[b];
  return before === undefined || (before.pos !== "VERB" && before.pos !== "ADP" && before.pos !== "AUX");
}

/** A hyphen written against the word ("tight-knit"): the word is part of a compound. */
const hyphenAt = (tokens: Token[], i: number, side: -1 | 1) => {
  const h = tokens[i + side];
  const t = tokens[i]!;
  return h?.text === "-" && (side < 0 ? h.end === t.start : h.start === t.end);
};

/** The noun an adjective modifies when it stands before one ("a brilliant opening montage" -> montage); else -1. */
function headNoun(tokens: Token[], i: number): number {
  if (tokens[i]?.pos !== "ADJ") return -1;
  let k = i + 1;
  while (k < tokens.length && (tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "ADV" || tokens[k]!.text === "-" || (tokens[k]!.pos === "VERB" && tokens[k]!.normal.endsWith("ing")))) k++;
  if (tokens[k]?.pos !== "NOUN" && tokens[k]?.pos !== "PROPN") return -1;
  while (tokens[k + 1]?.pos === "NOUN") k++;
  return k;
}

/** Comma-delimited stretches of the sentence whose subject is another work ("His television show was ..."). */
function otherWorkStretches(tokens: Token[]): [number, number][] {
  const stretches: [number, number][] = [];
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !CLAUSE_BREAK.has(tokens[i]!.text)) continue;
    const words = tokens.slice(from, Math.min(i, from + 6));
    const det = words.findIndex((t) => otherWork.determiners.includes(t.normal));
    if (det >= 0) {
      const noun = words.findIndex(
        (t, k) => k > det && (otherWorkNouns.has(t.lemma) || ((t.lemma === "film" || t.lemma === "movie") && EARLIER.has(words[k - 1]?.normal ?? ""))),
      );
      if (noun > det && words.slice(det + 1, noun).every((t) => t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "PROPN")) stretches.push([from, i - 1]);
    }
    from = i + 1;
  }
  return stretches;
}
// A short sentence about the film with a judgement and no named aspect is a verdict on the whole.
const VERDICT_MAX_WORDS = 15;
// How far after an actor's name a judging word of the predicate may stand ("Vance is, once again, a delight").
const ACTOR_PREDICATE_REACH = 6;
const FRAGMENT_MAX_WORDS = 5;

/** Whom a performance word is about: the actor named nearest it, else the nearest character. */
function nearestCast(cast: CastMention[], at: number): CastMention | undefined {
  const actors = cast.filter((c) => c.actor);
  return (actors.length > 0 ? actors : cast).reduce<CastMention | undefined>(
    (best, c) => (!best || Math.abs(c.token - at) < Math.abs(best.token - at) ? c : best),
    undefined,
  );
}

function findCues(tokens: Token[], aspects: ReadonlySet<string>, people: PeopleInSentence, definitions: AspectDefinition[]): CueAt[] {
  // Acting words judge acting when an actor is named (or "he"/"she" opens the sentence); next to
  // a character's name alone they describe the story ("Andrew wants to be one of the greats").
  const actorNamed = people.cast.some((c) => c.actor);
  const aboutCast = actorNamed || PRONOUN_SUBJECTS.has(tokens[0]?.normal ?? "");
  const found: CueAt[] = [];
  const cueSpans = cues(definitions).find(tokens);
  const isActingCue = (i: number) => cueSpans.some((c) => !c.value.castOnly && c.value.aspect.endsWith("performance") && i >= c.first && i <= c.last);
  const elsewhere = otherWorkStretches(tokens);
  for (const match of cueSpans) {
    if (match.value.castOnly && !aboutCast) continue;
    // "a film about music" names a subject, not the score.
    if (isSubjectMarker(tokens, match.first - 1)) continue;
    // "tight-knit" is not pacing; "sounds thrilled" is not the sound.
    if (!match.value.hyphenated && (hyphenAt(tokens, match.first, -1) || hyphenAt(tokens, match.last, 1))) continue;
    if (match.value.nounOnly && tokens[match.first]!.pos !== "NOUN") continue;
    if (match.value.subjectOnly && !clauseSubject(tokens, match.first, match.last)) continue;
    // "a flat-footed comedy", "this musical": a genre word after "a"/"this" names the film, not its humour or music.
    // A genre word is the craft only as "the comedy", "its comedy"; else a kind of work ("a teen comedy", "known for sketch comedy").
    if (match.first === match.last && filmWordSet.has(tokens[match.first]!.lemma) && !CRAFT_DETERMINERS.has(tokens[match.first - 1]?.normal ?? "")) continue;
    // "the comic performance of his career": the performance is judged, not the humour.
    if (!match.value.aspect.endsWith("performance") && tokens[match.last]!.pos === "ADJ" && ACTING_NOUNS.has(tokens[match.last + 1]?.lemma ?? "")) continue;
    // An acting word that modifies another noun judges that ("a brilliant opening montage").
    if (match.value.castOnly) {
      const head = headNoun(tokens, match.last);
      if (head >= 0 && tokens[head]!.pos !== "PROPN" && !ACTING_NOUNS.has(tokens[head]!.lemma) && !isActingCue(head)) continue;
    }
    // "His television show was slow-moving": another work's pace, not the film's.
    if (elsewhere.some(([a, b]) => match.first >= a && match.first <= b)) continue;
    let aspect = match.value.aspect;
    if (aspect === "performance" && (nearestCast(people.cast, match.first)?.billing ?? 1) >= SUPPORTING_FROM_BILLING) {
      aspect = "supporting performance";
    }
    if (aspects.has(aspect)) found.push({ aspect, first: match.first, last: match.last });
  }
  // "Harriet Vale is sensational as Mira": a judging adjective said of a named actor (within a few
  // words after the name, through "is"/"was") judges the performance, whether or not it is a cast cue.
  for (const actor of people.cast.filter((c) => c.actor)) {
    for (let k = actor.token + 1; k <= actor.token + ACTOR_PREDICATE_REACH && k < tokens.length; k++) {
      const t = tokens[k]!;
      // "Okafor's, who's steely and dynamic": a relative clause says it of the actor too.
      if (t.text === "," && tokens[k + 1]?.normal === "who") {
        k++;
        continue;
      }
      if (t.pos === "PUNCT" || (t.pos === "VERB" && !COPULAS.has(t.lemma))) break;
      const strong = Math.abs(wordValence(t.normal, t.lemma, true).value) >= 1.5;
      // "is sensational", "is a shrill delight", "was a revelation": what the copula says of the actor.
      const judging =
        strong &&
        ((t.pos === "ADJ" && (headNoun(tokens, k) < 0 || predicateNominal(tokens, k))) || (t.pos === "NOUN" && predicateNominal(tokens, k)));
      if (!judging || found.some((c) => k >= c.first && k <= c.last)) continue;
      let aspect = "performance";
      if (actor.billing >= SUPPORTING_FROM_BILLING) aspect = "supporting performance";
      if (aspects.has(aspect)) found.push({ aspect, first: k, last: k });
      break;
    }
  }
  const named = (aspect: string) => found.some((c) => c.aspect === aspect);
  return found.filter((c) => {
    // "The supporting cast, especially ...": not the lead performance.
    if (c.aspect === "performance" && named("supporting performance") && people.cast.length === 0) return false;
    // "Lou is compelling, but I wish we saw more of her": how the character is written, not acted.
    if (c.aspect.endsWith("performance") && named("characterization") && !actorNamed) return false;
    return true;
  });
}

/** A director or writer named in a sentence: judgements next to the name judge their direction or screenplay. */
function crewCues(aspects: ReadonlySet<string>, people: PeopleInSentence): CueAt[] {
  return people.crew.filter((c) => aspects.has(c.aspect)).map((c) => ({ aspect: c.aspect, first: c.token, last: c.token }));
}

/**
 * The film as the subject of a clause ("the picture never stops being gripping", "this film is
 * going to be a generous ... experience"), in a clause that names no other aspect: a verdict on the
 * whole, however long the sentence. Else a short sentence that names the film and judges.
 */
function verdictCues(sentence: AnalysedSentence, aspects: ReadonlySet<string>, found: CueAt[]): CueAt[] {
  if (!aspects.has("overall")) return [];
  const { tokens } = sentence;
  const verdicts: CueAt[] = [];
  // The film itself ("this drama", "the picture", its title), not a kind of film ("romantic dramas").
  const named = filmWords(tokens).filter((w) => {
    // "this drama", "a stunning, overlong film": a determiner before the word, adjectives between.
    let b = w.first - 1;
    while (b >= 0 && (tokens[b]!.pos === "ADJ" || tokens[b]!.pos === "ADV" || tokens[b]!.text === "," || tokens[b]!.text === "-")) b--;
    const before = tokens[b];
    return tokens[w.first]!.lemma === TITLE_LEMMA || tokens[w.first]!.normal === "it" || (before !== undefined && SUBJECT_DETERMINERS.has(before.normal));
  });
  // "It's a stunning film", "This is a mess": a pronoun that opens a clause before a copula stands for the film.
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    const opens = i === 0 || CLAUSE_BREAK.has(tokens[i - 1]!.text) || tokens[i - 1]!.pos === "CCONJ" || tokens[i - 1]!.pos === "ADV";
    if (FILM_PRONOUNS.has(t.normal) && t.pos === "PRON" && opens && next && next.pos === "AUX" && COPULAS.has(next.lemma)) named.push({ first: i, last: i });
  });
  named.sort((a, b) => a.first - b.first);
  for (const clause of splitClauses(tokens)) {
    // The film as the subject of a copula ("Directed by Ada Lind, Gleam is a funny, honest look at
    // ..."): what the copula says judges the film, whatever else the clause names.
    const copular = named.find((w) => {
      // Named, not a pronoun ("it is the best thing in the film" may be about a performance).
      if (w.first < clause.first || w.last > clause.last || FILM_PRONOUNS.has(tokens[w.first]!.normal)) return false;
      const at = tokens.findIndex((t, k) => k > w.last && k <= w.last + 2 && (t.pos === "AUX" || t.pos === "VERB") && COPULAS.has(t.lemma));
      if (at < 0 || found.some((c) => c.first > w.last && c.first <= at)) return false;
      // What follows says something of the film ("is a funny, honest look"), not a clause ("is that ...").
      let k = at + 1;
      while (tokens[k]?.pos === "ADV") k++;
      return tokens[k]?.pos === "ADJ" || tokens[k]?.pos === "DET";
    });
    if (copular && found.some((c) => c.first >= clause.first && c.first <= clause.last)) {
      verdicts.push({ aspect: "overall", first: copular.first, last: copular.last });
      continue;
    }
    if (found.some((c) => c.first >= clause.first && c.first <= clause.last)) continue;
    const subject = named.find((w) => {
      if (w.first < clause.first || w.last > clause.last) return false;
      const verb = tokens.slice(w.last + 1, w.last + 3).some((t) => t.pos === "AUX" || t.pos === "VERB");
      return verb;
    });
    if (subject) verdicts.push({ aspect: "overall", first: subject.first, last: subject.last });
  }
  if (verdicts.length > 0 || found.length > 0) return verdicts;
  const words = tokens.filter((t) => t.pos !== "PUNCT");
  const at = named[0];
  // A verbless fragment ("An immersive experience.", "Heartbreakingly sensitive.") is the critic's verdict.
  if (!at && words.length <= FRAGMENT_MAX_WORDS && !words.some((t) => t.pos === "VERB" || t.pos === "AUX" || t.pos === "PROPN")) {
    return [{ aspect: "overall", first: 0, last: 0 }];
  }
  if (!at || words.length > VERDICT_MAX_WORDS) return [];
  return [{ aspect: "overall", first: at.first, last: at.last }];
}

let stated: Set<string> | undefined;
const praisedWhenStated = (definitions: AspectDefinition[]) => (stated ??= new Set(definitions.filter((d) => d.praisedWhenStated).map((d) => d.name)));

const distance = (cue: CueAt, i: number) => (i < cue.first ? cue.first - i : i > cue.last ? i - cue.last : 0);

/**
 * The aspects a sentence judges and how. An aspect is named by a cue ("cinematography", "the pacing
 * drags"); a performance is also judged by acting words ("intense", "wooden") in a sentence about a
 * cast member. Each judging word counts for the nearest cue of its clause, and each clause by its
 * role, so "isn't flashy, but its cinematography fits" is praise and "the acting is superb, the
 * editing choppy" judges two aspects two ways. A sentence that names an aspect without judging it
 * gives nothing.
 */
export function judgeAspects(
  sentence: AnalysedSentence,
  aspects: ReadonlySet<string>,
  people: PeopleInSentence,
  subjects: ReadonlySet<number> = new Set(),
  definitions: AspectDefinition[] = shippedAspectDefinitions(),
  genres: ReadonlySet<string> = new Set(),
): SentenceAspects {
  const { tokens } = sentence;
  let found = [...findCues(tokens, aspects, people, definitions), ...crewCues(aspects, people)];
  found = [...found, ...verdictCues(sentence, aspects, found)];
  const cueTokens = new Set<number>();
  const namedCues = new Set(found.filter((c) => c.aspect !== "overall").flatMap((c) => Array.from({ length: c.last - c.first + 1 }, (_, k) => c.first + k)));
  if (found.length === 0) return { judgements: [], cueTokens, namedCues };
  const clauses = splitClauses(tokens);
  // An adjective before a noun that names no aspect judges that noun ("a jarring drama", "a gripping story").
  const elsewhere = new Set<number>();
  tokens.forEach((t, i) => {
    const head = headNoun(tokens, i);
    if (head < 0 || tokens[head]!.pos === "PROPN") return;
    const cueAt = (k: number) => found.some((c) => k >= c.first && k <= c.last);
    if (cueAt(head) || ACTING_NOUNS.has(tokens[head]!.lemma)) return;
    // "It is a good choice", "Vance is a shrill delight": what the copula says of its subject.
    if (predicateNominal(tokens, i)) return;
    // "directs with great energy", "treats both with real tenderness": the manner of what the clause's cue does.
    if (mannerPhrase(tokens, i)) return;
    // "awesome use of sound design", "a deft handling of the score": the judgement is the cue's.
    if (tokens[head + 1]?.normal === "of" && [head + 2, head + 3, head + 4].some(cueAt)) return;
    // "a performance of frightening range", "a score of real beauty": the "of" phrase describes the cue.
    let k = i - 1;
    while (k >= 0 && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "DET" || tokens[k]!.text === ",")) k--;
    if (tokens[k]?.normal === "of" && cueAt(k - 1)) return;
    elsewhere.add(i);
  });
  const options = { aboutCraft: true, subjects, genres, elsewhere, craftOnly: true };
  const attributed = new Map<string, Valence>();
  for (const clause of clauses) {
    const inClause = found.filter((c) => c.first >= clause.first && c.first <= clause.last);
    if (inClause.length === 0) continue;
    for (const [i, v] of tokenValences(tokens, clause.first, clause.last, options)) {
      const nearest = inClause.reduce((best, c) => (distance(c, i) < distance(best, i) ? c : best));
      attributed.set(nearest.aspect, addValences(attributed.get(nearest.aspect) ?? { positive: 0, negative: 0 }, sumValences([v], clause.weight)));
    }
  }
  const aspectNames = [...new Set(found.map((c) => c.aspect))];
  const judgements: AspectJudgement[] = [];
  for (const aspect of aspectNames) {
    // An aspect named in a clause without judging words takes the sentence's judgement when it is the only one.
    const valence = attributed.get(aspect) ?? (aspectNames.length === 1 ? scoreClauses(tokens, clauses, options) : undefined);
    let polarity = valence ? polarityOf(valence) : "NEUTRAL";
    if (polarity === "NEUTRAL" && praisedWhenStated(definitions).has(aspect)) polarity = "POSITIVE";
    if (polarity === "NEUTRAL") continue;
    judgements.push({ aspect, polarity });
    for (const c of found.filter((f) => f.aspect === aspect)) for (let i = c.first; i <= c.last; i++) cueTokens.add(i);
  }
  return { judgements, cueTokens, namedCues };
}
