import type { Polarity } from "../../graph/review-writes";
import { shippedAspectDefinitions, type AspectDefinition } from "../../seed/aspect-definitions";
import { splitClauses } from "./clauses";
import { PhraseMatcher } from "./phrase-matcher";
import { addValences, polarityOf, scoreClauses, sumValences, tokenValences, type Valence } from "./polarity";
import type { AnalysedSentence } from "./sentences";
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
}

type Cue = { aspect: string; castOnly: boolean };
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
    for (const cue of d.cues) cueMatcher.add(cue, { aspect: d.name, castOnly: false });
    for (const cue of d.castCues) cueMatcher.add(cue, { aspect: d.name, castOnly: true });
  }
  return cueMatcher;
}

const SUBJECT_MARKERS = new Set(["about", "of"]);
const PRONOUN_SUBJECTS = new Set(["he", "she", "they"]);
const FILM_WORDS = new Set(["film", "movie", TITLE_LEMMA]);
// A short sentence about the film with a judgement and no named aspect is a verdict on the whole.
const VERDICT_MAX_WORDS = 15;

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
  for (const match of cues(definitions).find(tokens)) {
    if (match.value.castOnly && !aboutCast) continue;
    // "a film about music" names a subject, not the score.
    if (SUBJECT_MARKERS.has(tokens[match.first - 1]?.normal ?? "")) continue;
    let aspect = match.value.aspect;
    if (aspect === "performance" && (nearestCast(people.cast, match.first)?.billing ?? 1) >= SUPPORTING_FROM_BILLING) {
      aspect = "supporting performance";
    }
    if (aspects.has(aspect)) found.push({ aspect, first: match.first, last: match.last });
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

/** A short sentence that names a director or writer and judges: their direction or screenplay. */
function crewCue(sentence: AnalysedSentence, aspects: ReadonlySet<string>, people: PeopleInSentence): CueAt[] {
  const words = sentence.tokens.filter((t) => t.pos !== "PUNCT");
  if (words.length > VERDICT_MAX_WORDS) return [];
  return people.crew.filter((c) => aspects.has(c.aspect)).map((c) => ({ aspect: c.aspect, first: c.token, last: c.token }));
}

function verdictCue(sentence: AnalysedSentence, aspects: ReadonlySet<string>): CueAt[] {
  const words = sentence.tokens.filter((t) => t.pos !== "PUNCT");
  const at = sentence.tokens.findIndex((t) => FILM_WORDS.has(t.lemma));
  if (!aspects.has("overall") || at < 0 || words.length > VERDICT_MAX_WORDS) return [];
  return [{ aspect: "overall", first: at, last: at }];
}

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
): SentenceAspects {
  const { tokens } = sentence;
  let found = findCues(tokens, aspects, people, definitions);
  if (found.length === 0) found = crewCue(sentence, aspects, people);
  if (found.length === 0) found = verdictCue(sentence, aspects);
  const cueTokens = new Set<number>();
  if (found.length === 0) return { judgements: [], cueTokens };
  const clauses = splitClauses(tokens);
  const options = { aboutCraft: true, subjects };
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
    const polarity = valence ? polarityOf(valence) : "NEUTRAL";
    if (polarity === "NEUTRAL") continue;
    judgements.push({ aspect, polarity });
    for (const c of found.filter((f) => f.aspect === aspect)) for (let i = c.first; i <= c.last; i++) cueTokens.add(i);
  }
  return { judgements, cueTokens };
}
