import type { Polarity } from "../../graph/review-writes";
import { shippedAspectDefinitions, type AspectDefinition } from "../../seed/aspect-definitions";
import { type Clause, clauseOf, splitClauses } from "./clauses";
import { PhraseMatcher } from "./phrase-matcher";
import { shotAtAPlace } from "./shooting-places";
import { addValences, COPULAS, elidedNegation, insideIdiom, opensIdiom, sameIdiom, polarityOf, predicateNominal, scoreClauses, seemingAs, sumValences, tokenValences, type Valence } from "./polarity";
import type { AnalysedSentence } from "./sentences";
import { criticismLexicon, isJudgingVerb, wordValence } from "./lexicon";
import { TITLE_LEMMA } from "./title-mask";
import type { Token } from "./tokens";
import type { CastMention, CrewMention } from "./mentions";
import { inSubjectCore, opensBareClause, predications, type Predication } from "./predications";
import { characterDescriptions } from "./character-descriptions";
import { charactersDoings } from "./characters-doings";
import { quotedText } from "./quoted-text";
import { lengthFaults } from "./film-length";
import { partLeftIdle } from "./parts-left-idle";
import { occupationNouns, personNouns, relationNouns } from "./name-words";
import { storyActions } from "./story-actions";
import { asksInReproach } from "./rhetorical-questions";
import { constructionVerdict, faultFrame, harmToTheFilm, lackedNouns, minorFaultFrame, mocksAQuality, superlativeFrame, runsLong, wishedShorter, namesEffectAsIntended, synopsisLabelTold, wishedBetter } from "./judging-constructions";

export interface AspectJudgement {
  aspect: string;
  polarity: Polarity;
  /** Said in passing beside the sentence's other judgements ("runs a few minutes long but plays so well"): no weight in its sentiment. */
  aside?: boolean;
}

/** Who a sentence names, as the aspect rules need it. */
export interface PeopleInSentence {
  cast: CastMention[];
  crew: CrewMention[];
  /** The actor a "he"/"she" opening a clause stands for: the one actor the previous sentence named, if any. */
  antecedent?: Antecedent;
}

export interface Antecedent {
  billing: number;
  /** Credited only as themselves: a documentary's subject. */
  asSelf?: boolean;
}

// Billed third or lower: a supporting part.
export const SUPPORTING_FROM_BILLING = 3;

export interface SentenceAspects {
  judgements: AspectJudgement[];
  /** Tokens that name a judged aspect ("the score"): craft, not a theme of the film. */
  cueTokens: Set<number>;
  /** Tokens that name an aspect, judged or not ("the music trundles away"). */
  namedCues?: Set<number>;
}

type Cue = { aspect: string; castOnly: boolean; nounOnly: boolean; hyphenated: boolean };
interface CueAt {
  aspect: string;
  first: number;
  last: number;
  /** A subject found by structure: what its predicate (verb..last) says judges this aspect. */
  predicate?: [number, number];
  /** Judged with the cue on the same words (the film's length, with the film). */
  shared?: true;
  /** An acting word ("flat", "wooden"): a cue only in a sentence about a cast member. */
  castOnly?: true;
  /** A word that finds fault with its aspect whatever the lexicon says of it ("a long film": the pacing). */
  fault?: true;
}

let cueMatcher: PhraseMatcher<Cue> | undefined;
function cues(definitions: AspectDefinition[]): PhraseMatcher<Cue> {
  if (cueMatcher) return cueMatcher;
  cueMatcher = new PhraseMatcher();
  for (const d of definitions) {
    const add = (cue: string, castOnly: boolean, nounOnly: boolean) =>
      cueMatcher!.add(cue, { aspect: d.name, castOnly, nounOnly, hyphenated: cue.includes("-") });
    for (const cue of d.cues) add(cue, false, false);
    for (const cue of d.castCues) add(cue, true, false);
    for (const cue of d.nounCues) add(cue, false, true);
  }
  return cueMatcher;
}

/** Whether the noun at `i` follows "own" across adjectives and commas ("in his own, perfect image"). */
function ownLikeness(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && (tokens[k]!.pos === "ADJ" || tokens[k]!.text === ",") && tokens[k]!.normal !== "own") k--;
  return tokens[k]?.normal === "own";
}

const SEEMING_SUBJECTS = new Set(["AUX", "PRON", "ADV"]);
// Film words that are a craft's cue where no article opens their noun phrase ("into spectacle").
const CUES_WITHOUT_ARTICLE = new Set(["spectacle"]);
const ARTICLES_OF_A_KIND = new Set(["a", "an", "another", "this", "that", "the"]);
/** Whether an article or demonstrative opens the noun phrase whose head is at `i` (across adjectives, adverbs and hyphens). */
function articleBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "ADV" || tokens[k]!.pos === "NOUN" || tokens[k]!.text === "-")) k--;
  return ARTICLES_OF_A_KIND.has(tokens[k]?.normal ?? "");
}
const CUT_IDIOM_ENDS = new Set(["loose", "corners", "ties"]);
const DEGREE_NOUNS = new Set(["bit", "little", "lot", "tad"]);
/** Whether "sound" at `i` is the verb of seeming ("it all sounds convoluted", "might sound a bit silly"): after a pronoun, auxiliary or adverb, before a quality or "like". */
function seemingSound(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || !after || !(SEEMING_SUBJECTS.has(before.pos) || before.normal === "all")) return false;
  return after.pos === "ADJ" || after.pos === "ADV" || after.normal === "like" || (after.pos === "VERB" && /ed$/u.test(after.normal)) || (after.normal === "a" && DEGREE_NOUNS.has(tokens[i + 2]?.normal ?? ""));
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
    if (!creditedAsAPart(tokens, last)) found.push({ first: i, last });
  });
  return found;
}

/**
 * Whether the name ending at `last` is credited with who plays it ("Shrek, voiced by Mike Myers,",
 * "Paddington (Ben Whishaw)"): a title so credited is the character it is named after, not the film.
 */
function creditedAsAPart(tokens: Token[], last: number): boolean {
  const after = tokens[last + 1]?.text;
  if (after === "(") return tokens[last + 2]?.pos === "PROPN";
  return after === "," && CREDITING_VERBS.has(tokens[last + 2]?.normal ?? "") && tokens[last + 3]?.normal === "by";
}
const CREDITING_VERBS = new Set(["played", "voiced", "portrayed", "performed"]);

/**
 * Whether the copula at `verb` calls its subject a statement ("It's a bitter theory that's been
 * hissed in newsrooms", "It is an old adage"): the pronoun stands for something said, not the film.
 */
function callsItAStatement(tokens: Token[], verb: number): boolean {
  let k = verb + 1;
  while (k <= verb + 5 && tokens[k] !== undefined && (tokens[k]!.pos === "DET" || tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "ADV")) k++;
  return tokens[k]?.pos === "NOUN" && STATEMENT_NOUNS.has(tokens[k]!.lemma);
}
const STATEMENT_NOUNS = new Set(["theory", "idea", "notion", "claim", "argument", "adage", "saying", "truism", "maxim", "belief", "assumption", "assertion", "hypothesis", "proverb", "slogan", "motto"]);

/**
 * Whether "in the end" at `first`..`last` closes a clause of the story ("he prevails in the end",
 * "they marry in the end") rather than opening the critic's summing-up ("In the end, it's a mess",
 * "but in the end the film works"): it follows the clause's predicate, a verb or what the verb governs.
 */
function endOfTheStory(tokens: Token[], first: number, last: number): boolean {
  if (tokens.slice(first, last + 1).map((t) => t.normal).join(" ") !== "in the end") return false;
  const before = tokens[first - 1];
  return before !== undefined && STORY_PREDICATE_POS.has(before.pos);
}
const STORY_PREDICATE_POS = new Set(["VERB", "NOUN", "PROPN", "PRON", "ADP", "PART"]);

/**
 * Whether what the copula at `verb` calls its subject is had by a character ("It is a long, hard
 * fight for Remy", "it's a tough year for Hanne"): the pronoun stands for the character's situation
 * in the story, not the film. "a triumph for Venn" (an actor) still judges.
 */
const PERSONAL_PRONOUNS = new Set(["he", "she", "they"]);
const CAREER_VERBS = new Set(["do", "make", "give"]);

/**
 * "As Reyna, Falk is all clenched jaw, and it is the best thing she has done": in a sentence naming
 * an actor, a copula whose complement compares with what he or she has done stands for their work,
 * not the film (within the complement: "he"/"she"/"they", a form of "have", done/made/given).
 */
function anActorsCareer(tokens: Token[], verb: number, people: PeopleInSentence): boolean {
  if (!people.cast.some((c) => c.actor)) return false;
  for (let k = verb + 1; k <= verb + 8 && tokens[k] !== undefined && tokens[k]!.pos !== "PUNCT"; k++) {
    if (PERSONAL_PRONOUNS.has(tokens[k]!.normal) && tokens[k + 1]?.lemma === "have" && CAREER_VERBS.has(tokens[k + 2]?.lemma ?? "")) return true;
  }
  return false;
}

function hardshipOfACharacter(tokens: Token[], verb: number, people: PeopleInSentence): boolean {
  for (let k = verb + 1; k <= verb + 7 && tokens[k] !== undefined; k++) {
    const t = tokens[k]!;
    if (t.normal === "for") return people.cast.some((c) => !c.actor && c.token === k + 1);
    if (t.pos === "VERB" || t.pos === "AUX" || (t.pos === "PUNCT" && t.text !== "," && t.text !== "-")) return false;
  }
  return false;
}

/**
 * Whether the crew noun at `at` names a person of the story, credited in brackets with the actor who
 * plays them ("their new editor (Liev Schreiber)"), not the film's crew: the bracketed name is no
 * crew member of the film.
 */
function crewNounOfTheStory(tokens: Token[], at: number, people: PeopleInSentence): boolean {
  if (!CREW_NOUNS.has(tokens[at]!.lemma)) return false;
  // "Amateur filmmaker Mark (Anthony Rapp)": the trade written before a character's name is theirs.
  if (people.cast.some((c) => !c.actor && c.token === at + 1)) return true;
  return tokens[at + 1]?.text === "(" && tokens[at + 2]?.pos === "PROPN" && !people.crew.some((c) => c.token === at + 2);
}
const CREW_NOUNS = new Set(["director", "editor", "writer", "screenwriter", "cinematographer", "composer", "producer", "filmmaker"]);

// "a film about music" names a subject; "of" does only after a word that frames one ("a story of
// grief"), not in "awesome use of sound design".
const frameNouns = new Set([...criticismLexicon.themeFrameCues.filter((c) => !c.includes(" ")), ...criticismLexicon.filmWords]);
const isSubjectMarker = (tokens: Token[], i: number) =>
  tokens[i]?.normal === "about" || (tokens[i]?.normal === "of" && frameNouns.has(tokens[i - 1]?.lemma ?? ""));
const PRONOUN_SUBJECTS = new Set(["he", "she", "they"]);
/** Nouns of how a thing is handled: as a subject's head, the thing after their "of" heads it instead. */
const HANDLING_NOUNS = new Set(["handling", "use", "treatment", "deployment", "command", "mastery", "orchestration", "marshalling", "management"]);
/** Prepositions after a judging noun whose phrase names what it judges ("a marvel of production design", "a masterclass in sound"). */
const JUDGED_BY_ITS_PHRASE = new Set(["of", "in"]);
// The aspects a character's doings may still name: the film ("Nell is the best thing in the film") and its direction.
const KEPT_IN_A_CHARACTERS_DOINGS = new Set(["overall", "direction"]);
// Nouns of the cast as a whole: its lead and supporting players judged together.
const WHOLE_CAST = new Set(["cast", "ensemble", "casting"]);
// "The acting is superb on all fronts", "the performances are strong": everyone's acting, with no one named.
const GENERAL_ACTING = new Set(["acting", "performances", "actors"]);
const GENERAL_DETERMINERS = new Set(["the", "all"]);
// A maker's command of the film: "unflinching control", "unsentimental precision".
const MASTERY_NOUNS = new Set(["control", "precision", "assurance", "confidence", "command", "restraint", "economy", "rigour", "rigor", "discipline", "poise", "skill"]);
const ACTING_NOUNS = new Set(["turn", "role", "work", "presence", "lead", "star", "performer", "portrayal", "performance", "acting"]);
// Nouns of a performer's quality: an adjective before them in an actor's predicate judges the acting
// ("does a fine job", "makes a strange impression", "shows an impressive degree of intensity").
const PARTS_PLAYED = new Set(["role", "part"]);
// How many words of modifiers before an actor's name may judge the acting ("a magnificently snobby, elitist ...").
const PRE_NAME_MODIFIERS = 5;
const PERFORMING_QUALITIES = new Set([...ACTING_NOUNS, "job", "impression", "range", "charm", "timing", "intensity", "conviction", "energy", "degree", "gift", "skill", "craft", "precision", "naturalness", "commitment", "thing", "things", "mark", "chop", "chops", "presence", "showing", "turn"]);
// Verbs by which an actor's clause says what they give the part ("brings a wry intelligence to the role").
const GIVING_VERBS = new Set(["give", "bring", "lend", "add", "bestow", "imbue", "invest", "inject", "deliver"]);
// "does a superb job", "did fine work": the noun names nothing; its adjective judges the doer's craft.
const DONE_JOB = new Set(["job", "work"]);
// "it looks like a masterpiece", "looks set to": a verdict or a guess, not the film's look.
const LOOKS_LIKE_A_VERDICT = new Set(["like", "set", "as", "to", "at", "for", "forward", "back"]);
// Subjects that stand for the film as a whole when a verb of judging follows ("it works", "nothing works").
// Nouns that announce the clause after "is" ("the bad news is it's ...", "the trouble is it never ...").
const ANNOUNCING_NOUNS = new Set(["news", "problem", "trouble", "truth", "fact", "thing", "catch", "upshot", "point", "downside", "upside", "issue", "pity", "shame"]);
const STORY_TIME_AFTER_LONG = new Set(["before", "until", "after"]);
const WHOLE_SUBJECTS = new Set(["it", "this", "nothing", "everything", "all"]);
// Nouns by which a critic calls the film what came of it ("the result is powerfully visceral", "the
// end product is a mess"); "thing" only as "the whole thing", "the entire thing".
const WHOLE_NOUNS = new Set(["result", "outcome", "product", "package"]);
// Further subject nouns that may stand for the film as a whole ("the experience is exhausting").
const STANDS_FOR_THE_FILM = new Set(["effect", "experience", "thing", "whole", "upshot"]);
const WHOLE_MODIFIERS = new Set(["whole", "entire"]);
/** Whether the subject's head noun at `head` stands for the film as a whole ("the result", "the whole thing"). */
function standsForTheWhole(tokens: Token[], head: number): boolean {
  const noun = tokens[head]!;
  if (WHOLE_NOUNS.has(noun.lemma)) return tokens[head + 1]?.normal !== "of";
  return noun.lemma === "thing" && WHOLE_MODIFIERS.has(tokens[head - 1]?.normal ?? "");
}
const POSSESSIVE_S = new Set(["'s", "’s"]);
// What follows "shoots" when the shot is a gun's: a person ("shoots him", "shoots Kyle").
const SHOT_PEOPLE = new Set(["PRON", "PROPN"]);
const SUBJECT_DETERMINERS = new Set(["this", "the", "a", "an", "its", "his", "her", "their", "whole", "entire", "my"]);
const otherWork = criticismLexicon.otherWorkMarkers;
const otherWorkNouns = new Set(otherWork.nouns.filter((n) => !n.includes(" ")));
const otherWorkDeterminers = new Set(otherWork.determiners);
const twoWordOpeners = new Set(otherWork.determiners.filter((d) => d.includes(" ")).map((d) => d.split(" ")[0]!));
const EARLIER = new Set(["previous", "earlier", "last", "first", "original", "prior", "former"]);
// "His previous efforts behind the camera": nouns for a filmmaker's films, earlier than this one
// only after a word of an earlier time ("her first feature" may be this one).
const EARLIER_WORKS = new Set(["effort", "outing", "picture", "feature", "work", "film", "movie"]);
const BEFORE_THIS_ONE = new Set(["previous", "earlier", "prior", "former"]);
const INSTANCE_ARTICLES = new Set(["a", "an"]);
// "the first Bramble", not "his First World War film": a word of an earlier time, in lowercase.
const earlierWord = (t: Token | undefined) => t !== undefined && EARLIER.has(t.normal) && t.text === t.normal;
// "but his singing voice is thin": what a performer does with voice and body, after "his"/"her".
const PERFORMER_FEATURES = new Set([...ACTING_NOUNS, "voice", "singing", "accent", "delivery", "timing", "face", "eyes", "presence", "charm", "physicality", "mannerism", "mugging", "dancing", "energy", "intensity"]);
const POSSESSIVE_PRONOUNS = new Set(["his", "her"]);
// Nouns for the people who act, which an apposition names ("another newcomer, Archie Yates,").
const PERFORMER_NOUNS = new Set(["newcomer", "actor", "actress", "star", "co-star", "costar", "performer", "veteran", "lead", "comedian", "discovery", "revelation", "standout"]);
const CLAUSE_BREAK = new Set([",", ";", ":", "—", "–", "(", ")"]);
const FILM_PRONOUNS = new Set(["it", "this"]);
const WH_ADVERBS = new Set(["when", "whenever", "where", "wherever", "why", "how", "once"]);
const CAUSE_PREPOSITIONS = new Set(["by", "through", "from"]);
const MODAL_CHAIN = new Set(["should", "could", "would", "might", "must", "may", "can", "will", "have", "'ve", "’ve", "'d", "’d", "'ll", "’ll"]);
const filmWordSet = new Set(criticismLexicon.filmWords);
// Before a genre word that names the film's craft ("the comedy is broad", "its comedy"), not a kind of work ("a flat-footed comedy").
const CRAFT_DETERMINERS = new Set(["the", "its", "his", "her", "their"]);

/** A word of the general lexicon for a bad feeling or state ("trembling", "nervous"), not a critic's word. */
const feeling = (t: Token) => {
  const v = wordValence(t.normal, t.lemma, true);
  return v.value < 0 && !v.critical;
};

// Object pronouns after a cue word make it a verb ("strings them together").
const OBJECT_PRONOUNS = new Set(["them", "him", "us", "me"]);
// Words by which a main clause answers a conceded length with the film's pace ("never dull", "it flies by").
const PACE_ANSWERS = new Set(["dull", "boring", "bore", "drag", "tedious", "tiresome", "slog", "fly", "flies", "flag", "sag", "move", "moves", "gripping", "engrossing", "absorbing", "riveting", "brisk", "pace", "paced"]);

const OBJECT_TAGS = new Set(["NOUN", "PROPN", "ADJ", "DET", "NUM"]);
/**
 * Whether the adjective at i stands in a "with ..." phrase of manner, after the verb or after the
 * verb's object ("directs with great energy", "directs the film with great energy", "plays Keller
 * with quiet menace").
 */
function mannerPhrase(tokens: Token[], i: number): boolean {
  let k = i - 1;
  const modifier = (t: Token) => t.pos === "ADJ" || t.pos === "ADV" || t.pos === "DET" || t.text === ",";
  while (k >= 0 && modifier(tokens[k]!)) k--;
  // "with a farceur's impeccable timing", "with a painter's eye": a likeness in a possessive.
  if (POSSESSIVE_S.has(tokens[k]?.normal ?? "") && tokens[k - 1]?.pos === "NOUN") {
    k -= 2;
    while (k >= 0 && modifier(tokens[k]!)) k--;
  }
  if (tokens[k]?.normal !== "with") return false;
  const before = tokens[k - 1];
  if (before?.pos === "VERB" || before?.pos === "ADV" || before?.pos === "PRON") return true;
  if (before?.pos !== "NOUN" && before?.pos !== "PROPN") return false;
  let j = k - 1;
  // "stages the siege of Verdane with ...": an "of" phrase within the object.
  // "the faculty-meeting scenes": a hyphen inside a compound word.
  const hyphenInWord = (t: Token, at: number) => t.text === "-" && tokens[at - 1]?.end === t.start && tokens[at + 1]?.start === t.end;
  while (j > 0 && k - j <= 6 && (OBJECT_TAGS.has(tokens[j]!.pos) || tokens[j]!.normal === "of" || hyphenInWord(tokens[j]!, j))) j--;
  return tokens[j]?.pos === "VERB" && OBJECT_TAGS.has(tokens[j + 1]?.pos ?? "");
}

// Verbs by which someone in the story makes or hears a sound ("makes that awful sound", "lets out a sound").
const SOUNDING_VERBS = new Set(["make", "emit", "utter", "let", "hear", "imitate", "produce"]);
const SOUND_NOUNS = new Set(["sound", "noise"]);
const NOUN_PHRASE_OPENERS = new Set(["DET", "ADJ", "NUM", "PRON"]);
const DEMONSTRATIVES = new Set(["that", "this", "these", "those"]);

/** Whether the sound noun at i is the object of a verb of making or hearing it: a sound in the story, not the film's sound. */
function madeInTheStory(tokens: Token[], i: number): boolean {
  if (!SOUND_NOUNS.has(tokens[i]!.lemma)) return false;
  let k = i - 1;
  while (k >= 0 && i - k <= 5 && (NOUN_PHRASE_OPENERS.has(tokens[k]!.pos) || DEMONSTRATIVES.has(tokens[k]!.normal) || tokens[k]!.text === ",")) k--;
  const verb = tokens[k];
  return k < i - 1 && verb !== undefined && (verb.pos === "VERB" || verb.normal === "out") && (SOUNDING_VERBS.has(verb.lemma) || (verb.normal === "out" && SOUNDING_VERBS.has(tokens[k - 1]?.lemma ?? "")));
}

/**
 * Whether the predicate from `verb` to `last` says how its subject looks on screen: a form of
 * "look" after auxiliaries and adverbs, then a word of VISUAL_QUALITIES past degree words ("have
 * never looked so grimy"). "looks peaceful", "looks like a war zone" say how things stand in the story.
 */
function placeLooksOnScreen(tokens: Token[], verb: number, last: number): boolean {
  let look = verb;
  while (look <= last && tokens[look]!.lemma !== "look" && (tokens[look]!.pos === "AUX" || tokens[look]!.pos === "ADV")) look++;
  if (look > last || tokens[look]!.lemma !== "look") return false;
  let quality = look + 1;
  while (quality <= last && (tokens[quality]!.pos === "ADV" || tokens[quality]!.normal === "so" || tokens[quality]!.normal === "more")) quality++;
  return VISUAL_QUALITIES.has(tokens[quality]?.normal ?? "");
}

/**
 * Whether the craft noun at `at` means something else here: "The score is four million in uncut
 * sapphires" (a heist's take, a number, not the music), "the shot that finally kills the sergeant"
 * (a gunshot, not the camera's).
 */
function inAnotherSense(tokens: Token[], at: number): boolean {
  const t = tokens[at]!;
  if (t.lemma === "score" && tokens[at + 1]?.lemma === "be" && (tokens[at + 2]?.pos === "NUM" || /^[$£€]/u.test(tokens[at + 2]?.text ?? ""))) return true;
  return t.lemma === "shot" && t.pos === "NOUN" && gunshot(tokens, at);
}

/**
 * Whether the noun "shot" at `at` is fired: its verb, right after it or after "that"/"which" and
 * adverbs, is one of firing or hitting ("the shot that finally kills the sergeant", "a shot rings out").
 */
function gunshot(tokens: Token[], at: number): boolean {
  let k = at + 1;
  if (tokens[k]?.normal === "that" || tokens[k]?.normal === "which") k++;
  while (tokens[k]?.pos === "ADV") k++;
  return FIRED_VERBS.has(tokens[k]?.lemma ?? "");
}
const FIRED_VERBS = new Set(["kill", "ring", "hit", "miss", "wound", "echo", "strike", "fell", "graze", "pierce", "land"]);

/**
 * Whether the verb "score" at `at` takes an object that is neither the film nor a scene of it:
 * "scoring grisly footage", "scored a hit", "scores a job" (to get something). "scores the film",
 * "scored it", "scores every chase" write its music.
 */
function scoresAThing(tokens: Token[], at: number): boolean {
  let k = at + 1;
  while (k <= at + 4 && (tokens[k]?.pos === "DET" || tokens[k]?.pos === "ADJ" || tokens[k]?.pos === "ADV" || tokens[k]?.pos === "NUM")) k++;
  const object = tokens[k];
  if (object?.pos !== "NOUN") return false;
  return !filmWordSet.has(object.lemma) && !SCENE_NOUNS.has(object.lemma) && !SCORED_PARTS.has(object.lemma);
}
const SCORED_PARTS = new Set(["scene", "moment", "sequence", "montage", "image", "picture", "proceedings", "action", "credits", "story"]);

/**
 * "Her entrance is set to a glorious slab of power pop": a scene set to a piece of music is the
 * music's to judge. From "set" in "is set to" to the end of the noun phrase after it, whose words
 * judge the music ("is set to open in May" says when, and names no music).
 */
function setToMusic(tokens: Token[]): [number, number][] {
  const sets: [number, number][] = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 2];
    if (t.lemma !== "set" || tokens[i + 1]?.normal !== "to" || !next || next.pos === "VERB" || next.pos === "AUX" || !passiveOfACraft(tokens, i)) return;
    let last = i + 1;
    for (let k = i + 2; k < tokens.length && k <= i + 12 && (MUSIC_PHRASE_TAGS.has(tokens[k]!.pos) || tokens[k]!.normal === "of" || tokens[k]!.text === "-"); k++) {
      if (tokens[k]!.pos === "NOUN") last = k;
    }
    sets.push([i, last]);
  });
  return sets;
}
const MUSIC_PHRASE_TAGS = new Set(["DET", "ADJ", "ADV", "NOUN", "NUM", "PROPN"]);

/**
 * Whether the actor whose name starts at `name` owns a scene a craft's passive follows: "Hollis
 * Bright's final sermon is shot in a single take", "Ostrowski's safe-cracking sequence is scored
 * with a jazz cue", "Tallis's entrance is set to power pop". The judgement is the camera's or the
 * score's, not the acting's.
 */
function craftDoneToTheirScene(tokens: Token[], name: number): boolean {
  let k = name;
  while (tokens[k + 1]?.pos === "PROPN") k++;
  if (!POSSESSIVE_S.has(tokens[k + 1]?.text ?? "")) return false;
  let end = k + 2;
  while (end <= k + 7 && (SCENE_PHRASE_TAGS.has(tokens[end]?.pos ?? "") || tokens[end]?.text === "-")) end++;
  return end > k + 2 && tokens[end - 1]!.pos === "NOUN" && passiveOfACraft(tokens, end);
}
const SCENE_PHRASE_TAGS = new Set(["ADJ", "NOUN", "VERB"]);

/**
 * Whether the predicate at `verb` is a craft's passive: "is shot in a single take", "is scored with
 * a jazz cue", "is set to eighties power pop", "was cut to ribbons". Its subject is what the camera,
 * the score or the cutting made, not whoever acts in it.
 */
function passiveOfACraft(tokens: Token[], verb: number): boolean {
  let k = verb;
  while (tokens[k]?.pos === "AUX" || tokens[k]?.pos === "ADV") k++;
  const participle = tokens[k];
  let b = k - 1;
  while (tokens[b]?.pos === "ADV") b--;
  if (tokens[b]?.lemma !== "be") return false;
  if (!participle || !CRAFT_PASSIVES.has(participle.lemma) || participle.normal === participle.lemma.replace(/e$/u, "") + "ing") return false;
  return participle.lemma !== "set" || tokens[k + 1]?.normal === "to";
}
const CRAFT_PASSIVES = new Set(["shoot", "score", "set", "light", "cut", "edit", "frame", "stage", "choreograph", "film", "photograph", "soundtrack", "underscore"]);

/**
 * "Nobody has made the Fens look lovelier", "it makes Lisbon look drab": what the film makes a
 * place or a thing look is the camera's work. The indexes of "look" in "make ... look <quality>",
 * the quality one of VISUAL_QUALITIES (or its comparative) within three words.
 */
function madeToLook(tokens: Token[]): number[] {
  const looks: number[] = [];
  tokens.forEach((t, i) => {
    if (t.lemma !== "make" || t.pos !== "VERB") return;
    const look = tokens.findIndex((w, k) => k > i + 1 && k <= i + 6 && w.lemma === "look");
    if (look < 0 || tokens.slice(i + 1, look).some((w) => w.pos === "PUNCT" || w.pos === "VERB")) return;
    let quality = look + 1;
    while (quality <= look + 3 && (tokens[quality]?.pos === "ADV" || tokens[quality]?.normal === "so" || tokens[quality]?.normal === "more")) quality++;
    const word = tokens[quality];
    if (word && (VISUAL_QUALITIES.has(word.normal) || VISUAL_QUALITIES.has(word.lemma))) looks.push(look);
  });
  return looks;
}

// Where a verb of the story goes: "moving into a farm", "moving out", "terrifying them away".
const DIRECTIONS = new Set(["into", "to", "toward", "towards", "out", "away", "from", "through", "across", "up", "down", "back", "onto", "off", "around", "along", "past", "over", "inside", "home"]);

/**
 * An acting word in -ing used as a verb of the story, followed by where it goes: "moving into a
 * farm on the edge of the woods" is the family moving house, not a moving performance.
 */
function storyMotion(tokens: Token[], first: number, last: number): boolean {
  return first === last && tokens[first]!.normal.endsWith("ing") && DIRECTIONS.has(tokens[last + 1]?.normal ?? "");
}

/** A hyphen written against the word ("tight-knit"): the word is part of a compound. */
const hyphenAt = (tokens: Token[], i: number, side: -1 | 1) => {
  const h = tokens[i + side];
  const t = tokens[i]!;
  return h?.text === "-" && (side < 0 ? h.end === t.start : h.start === t.end);
};

const RUNNING_TIME_FRAMES = [["at"], ["running"], ["runs"], ["clocking", "in", "at"], ["clocks", "in", "at"]];
const RUNNING_TIME_UNITS = new Set(["minutes", "minute", "mins", "hours", "hour"]);

/**
 * Whether the sentence opens with its running time ("At nearly two and a half hours, ...",
 * "Running 150 minutes, ..."): a frame, a few words of quantity, a unit of time, then a comma or
 * the clause's subject.
 */
function opensWithRunningTime(tokens: Token[]): boolean {
  const frame = RUNNING_TIME_FRAMES.find((f) => f.every((w, k) => tokens[k]?.normal === w));
  if (!frame) return false;
  for (let k = frame.length; k < Math.min(tokens.length, frame.length + 8); k++) {
    // "At 105 minutes, it ...", or without the comma before the clause's subject ("At 105 minutes it flies by").
    if (RUNNING_TIME_UNITS.has(tokens[k]!.normal)) return tokens[k + 1]?.text === "," || tokens[k + 1]?.pos === "PRON" || tokens[k + 1]?.pos === "DET";
    if (tokens[k]!.text === "," || (tokens[k]!.pos !== "NUM" && tokens[k]!.pos !== "ADV" && tokens[k]!.pos !== "DET" && tokens[k]!.pos !== "ADP" && tokens[k]!.pos !== "CCONJ" && tokens[k]!.pos !== "ADJ")) return false;
  }
  return false;
}

const STRETCH_NOUNS = new Set([...RUNNING_TIME_UNITS, "half", "act", "while", "stretch", "reel", "reels", "third"]);

/** Whether the sentence opens with the stretch of the film it speaks of ("For an hour, ...", "For its first half, ..."). */
function opensWithStretch(tokens: Token[]): boolean {
  if (tokens[0]?.normal !== "for") return false;
  for (let k = 1; k < Math.min(tokens.length, 8); k++) {
    if (tokens[k]!.text === ",") return STRETCH_NOUNS.has(tokens[k - 1]!.normal);
  }
  return false;
}

/** The aspects whose cue or subject noun the sentence says the film lacks (lackedNouns). */
function lackedAspects(tokens: Token[], aspects: ReadonlySet<string>, definitions: AspectDefinition[]): string[] {
  const lacked = lackedNouns(tokens);
  if (lacked.length === 0) return [];
  const named = [...cues(definitions).find(tokens).map((m) => ({ aspect: m.value.aspect, first: m.first, last: m.last })), ...subjectNounMatcher(definitions).find(tokens).map((m) => ({ aspect: m.value, first: m.first, last: m.last }))];
  // "It has no dull moments", "no plot holes": a fault lacked is no fault of the craft.
  const namesAFault = (c: { first: number; last: number }) => [...tokenValences(tokens, c.first, c.last, { aboutCraft: true }).values()].some((v) => v < 0);
  return [...new Set(named.filter((c) => c.aspect !== "overall" && aspects.has(c.aspect) && lacked.some((k) => k >= c.first && k <= c.last) && !namesAFault(c)).map((c) => c.aspect))];
}

/** Whether the proper-noun run through `at` names the film (its masked title) or someone the sentence links (cast or crew, by the name's first token). */
function namesTheFilmOrItsPeople(tokens: Token[], at: number, people: PeopleInSentence): boolean {
  let first = at;
  while (first > 0 && tokens[first - 1]!.pos === "PROPN") first--;
  let last = at;
  while (tokens[last + 1]?.pos === "PROPN") last++;
  const named = new Set([...people.cast.map((c) => c.token), ...people.crew.map((c) => c.token)]);
  for (let k = first; k <= last; k++) if (named.has(k) || tokens[k]!.lemma === TITLE_LEMMA) return true;
  return false;
}

/**
 * The noun an adjective modifies when it stands before one ("a brilliant opening montage" -> montage); else -1.
 * `acrossLists`: past a comma or "and" between modifiers too ("a gorgeous, droning synth score").
 */
function headNoun(tokens: Token[], i: number, acrossLists = false): number {
  if (tokens[i]?.pos !== "ADJ") return -1;
  let k = i + 1;
  const modifier = (t: Token | undefined) => t !== undefined && (t.pos === "ADJ" || (t.pos === "VERB" && t.normal.endsWith("ing")));
  // "a gorgeous, droning synth score", "a clumsy and choppy cut": a comma or "and" between modifiers.
  // (wink may tag the -ing word after the comma a noun).
  // "rain-streaked": a noun hyphened to a participle or adjective is one modifier.
  const compound = (k: number) => tokens[k]?.pos === "NOUN" && tokens[k + 1]?.text === "-" && modifier(tokens[k + 2]);
  const between = (k: number) => (tokens[k]!.text === "," || tokens[k]!.normal === "and") && (modifier(tokens[k + 1]) || compound(k + 1) || (tokens[k + 1]?.normal.endsWith("ing") === true && tokens[k + 2]?.pos === "NOUN"));
  while (k < tokens.length && (modifier(tokens[k]) || tokens[k]!.pos === "ADV" || tokens[k]!.text === "-" || (acrossLists && (between(k) || (tokens[k - 1]?.text === "," && compound(k)))))) k++;
  if (tokens[k]?.pos !== "NOUN" && tokens[k]?.pos !== "PROPN") return -1;
  // "an awesome John Williams soundtrack", "a lovely Lin-Manuel Miranda score": a name before a noun modifies it.
  if (tokens[k]!.pos === "PROPN") {
    let name = k;
    while (tokens[name + 1]?.pos === "PROPN" || (tokens[name + 1]?.text === "-" && tokens[name + 2]?.pos === "PROPN")) name += tokens[name + 1]!.text === "-" ? 2 : 1;
    if (tokens[name + 1]?.pos === "NOUN") k = name + 1;
  }
  while (tokens[k + 1]?.pos === "NOUN") k++;
  return k;
}

// How far into a clause its subject, another work, may end ("Gillian Flynn’s cleverly structured 2012 novel").
const OTHER_WORK_REACH = 8;
// What may stand between a determiner and a work's noun ("her cleverly structured 2012 novel").
const WORK_MODIFIER_TAGS = new Set(["ADJ", "NOUN", "PROPN", "ADV", "NUM", "VERB"]);
// Each sentence's stretches, read once: the cue, subject and crew rules all ask.
const stretchesOf = new WeakMap<Token[], [number, number][]>();
const SOURCE_OPENERS = new Set(["based on", "adapted from", "inspired by"]);

// "The 1961 stage show it is adapted from was clunky", "the novel it's based on": the source named by a relative clause.
const namesItsSource = (words: Token[]) =>
  words.some((t, k) => k >= 2 && SOURCE_OPENERS.has(`${t.normal} ${words[k + 1]?.normal ?? ""}`) && ["is", "was", "'s"].includes(words[k - 1]!.normal) && words[k - 2]!.normal === "it" && words[k - 3]?.pos === "NOUN");

/** Comma-delimited stretches of the sentence whose subject is another work ("His television show was ..."). */
/** "his last film", "her last three features": a word of an earlier time right before the noun at k, or before a number there. */
function earlierBefore(words: Token[], k: number): boolean {
  const before = words[k - 1]?.pos === "NUM" ? words[k - 2] : words[k - 1];
  return EARLIER.has(before?.normal ?? "");
}

const YEAR = /^(?:1[89]|20)\d\d$/u;

function otherWorkStretches(tokens: Token[]): [number, number][] {
  const cached = stretchesOf.get(tokens);
  if (cached) return cached;
  const stretches: [number, number][] = [];
  stretchesOf.set(tokens, stretches);
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !CLAUSE_BREAK.has(tokens[i]!.text)) continue;
    // "The first film was a clumsy, overlong affair": a comma between adjectives goes on with an earlier film's predicate.
    if (i < tokens.length && listsAdjectives(tokens, i) && tokens.slice(from, i).some((t) => EARLIER.has(t.normal))) continue;
    const words = tokens.slice(from, Math.min(i, from + OTHER_WORK_REACH));
    // A determiner of one word ("his") or two ("the first", "the original").
    // A pair of words is put together only after the first word of a two-word determiner.
    const plainTwoWord = words.findIndex((t, k) => (twoWordOpeners.has(t.normal) || t.normal.includes(" ")) && otherWorkDeterminers.has(`${t.normal} ${words[k + 1]?.normal ?? ""}`));
    // "The 1962 original was a stiff, stagey affair": a year may stand inside the determiner (the year's index stands for its first word).
    const dated = words.findIndex((t, k) => twoWordOpeners.has(t.normal) && YEAR.test(words[k + 1]?.normal ?? "") && otherWorkDeterminers.has(`${t.normal} ${words[k + 2]?.normal ?? ""}`));
    const twoWord = plainTwoWord >= 0 ? plainTwoWord : dated >= 0 ? dated + 1 : -1;
    // "Gillian Flynn's cleverly structured novel": a name's possessive is a determiner too.
    const possessive = words.findIndex((t, k) => POSSESSIVE_S.has(t.normal) && words[k - 1]?.pos === "PROPN");
    const named = words.findIndex((t) => otherWorkDeterminers.has(t.normal));
    const det = twoWord >= 0 ? twoWord + 1 : named >= 0 ? named : possessive;
    // "Based on the 2009 novel by Colm Tóibín, ...", "Adapted from her memoir, ...": a clause that names the source.
    if (SOURCE_OPENERS.has(`${words[0]?.normal ?? ""} ${words[1]?.normal ?? ""}`) || namesItsSource(words)) stretches.push([from, i - 1]);
    else if (det >= 0) {
      const noun = words.findIndex(
        // The work's noun heads its phrase: not "his comic timing" (an adjective), not "her book tour" (a noun after it).
        (t, k) =>
          k > det &&
          t.pos === "NOUN" &&
          words[k + 1]?.pos !== "NOUN" &&
          // "Strand has the role of her career": a critics' idiom, no other work.
          !insideIdiom(tokens, from + k) &&
          !(t.lemma === "work" && CRAFTS_OF_WORK.has(words[k - 1]?.normal ?? "")) &&
          (otherWorkNouns.has(t.lemma) ||
            ((t.lemma === "film" || t.lemma === "movie" || t.lemma === "feature") && earlierBefore(words, k)) ||
            (EARLIER_WORKS.has(t.lemma) && BEFORE_THIS_ONE.has(words[k - 1]?.normal ?? ""))),
      );
      // "The first Bramble was ...", "the original Ghostbusters": a title after a word of an earlier time is the earlier film.
      const earlierTitle = words.findIndex((t, k) => k > det && (t.lemma === TITLE_LEMMA || t.pos === "PROPN") && earlierWord(words[k - 1]));
      // "The original was a slog": the determiner's own noun, then its verb.
      const determinerNoun = twoWord >= 0 && otherWorkNouns.has(words[det]!.lemma) && isVerb(words[det + 1] ?? words[det]!) ? det : -1;
      if ((noun > det && words.slice(det + 1, noun).every((t) => WORK_MODIFIER_TAGS.has(t.pos))) || earlierTitle > det || determinerNoun >= 0) stretches.push([from, i - 1]);
    }
    from = i + 1;
  }
  stretches.push(...namedOtherWorks(tokens, stretches));
  return stretches;
}

/**
 * "Calloway's debut, The Hollow Field, was a muddled, overlong affair", "Her previous film, Dry
 * Season, was overlong": a work named by a title in apposition (not this film's) and the predicate
 * after it speak of that work: the stretches from the work's phrase to the end of the predicate, when
 * that phrase already speaks of another work or is a word for a film that a possessive owns.
 */
function namedOtherWorks(tokens: Token[], stretches: readonly [number, number][]): [number, number][] {
  const found: [number, number][] = [];
  for (let open = 0; open < tokens.length; open++) {
    if (open === 0 || tokens[open]!.text !== ",") continue;
    // "the trawler drama Herring Year": a kind of film may come before the title.
    let close = kindBeforeTitle(tokens, open + 1);
    const titleStart = close;
    // wink tags some capitalized words of a title as common nouns ("Herring Year").
    const titleWord = (t: Token) => t.pos === "PROPN" || (t.pos === "NOUN" && /^\p{Lu}/u.test(t.text));
    while (close < tokens.length && (titleWord(tokens[close]!) || tokens[close]!.pos === "DET" || (tokens[close]!.pos === "ADP" && tokens[close + 1] !== undefined && titleWord(tokens[close + 1]!)))) close++;
    const title = tokens.slice(titleStart, close);
    if (tokens[close]?.text !== "," || !title.some((t) => t.pos === "PROPN") || title.some((t) => t.lemma === TITLE_LEMMA)) continue;
    const work = tokens[open - 1]!;
    const owned = work.pos === "NOUN" && (otherWorkNouns.has(work.lemma) || filmWordSet.has(work.lemma)) && tokens.slice(Math.max(0, open - 5), open - 1).some((t) => POSSESSIVE_S.has(t.normal) || t.normal === "his" || t.normal === "her" || t.normal === "their");
    if (!owned && !stretches.some(([a, b]) => open - 1 >= a && open - 1 <= b)) continue;
    // The appositive's predicate must be the work's: a verb right after it ("was", "is", "ran").
    if (!isVerb(tokens[close + 1] ?? tokens[close]!)) continue;
    let end = close + 1;
    // To the end of the predicate: a comma goes on through a list of its words ("a muddled, overlong affair"), not into a new clause ("..., but").
    const newClause = (k: number) => tokens[k]!.text !== "," || ["CCONJ", "SCONJ", "PRON"].includes(tokens[k + 1]?.pos ?? "") || isVerb(tokens[k + 1] ?? tokens[k]!);
    while (end < tokens.length && (!CLAUSE_BREAK.has(tokens[end]!.text) || !newClause(end))) end++;
    // From the start of the work's own phrase ("Calloway's debut").
    let start = open - 1;
    while (start > 0 && !CLAUSE_BREAK.has(tokens[start - 1]!.text)) start--;
    found.push([start, end - 1]);
  }
  return found;
}
/** Past "the trawler drama" before a title in apposition: the index after its film word, or `at` when there is none. */
function kindBeforeTitle(tokens: Token[], at: number): number {
  if (tokens[at]?.pos !== "DET") return at;
  let k = at + 1;
  while (k < at + 5 && (tokens[k]?.pos === "ADJ" || tokens[k]?.pos === "NOUN") && /^\p{Ll}/u.test(tokens[k]!.text)) {
    if (filmWordSet.has(tokens[k]!.lemma)) return k + 1;
    k++;
  }
  return at;
}

/** Whether the comma at i stands between adjectives of one predicate ("a clumsy, overlong affair", "clumsy, very slow"). */
function listsAdjectives(tokens: Token[], i: number): boolean {
  if (tokens[i]!.text !== ",") return false;
  const at = tokens[i + 1]?.pos === "ADV" ? i + 2 : i + 1;
  // wink tags some adjectives before a noun as nouns ("overlong affair").
  const adjective = tokens[at]?.pos === "ADJ" || (tokens[at]?.pos === "NOUN" && tokens[at + 1]?.pos === "NOUN");
  return tokens[i - 1]?.pos === "ADJ" && adjective;
}
// "her voice work", "his camera work": the craft done in this film, not another work.
const CRAFTS_OF_WORK = new Set(["voice", "camera", "stunt", "effects", "sound", "character", "ensemble", "vocal", "design", "costume", "lens", "genre"]);
const isVerb = (t: Token) => t.pos === "VERB" || t.pos === "AUX";
const COMPARING = new Set(["unlike", "like"]);

const WORK_RELATIVES = new Set(["which", "who", "that"]);

/**
 * "Unlike Marshall's Dog Soldiers, which focused on guys under pressure, ...": the name a clause
 * opens by setting the film against (not its own title), and the relative clause that tells of it,
 * speak of another work.
 */
function comparedWithANamedWork(tokens: Token[]): Set<number> {
  const indexes = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.normal !== "unlike" || (i > 0 && !CLAUSE_BREAK.has(tokens[i - 1]!.text) && tokens[i - 1]!.pos !== "CCONJ")) return;
    let comma = i + 1;
    while (comma < tokens.length && tokens[comma]!.text !== "," && !isVerb(tokens[comma]!)) comma++;
    const named = tokens.slice(i + 1, comma);
    if (tokens[comma]?.text !== "," || !named.some((w) => w.pos === "PROPN" && /^\p{Lu}/u.test(w.text)) || named.some((w) => w.lemma === TITLE_LEMMA)) return;
    let end = comma;
    if (WORK_RELATIVES.has(tokens[comma + 1]?.normal ?? "")) {
      end = comma + 1;
      while (end < tokens.length && !CLAUSE_BREAK.has(tokens[end]!.text)) end++;
    }
    for (let k = i; k < end; k++) indexes.add(k);
  });
  return indexes;
}

// Quantifiers by which a critic speaks of other films in general ("most films of this ilk",
// "other comedies", "Todd Phillips, whose movies I generally struggle with"); not "few", whose films
// are the exception the film joins ("few films dare this").
const FILMS_IN_GENERAL = new Set(["most", "many", "other", "lesser", "countless", "similar", "whose"]);
const TYPICAL = new Set(["typical", "ordinary", "average", "standard", "conventional", "normal", "regular"]);
const TYPICAL_REACH = 8;
const TYPICAL_ENDS = new Set([";", ":", "—", "–", "but", "yet"]);

/**
 * "In a typical comic book adaptation, these villains would be supporting players": a sentence that
 * opens in a typical film of its kind says what such films do, up to a semicolon, a dash or "but".
 * Token indexes, or none.
 */
function typicalFilmOpening(tokens: Token[]): Set<number> {
  const indexes = new Set<number>();
  if (tokens[0]?.normal !== "in" || !["a", "an", "the", "your"].includes(tokens[1]?.normal ?? "") || !TYPICAL.has(tokens[2]?.normal ?? "")) return indexes;
  const comma = tokens.findIndex((t, k) => k > 2 && k <= TYPICAL_REACH && t.text === ",");
  if (comma < 0 || !tokens.slice(3, comma).some((t) => filmWordSet.has(t.lemma) || t.lemma === "adaptation")) return indexes;
  let end = comma + 1;
  while (end < tokens.length && !TYPICAL_ENDS.has(tokens[end]!.normal)) end++;
  if (!tokens.slice(comma, end).some((t) => t.normal === "would" || t.normal === "'d")) return indexes;
  for (let k = 0; k < end; k++) indexes.add(k);
  return indexes;
}
const FILMS_IN_GENERAL_REACH = 3;

/**
 * The stretch that speaks of other films in general, from its quantifier to the end of its clause:
 * "when most films of this ilk fail to reach first base", "other comedies settle for easy jokes".
 * Their faults and merits are theirs, not the film's. Token indexes.
 */
function filmsInGeneral(tokens: Token[]): Set<number> {
  const indexes = typicalFilmOpening(tokens);
  tokens.forEach((t, i) => {
    if (!FILMS_IN_GENERAL.has(t.normal) || t.pos === "ADV" || indexes.has(i)) return;
    // A plural film word within reach ("most films", "many recent biopics").
    const reach = tokens.slice(i + 1, i + 1 + FILMS_IN_GENERAL_REACH);
    const head = reach.findIndex((w) => filmWordSet.has(w.lemma) && w.normal !== w.lemma);
    if (head < 0 || reach.slice(0, head).some((w) => w.pos !== "ADJ")) return;
    for (let k = i; k < tokens.length && !CLAUSE_BREAK.has(tokens[k]!.text); k++) indexes.add(k);
  });
  return indexes;
}

/**
 * Token indexes whose judging words belong to another work: the comma-delimited stretches whose
 * subject is another work (otherWorkStretches), and, after such a stretch with no verb of its own,
 * the appositions that follow it and the stretch that opens with its verb ("Rian Johnson's last
 * film, 2017's The Last Jedi, was the best Star Wars movie in decades"). A stretch with its own
 * subject stops it ("Unlike his previous film, this one is a triumph").
 */
// "On stage, you can appreciate the costumes", "On the page, ...": an opening that moves to another medium.
const OTHER_MEDIUM_OPENERS = ["on stage", "onstage", "on broadway", "on the stage", "on the page", "in the book", "in the novel", "in the books", "in the novels", "in the musical", "in the play", "in the original", "in the stage version", "in the stage show", "in the comic", "in the comics"];

export function otherWorkTokens(tokens: Token[]): Set<number> {
  const indexes = comparedWithANamedWork(tokens);
  // "On stage, you can appreciate the costumes and choreography": the whole sentence is of that other medium.
  const comma = tokens.findIndex((t) => t.text === ",");
  if (comma > 0 && comma <= 5 && OTHER_MEDIUM_OPENERS.includes(tokens.slice(0, comma).map((t) => t.normal).join(" "))) tokens.forEach((_, k) => indexes.add(k));
  for (const k of filmsInGeneral(tokens)) indexes.add(k);
  for (const [first, last] of otherWorkStretches(tokens)) {
    // The work is the stretch's subject: no verb or preposition before it ("she has pared her novel
    // down" judges her, "intelligent about her own songs" judges Amy); "Unlike his last film" compares.
    const work = tokens
      .slice(first, last + 1)
      .findIndex((t, k) => otherWorkNouns.has(t.lemma) || t.lemma === "film" || t.lemma === "movie" || ((t.lemma === TITLE_LEMMA || t.pos === "PROPN") && earlierWord(tokens[first + k - 1])));
    if (work < 0 || tokens.slice(first, first + work).some((t) => isVerb(t) || (t.pos === "ADP" && !COMPARING.has(t.normal)))) continue;
    for (let k = first; k <= last; k++) indexes.add(k);
    if (tokens.slice(first, last + 1).some(isVerb)) continue;
    let from = last + 2;
    while (from < tokens.length) {
      let end = from;
      while (end < tokens.length && !CLAUSE_BREAK.has(tokens[end]!.text)) end++;
      const stretch = tokens.slice(from, end);
      const opensWithVerb = stretch.length > 0 && (isVerb(stretch[0]!) || (stretch[0]!.pos === "ADV" && stretch.length > 1 && isVerb(stretch[1]!)));
      if (stretch.some(isVerb) && !opensWithVerb) break;
      for (let k = from; k < end; k++) indexes.add(k);
      if (opensWithVerb) break;
      from = end + 1;
    }
  }
  return indexes;
}

// A short sentence about the film with a judgement and no named aspect is a verdict on the whole.
const VERDICT_MAX_WORDS = 15;
// How far after an actor's name a judging word of the predicate may stand ("Vance is, once again, a delight").
const ACTOR_PREDICATE_REACH = 6;
const FRAGMENT_MAX_WORDS = 5;

// Words by which a sentence about an act speaks of its length, not its story.
const ACT_LENGTH_WORDS = new Set(["slow", "long", "length", "drag", "dragging", "patience", "pace", "pacing", "overlong", "sluggish", "plodding", "minute", "hour", "tedious", "interminable", "forever", "endless", "brisk", "rushed", "hurried", "fly", "zip", "race", "longer", "shorter", "watch", "trim", "cut"]);
// Nouns for the parts of a craft or of the film ("its stiff moments", "some lovely passages").
const PART_NOUNS = new Set(["moment", "scene", "stretch", "passage", "sequence", "beat", "patch", "touch", "flourish", "bit", "spot"]);
// What a performer has of their own that a cinematography cue also names.
const PERSONA_NOUNS = new Set(["look", "image"]);
const PERSONA_OWNERS = new Set(["public", "self", "self-", "own"]);
// How a place looks on screen ("ravishing", "drab"), not how things stand in the story ("peaceful", "deserted").
const VISUAL_QUALITIES = new Set(["gorgeous", "beautiful", "stunning", "ravishing", "breathtaking", "spectacular", "magnificent", "sumptuous", "lush", "glorious", "lovely", "luminous", "majestic", "striking", "resplendent", "pretty", "romantic", "painterly", "grimy", "drab", "cheap", "fake", "artificial", "murky", "muddy", "dingy", "flat", "washed-out", "garish"]);
// Places a film is shot in, whose look on screen is the cinematography's ("the desert looks ravishing").
const PLACE_NOUNS = new Set(["desert", "city", "landscape", "island", "sea", "ocean", "mountain", "street", "town", "village", "coast", "countryside", "forest", "jungle", "skyline", "location", "scenery", "backdrop", "vista", "beach", "valley", "prairie", "plain", "wilderness", "suburb", "neighbourhood", "neighborhood"]);
// Nouns for a scene or stretch of the film's action.
const SCENE_NOUNS = new Set(["battle", "finale", "climax", "ending", "opening", "showdown", "chase", "fight", "set-piece", "action", "sequence"]);
// Nouns for a part of a whole, and the prepositions that join them to it ("aspects to the film", "moments in the score").
const PIECE_NOUNS = new Set(["aspect", "element", "part", "ingredient"]);
const PIECES_OF = new Set(["to", "in", "of"]);
// Participles of making the images, judged by an adverb next to them ("beautifully shot").
const SHOOTING_PARTICIPLES = new Set(["shot", "lensed", "filmed", "drawn", "animated"]);
// Cue nouns that also measure or shape what an "of" phrase names ("lines of men", "a score of years", "shots of whisky").
const MEASURE_NOUNS = new Set(["lines", "line", "score", "scores", "shot", "shots", "frame", "frames", "number", "numbers", "cut", "cuts", "strings", "string"]);
// What follows "cut" when it is the editor's cut ("cuts to her face", "cut for coherence", "cuts every
// sequence to the beat"), not "cut loose", "cuts everybody's hair", "budget cuts".
const CUTTING_ONWARDS = new Set(["to", "between", "back", "away", "for", "so", "too", "every", "from", "together", "into"]);
// Nouns a participle may modify that name people as written, not images ("a finely drawn character").
const PORTRAYED_NOUNS = new Set(["character", "characters", "villain", "hero", "heroine", "protagonist", "figure", "portrait", "role", "part", "people", "person", "man", "woman", "girl", "boy", "relationship", "relationships"]);

/** Whom a performance word is about: the actor named nearest it, else the nearest character. */
const AS_PART_REACH = 4;
function nearestCast(cast: CastMention[], at: number, tokens?: Token[]): CastMention | undefined {
  // "Waltz ... for his mesmerising performance, whereas Pitt ...": an actor of the cue's own clause first.
  const clause = tokens ? clauseOf(splitClauses(tokens), at) : undefined;
  const own = clause ? cast.filter((c) => c.token >= clause.first && c.token <= clause.last) : [];
  const candidates = own.length > 0 ? own : cast;
  // "He's disappointingly bland as Niko, and Lerner is equally dull": the part credited right after
  // the judging words ("as Niko") is whose playing they judge, whoever else the clause names.
  const credited = tokens ? candidates.find((c) => !c.actor && tokens[c.token - 1]?.normal === "as" && c.token > at && c.token - at <= AS_PART_REACH) : undefined;
  if (credited) return credited;
  const actors = candidates.filter((c) => c.actor);
  return (actors.length > 0 ? actors : candidates).reduce<CastMention | undefined>(
    (best, c) => (!best || Math.abs(c.token - at) < Math.abs(best.token - at) ? c : best),
    undefined,
  );
}

/** Whether the words at `at` belong to an actor: "Johnson's ..." (the name just before), or "his"/"her" in a sentence naming an actor. */
/** Where the modifiers before the noun at `at` begin ("more modern look", "shy-girl image"): the index of the first. */
function modifiersStart(tokens: Token[], at: number): number {
  let k = at;
  // Adjectives, adverbs and both halves of a hyphenated compound ("shy-girl"), at most five tokens.
  while (k > 0 && k > at - 5) {
    const t = tokens[k - 1]!;
    if (t.pos === "ADJ" || t.pos === "ADV" || t.text === "-" || tokens[k - 2]?.text === "-") k--;
    else break;
  }
  return k;
}

// Crafts whose things a character of the story may own and make (a cameraman's footage, a writer's script, a band's music).
const CRAFTS_OWNED_IN_THE_STORY = new Set(["cinematography", "editing", "screenplay", "music", "sound design"]);

function ownedByAnActor(tokens: Token[], at: number, people: PeopleInSentence): boolean {
  const before = tokens[at - 1]?.normal ?? "";
  // "Zeta-Jones' look": a bare apostrophe after a name in -s is its possessive too.
  const bare = (before === "'" || before === "’") && /s$/iu.test(tokens[at - 2]?.text ?? "");
  if (POSSESSIVE_S.has(before) || bare) return people.cast.some((c) => c.actor && c.token < at - 1 && c.token >= at - 5);
  return (before === "his" || before === "her") && people.cast.some((c) => c.actor && c.token < at);
}

/**
 * Whether the word at `at` follows a possessive that stands for a character of the story: the
 * character's name ("Ginny's acting") or "his"/"her" in a sentence that names a character and no
 * actor ("Ginny keeps losing parts because her acting is too big").
 */
function ownedByACharacter(tokens: Token[], at: number, people: PeopleInSentence): boolean {
  if (people.cast.some((c) => c.actor)) return false;
  const before = tokens[at - 1]?.normal ?? "";
  if (POSSESSIVE_S.has(before)) return people.cast.some((c) => c.token < at - 1 && c.token >= at - 5);
  return (before === "his" || before === "her" || before === "whose") && people.cast.some((c) => c.token < at);
}

// Verbs of making a film a character may be at in the story ("is directing the pageant", "is editing a wedding video").
const MAKING_VERBS = new Set(["direct", "edit", "shoot", "film", "score", "stage", "choreograph", "write", "compose"]);
/** Whether the name that starts at `name` ends at `at` (its capitalized words, proper nouns). */
const nameEndsAt = (tokens: Token[], name: number, at: number): boolean => {
  let end = name;
  while (tokens[end + 1]?.pos === "PROPN") end++;
  return end === at;
};

/**
 * Whether the performance noun at `at` is one given within the story: "as" a part named after it
 * ("Kenzie's performance as Juliet"), or a stage of the story ("her performance in the school play").
 */
function staged(tokens: Token[], at: number): boolean {
  if (tokens[at]!.lemma !== "performance") return false;
  if (tokens[at + 1]?.normal === "as" && tokens[at + 2]?.pos === "PROPN") return true;
  return tokens[at + 1]?.normal === "in" && tokens.slice(at + 2, at + 6).some((t) => STAGES.has(t.lemma));
}
const STAGES = new Set(["play", "show", "recital", "pageant", "production", "concert", "contest", "audition", "talent"]);

// Nouns before "director" that still name the film's director ("the film's director", "a horror director").
const DIRECTOR_KINDS_OF_FILM = new Set([...filmWordSet, "first-time", "debut", "genre", "indie", "studio"]);
/** Whether the noun before a director cue makes it another kind of director ("theatre director", "casting director"). */
function otherKindOfDirector(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  // "casting directors": the tagger may read the trade's first word as a verb in -ing.
  const trade = before?.pos === "NOUN" || (before?.pos === "VERB" && before.normal.endsWith("ing"));
  return before !== undefined && trade && !DIRECTOR_KINDS_OF_FILM.has(before.lemma) && tokens[at]!.lemma === "director";
}

/**
 * The clauses whose subject names no aspect, no one and not the film, in a sentence where a cue
 * stands outside them: "The laughs are sporadic and the supposedly tender moments are as
 * heartwarming as a Hot Pocket" says "tender" and "heartwarming" of the moments, not of the laughs.
 * Token indexes, from the subject to the end of the predicate.
 */
function saidOfAnotherSubject(tokens: Token[], found: CueAt[]): number[] {
  const cueAt = (k: number) => found.some((c) => k >= c.first && k <= c.last);
  const taken: number[] = [];
  for (const p of predications(tokens)) {
    const core: number[] = [];
    for (let k = p.subjectFirst; k <= p.subjectLast; k++) if (inSubjectCore(p, k)) core.push(k);
    const t = (k: number) => tokens[k]!;
    const standsFor = core.some((k) => cueAt(k) || t(k).pos === "PRON" || t(k).pos === "PROPN" || t(k).lemma === TITLE_LEMMA || filmWordSet.has(t(k).lemma) || WHOLE_NOUNS.has(t(k).lemma) || STANDS_FOR_THE_FILM.has(t(k).lemma));
    if (standsFor || !core.some((k) => t(k).pos === "NOUN")) continue;
    if (found.some((c) => c.first >= p.verb && c.first <= p.last)) continue;
    const outside = found.filter((c) => (c.predicate ? c.predicate[1] : c.last) < p.subjectFirst || c.first > p.last);
    // "the final battle is overwhelming, and Spielberg has made ...": a part of the film, judged with its director or actor.
    const part = core.some((k) => PART_NOUNS.has(t(k).lemma) || SCENE_NOUNS.has(t(k).lemma));
    if (outside.length === 0 || (part && outside.some((c) => t(c.first).pos === "PROPN"))) continue;
    for (let k = p.subjectFirst; k <= p.last; k++) taken.push(k);
  }
  return taken;
}

/**
 * Whether the word at `at` lies in the predicate of a clause whose subject is a common noun phrase
 * that names no one ("things couldn't get any worse", "the stakes are high"): said of that thing.
 */
function predicatedOfAThing(tokens: Token[], at: number): boolean {
  const p = predications(tokens).find((q) => at >= q.verb && at <= q.last);
  if (!p) return false;
  const core: Token[] = [];
  for (let k = p.subjectFirst; k <= p.subjectLast; k++) if (inSubjectCore(p, k)) core.push(tokens[k]!);
  const someone = (t: Token) => t.pos === "PROPN" || t.pos === "PRON" || ACTING_NOUNS.has(t.lemma) || PERFORMER_NOUNS.has(t.lemma) || personNouns.has(t.lemma) || relationNouns.has(t.lemma) || occupationNouns.has(t.lemma);
  const theFilm = (t: Token) => t.lemma === TITLE_LEMMA || filmWordSet.has(t.lemma) || WHOLE_NOUNS.has(t.lemma);
  // "the film belongs to Rosamund Pike, who is chilling": what follows a name in the predicate may be said of that person.
  if (tokens.slice(p.verb, at).some(someone)) return false;
  return core.some((t) => t.pos === "NOUN") && !core.some((t) => someone(t) || theFilm(t));
}

// Nouns of a film trade that a character of the story may also have.
const TRADES_OF_PEOPLE = new Set(["actor", "actress", "performer", "director", "filmmaker", "composer", "editor", "writer", "screenwriter", "cinematographer", "photographer", "comedian", "comic", "singer", "musician", "dancer"]);
// Crafts whose words, said of a person in the story, describe that person ("relentless", "loud", "slick").
const CRAFTS_NOT_OF_PEOPLE = new Set(["pacing", "editing", "cinematography", "sound design", "music", "production design"]);

/** Whether the word at `at` is in the predicate of a clause whose subject names a character and no actor ("Louis Bloom is relentless"). */
function saidOfACharacter(tokens: Token[], at: number, people: PeopleInSentence): boolean {
  const p = predications(tokens).find((q) => at > q.verb && at <= q.last);
  if (!p) return false;
  const inSubject = (c: CastMention) => c.token >= p.subjectFirst && c.token <= p.subjectLast;
  return people.cast.some((c) => !c.actor && inSubject(c)) && !people.cast.some((c) => c.actor && inSubject(c));
}

const RATING_WORDS = new Set(["point", "scale", "rating", "grade", "star"]);
/** Whether a rating's words ("points", "scale", a number: "out of 10") stand within four words of `at`. */
function ratingWords(tokens: Token[], at: number): boolean {
  for (let k = Math.max(0, at - 4); k <= Math.min(tokens.length - 1, at + 4); k++) {
    if (k !== at && (RATING_WORDS.has(tokens[k]!.lemma) || tokens[k]!.pos === "NUM")) return true;
  }
  return false;
}

// What "comic" or "comedic" names before these nouns is a comic book, its readers or a kind of part.
const NOT_HUMOUR_HEADS = new Set(["book", "strip", "fan", "adaptation", "movie", "film", "universe", "series", "artist", "writer", "creator", "source", "store", "hero", "reader", "franchise", "role", "part", "actor", "actress", "-"]);
const COMEDIAN_MODIFIERS = new Set(["stand-up", "standup", "a", "struggling", "aspiring", "failed", "veteran", "young", "old"]);

/**
 * "comic" or "comedic" at `at` in another sense than the film's humour: before a noun of comics, of
 * their readers or of a kind of part ("comic book fans", "comic movies", "comedic roles"), or as a
 * noun, a comedian ("a stand-up comic").
 */
/** The tokens of "comic(s)" in another sense than humour ("comic book fans", "a stand-up comic", "based on the DC comic"): no judgement. */
export function comicsInAnotherSense(tokens: Token[]): Set<number> {
  return new Set(tokens.flatMap((_, i) => (comicInAnotherSense(tokens, i) ? [i] : [])));
}

function comicInAnotherSense(tokens: Token[], at: number): boolean {
  const word = tokens[at]!.normal;
  if (word !== "comic" && word !== "comedic" && word !== "comics") return false;
  const next = tokens[at + 1];
  if (next && (NOT_HUMOUR_HEADS.has(next.lemma) || NOT_HUMOUR_HEADS.has(next.normal))) return true;
  if (word === "comics") return true;
  // "becoming a stand-up comic in Gotham City": the noun, a person.
  const before = tokens[at - 1]?.normal === "up" && tokens[at - 2]?.text === "-" ? "stand-up" : (tokens[at - 1]?.normal ?? "");
  if (word === "comic" && (next === undefined || next.pos !== "NOUN") && COMEDIAN_MODIFIERS.has(before)) return true;
  // "based on the DC comic", "a Marvel comic", "adapted from the comic": the noun, a comic book.
  const source = tokens.slice(Math.max(0, at - 4), at).map((t) => t.normal).join(" ");
  return word === "comic" && (next === undefined || next.pos !== "NOUN") && (tokens[at - 1]?.pos === "PROPN" || /\b(based on|adapted from)\b/u.test(source));
}

// What may follow "to look at" when something in the story is looked at ("to look at zoos").
const LOOKED_AT = new Set(["NOUN", "PROPN", "DET", "PRON", "ADJ", "NUM"]);
const HARD_BREAKS = new Set([";", ":", "—", "–", "(", ")"]);

/**
 * Whether a supporting-performance cue ("castmates", "the supporting cast") stands before `at` with
 * no stronger break than a comma or "and" (the verbs share the subject: "are not able to keep up
 * with him and in turn, give forgettable performances") and no actor named between ("the
 * supporting cast is fine and Venn gives a great performance").
 */
function supportingBefore(tokens: Token[], cueSpans: readonly { first: number; last: number; value: { aspect: string } }[], at: number, cast: readonly CastMention[]): boolean {
  return cueSpans.some(
    (c) =>
      c.value.aspect === "supporting performance" &&
      c.last < at &&
      !tokens.slice(c.last + 1, at).some((t) => HARD_BREAKS.has(t.text) || t.normal === "but" || t.normal === "while" || t.normal === "whereas") &&
      !cast.some((m) => m.actor && m.token > c.last && m.token < at),
  );
}

/** Whether the verb "frame" at `at` is followed by "as" or "for" within its clause ("frame the story as", "framed for murder"). */
function framedAsOrFor(tokens: Token[], at: number): boolean {
  if (tokens[at]!.lemma !== "frame" || (tokens[at]!.pos !== "VERB" && tokens[at - 1]?.normal !== "to")) return false;
  for (let k = at + 1; k < Math.min(tokens.length, at + 7) && !CLAUSE_BREAK.has(tokens[k]!.text); k++) if (tokens[k]!.normal === "as" || tokens[k]!.normal === "for") return true;
  return false;
}

// Nouns for the cast as a whole or its members, as what a film wastes.
const CAST_NOUNS = new Set(["cast", "actor", "actress", "ensemble", "performer", "star"]);
const TRADES_BEFORE_A_NAME = new Set(["actor", "actress", "performer"]);
const LACK_WORDS = new Set(["nothing", "little", "no"]);
/** Whether the name at `token` is a director's or writer's of this film and no cast member's. */
const offScreenOnly = (people: PeopleInSentence, token: number) => people.crew.some((c) => c.token === token) && !people.cast.some((c) => c.token === token);
const WASTED_CAST_REACH = 4;

function findCues(tokens: Token[], aspects: ReadonlySet<string>, people: PeopleInSentence, definitions: AspectDefinition[]): CueAt[] {
  // Acting words judge acting when an actor is named (or "he"/"she" opens the sentence); next to
  // a character's name alone they describe the story ("Andrew wants to be one of the greats").
  const actorNamed = people.cast.some((c) => c.actor);
  // A "he"/"she" that stands for the director or writer named before (a crew mention at token 0) is no actor.
  const aboutCast = actorNamed || (PRONOUN_SUBJECTS.has(tokens[0]?.normal ?? "") && !people.crew.some((c) => c.token === 0));
  const found: CueAt[] = [];
  const cueSpans = cues(definitions).find(tokens);
  const isActingCue = (i: number) => cueSpans.some((c) => !c.value.castOnly && c.value.aspect.endsWith("performance") && i >= c.first && i <= c.last);
  const elsewhere = otherWorkStretches(tokens);
  const actions = storyActions(tokens);
  // "It squanders a gifted cast", "a waste of three fine actresses": the part given the cast, named by a noun.
  const wastesTheCast = (m: { first: number; last: number; value: Cue }) =>
    m.value.aspect === "characterization" && tokens.slice(m.last + 1, m.last + 1 + WASTED_CAST_REACH).some((t) => t.pos === "NOUN" && CAST_NOUNS.has(t.lemma));
  for (const match of cueSpans) {
    if (match.value.castOnly && !aboutCast && !wastesTheCast(match)) continue;
    // "Sarah, played by Cristin Milioti, draws him in": the credit names who plays the part, and judges nothing.
    if (match.value.castOnly && tokens[match.first]!.lemma === "play" && tokens[match.last + 1]?.normal === "by") continue;
    // "Amos (Dario Venn, who plays a cop on a long-running series) and his sister struggle": a "who plays" relative clause credits a part.
    if (match.value.castOnly && tokens[match.first]!.lemma === "play" && tokens[match.first - 1]?.normal === "who") continue;
    // "a film about music" names a subject, not the score.
    if (isSubjectMarker(tokens, match.first - 1)) continue;
    // "it's not too long before things go wrong": time in the story, not the film's length.
    // ("goes on too long before the twist" is the length.)
    const denied = [1, 2, 3].some((d) => ["not", "n't", "n’t"].includes(tokens[match.last - d]?.normal ?? ""));
    if (tokens[match.last]!.normal === "long" && denied && STORY_TIME_AFTER_LONG.has(tokens[match.last + 1]?.normal ?? "")) continue;
    // "the sound design" is not the production "design": the head of another aspect's longer compound is that compound's.
    if (cueSpans.some((c) => c.value.aspect !== match.value.aspect && c.first < match.first && c.last === match.last)) continue;
    // "thin by design": on purpose, not the craft.
    if (match.value.nounOnly && tokens[match.first - 1]?.normal === "by") continue;
    // "tight-knit" is not pacing; "sounds thrilled" is not the sound.
    if (!match.value.hyphenated && (hyphenAt(tokens, match.first, -1) || hyphenAt(tokens, match.last, 1))) continue;
    if (match.value.nounOnly && tokens[match.first]!.pos !== "NOUN") continue;
    // "strings them together", "scores him a date": a one-word noun cue before an object pronoun is a verb the tagger took for a noun.
    if (match.first === match.last && tokens[match.first]!.pos === "NOUN" && OBJECT_PRONOUNS.has(tokens[match.last + 1]?.normal ?? "") && tokens[match.first - 1]?.pos !== "DET") continue;
    // "remake the world in his own image": a likeness, not the camera's image.
    if (match.first === match.last && tokens[match.first]!.lemma === "image" && ownLikeness(tokens, match.first)) continue;
    // "all set for a fight", "the set of rules", "the great set piece", "a bucket on the set": not the sets built for the film.
    if (match.value.nounOnly && tokens[match.first]!.normal === "set" && notTheSets(tokens, match.first)) continue;
    // "it all sounds convoluted", "this might sound silly": the verb of seeming, not the sound.
    if (match.value.nounOnly && tokens[match.first]!.lemma === "sound" && seemingSound(tokens, match.first)) continue;
    // "if you make a sound, you die", "fires a shot": a thing done in the story, not the craft.
    if (match.value.nounOnly && INSTANCE_ARTICLES.has(tokens[match.first - 1]?.normal ?? "") && tokens[match.first - 2]?.pos === "VERB") continue;
    // "now he makes that same awful sound", "we hear a low, wet noise": a sound someone makes or hears in the story.
    if (match.first === match.last && madeInTheStory(tokens, match.first)) continue;
    // "the endless lines of men", "a score of years": a measure or a shape of what follows, unless that names the craft too ("lines of dialogue").
    if (match.first === match.last && MEASURE_NOUNS.has(tokens[match.first]!.normal) && tokens[match.last + 1]?.normal === "of" && !cueSpans.some((c) => c.first > match.last + 1 && c.first <= match.last + 4)) continue;
    // "loves the sound of his own voice", "the sound of her footsteps": a sound in the story, not the sound design.
    if (match.value.nounOnly && tokens[match.last + 1]?.normal === "of" && POSSESSIVE_PRONOUNS.has(tokens[match.last + 2]?.normal ?? "")) continue;
    // "sets his sights on", "frames her face": a noun cue before a possessive or an article is a verb.
    if (match.value.nounOnly && match.first === match.last && (POSSESSIVE_PRONOUNS.has(tokens[match.last + 1]?.normal ?? "") || INSTANCE_ARTICLES.has(tokens[match.last + 1]?.normal ?? "")) && tokens[match.first - 1]?.pos !== "DET") continue;
    // "Zeta-Jones's more modern look", "leaves her shy-girl image behind": a performer's own look or image, not the camera's.
    if (match.value.aspect === "cinematography" && match.first === match.last && PERSONA_NOUNS.has(tokens[match.first]!.lemma) && ownedByAnActor(tokens, modifiersStart(tokens, match.first), people)) continue;
    // "her public image", "his self-image": how a person is seen, not the camera's image.
    if (match.value.aspect === "cinematography" && match.first === match.last && PERSONA_NOUNS.has(tokens[match.first]!.lemma) && PERSONA_OWNERS.has(tokens[match.first - 1]?.normal ?? "")) continue;
    // "in hopes of scoring grisly footage", "scores a job at the paper": to score a thing is to get it, not to write music for it.
    if (match.first === match.last && tokens[match.first]!.lemma === "score" && tokens[match.first]!.pos === "VERB" && scoresAThing(tokens, match.first)) continue;
    if (match.first === match.last && inAnotherSense(tokens, match.first)) continue;
    // "Honoria is directing the family's theatricals": a character at a craft in the story.
    // ("Hanne is played beautifully by Brey" is the acting; "Keith is treated as a sellout", the film's treatment.)
    if (match.first === match.last && MAKING_VERBS.has(tokens[match.first]!.lemma) && /ing$/u.test(tokens[match.first]!.normal) && tokens[match.first - 1]?.lemma === "be" && people.cast.some((c) => !c.actor && nameEndsAt(tokens, c.token, match.first - 2))) continue;
    // "On our scale of 10 points as perfect score, six is ...": a rating's score, not the music.
    if (tokens[match.first]!.lemma === "score" && match.first === match.last && ratingWords(tokens, match.first)) continue;
    // "Jolie cuts loose with a scream", "it cuts corners": an idiom of "cut", not the editing.
    if (match.value.nounOnly && tokens[match.first]!.lemma === "cut" && CUT_IDIOM_ENDS.has(tokens[match.last + 1]?.normal ?? "")) continue;
    // "the effects of trauma": what something causes, not the effects work.
    if (match.value.nounOnly && tokens[match.first]!.lemma === "effect" && tokens[match.last + 1]?.normal === "of") continue;
    // "a flat-footed comedy", "this musical": a genre word after "a"/"this" names the film, not its humour or music.
    // A genre word is the craft only as "the comedy", "its comedy"; else a kind of work ("a teen comedy", "known for sketch comedy").
    // "turns suffering into spectacle": a film word that is also a craft's cue names the film only after an article ("another incoherent spectacle").
    if (match.first === match.last && filmWordSet.has(tokens[match.first]!.lemma) && !CRAFT_DETERMINERS.has(tokens[match.first - 1]?.normal ?? "") && (!CUES_WITHOUT_ARTICLE.has(tokens[match.first]!.lemma) || articleBefore(tokens, match.first))) continue;
    // "the comic performance of his career", "his comic timing": the performance is judged, not the humour.
    // "a thankless role", "an underwritten part": the part as written stays the characterization's.
    const partAsWritten = match.value.aspect === "characterization" && PARTS_PLAYED.has(tokens[match.last + 1]?.lemma ?? "");
    if (!match.value.aspect.endsWith("performance") && !partAsWritten && tokens[match.last]!.pos === "ADJ" && PERFORMING_QUALITIES.has(tokens[match.last + 1]?.lemma ?? "")) continue;
    // "Behind the camera, actress Ines Calloway is a revelation": a performer's trade before a name credited only off screen says who they are.
    if (match.first === match.last && TRADES_BEFORE_A_NAME.has(tokens[match.first]!.lemma) && offScreenOnly(people, match.last + 1)) continue;
    // An acting word that modifies another noun judges that ("a brilliant opening montage").
    if (match.value.castOnly) {
      // "a single superb, unbroken take": past the list too.
      const head = headNoun(tokens, match.last, true);
      if (head >= 0 && tokens[head]!.pos !== "PROPN" && !ACTING_NOUNS.has(tokens[head]!.lemma) && !isActingCue(head)) continue;
      // "just as things couldn't get any worse, her friend Lillian (Rudolph) ...": said of another subject.
      if (predicatedOfAThing(tokens, match.first)) continue;
      if (storyMotion(tokens, match.first, match.last)) continue;
      // "a sport unsuited to the weak of heart", "only the brave": an adjective after "the" with no noun names people.
      if (match.first === match.last && tokens[match.first - 1]?.normal === "the" && (tokens[match.last + 1] === undefined || tokens[match.last + 1]!.normal === "of" || tokens[match.last + 1]!.pos === "PUNCT")) continue;
    }
    if (match.first === match.last && crewNounOfTheStory(tokens, match.first, people)) continue;
    // "stages the siege with unflinching control": an adjective of a maker's command, not of how the subject is treated.
    if (match.value.aspect === "depiction" && match.first === match.last && tokens[match.first]!.pos === "ADJ" && MASTERY_NOUNS.has(tokens[headNoun(tokens, match.first, true)]?.lemma ?? "")) continue;
    // "he prevails in the end": when the story ends, not the critic's summing-up ("In the end, it's a mess").
    if (match.value.aspect === "overall" && endOfTheStory(tokens, match.first, match.last)) continue;
    // "Charlie, a New York theatre director", "the casting director": another kind of director, not the film's.
    if (match.value.aspect === "direction" && match.first === match.last && tokens[match.first]!.pos === "NOUN" && otherKindOfDirector(tokens, match.first)) continue;
    // "set out to frame this story as a mockumentary", "is framed for murder": to present or to incriminate, not the camera's frame.
    if (match.value.aspect === "cinematography" && match.first === match.last && framedAsOrFor(tokens, match.first)) continue;
    // "director John Crowley's Brooklyn is a lovely drama": the credit names the film, as the name's possessive does.
    if (match.value.aspect === "direction" && match.first === match.last && tokens[match.first]!.pos === "NOUN" && tokens[match.first + 1]?.pos === "PROPN" && possessesTitle(tokens, match.first + 1)) continue;
    // "from debuting director Andrew Adamson": the trade before a credited name is a title; what the sentence says of the maker, the name carries.
    if (match.first === match.last && MAKER_TRADES.has(tokens[match.first]!.lemma) && people.crew.some((c) => c.token === match.first + 1)) continue;
    // "Lotte Brey is a triumph", "Brey's widow is a masterpiece": a verdict noun said of an actor is the acting's.
    if (match.value.aspect === "overall" && saidOfAnActor(tokens, match.first, people)) continue;
    // "Ginny is a soap actress who ...", "Amos, a failed composer,": a trade the copula gives a character is who they are in the story.
    if (match.first === match.last && tokens[match.first]!.pos === "NOUN" && TRADES_OF_PEOPLE.has(tokens[match.first]!.lemma) && saidOfACharacter(tokens, match.first, people)) continue;
    // "Louis Bloom is relentless": a craft's adjective said of a character describes the character.
    if (match.first === match.last && tokens[match.first]!.pos === "ADJ" && CRAFTS_NOT_OF_PEOPLE.has(match.value.aspect) && saidOfACharacter(tokens, match.first, people)) continue;
    // "His television show was slow-moving": another work's pace, not the film's.
    if (elsewhere.some(([a, b]) => match.first >= a && match.first <= b)) continue;
    // "drags his wife and kids to a new town": a verb of the story with its object, not the pace ("drags its feet" is).
    if (match.first === match.last && actions.has(match.first)) continue;
    // "comic book fans", "future comic movies", "a stand-up comic", "known for comedic roles": comics,
    // comedians and a kind of part, not the film's humour.
    if (match.value.aspect === "humour" && match.first === match.last && comicInAnotherSense(tokens, match.first)) continue;
    // "forces us to look at zoos", "hard to look at him": looking at something in the story, not the images ("lovely to look at").
    if (match.value.aspect === "cinematography" && tokens[match.last]!.normal === "at" && LOOKED_AT.has(tokens[match.last + 1]?.pos ?? "")) continue;
    // "until the very last frame", "from the first frame": a moment of the film, not its images.
    if (match.first === match.last && tokens[match.first]!.lemma === "frame" && FRAME_MOMENTS.has(tokens[match.first - 1]?.normal ?? "")) continue;
    // "Ginny is a soap actress ... because her acting is too big for daytime television": a character's own acting is the story's.
    if (match.value.aspect.endsWith("performance") && match.first === match.last && (tokens[match.first]!.lemma === "acting" || staged(tokens, match.first)) && ownedByACharacter(tokens, match.first, people)) continue;
    // "Bloom's footage", "Hanne's script": a craft's thing a character owns is the story's (the actor's own, "Venn's look", is read above).
    if (CRAFTS_OWNED_IN_THE_STORY.has(match.value.aspect) && tokens[match.first]!.pos === "NOUN" && ownedByACharacter(tokens, match.first, people)) continue;
    // "scared out of his wits": fear, not wit.
    if (tokens[match.first]!.normal === "wits" && tokens[match.first - 2]?.normal === "of" && tokens[match.first - 3]?.normal === "out") continue;
    let aspect = match.value.aspect;
    // "The last act settles the question too neatly": an act is the story's part, its length only
    // where the sentence speaks of time ("the last act goes on and on", "drags").
    if (aspect === "pacing" && tokens[match.last]!.lemma === "act" && !tokens.some((t) => ACT_LENGTH_WORDS.has(t.lemma) || ACT_LENGTH_WORDS.has(t.normal))) aspect = "screenplay";
    // "Dwayne Johnson's comic timing", "her comic timing": an actor's own humour is their performance.
    if (aspect === "humour" && ownedByAnActor(tokens, match.first, people)) aspect = "performance";
    // "Most of Malek's castmates give forgettable performances": the performances of the supporting players named before, in one clause.
    if (aspect === "performance" && !match.value.castOnly && supportingBefore(tokens, cueSpans, match.first, people.cast)) aspect = "supporting performance";
    // With no one named, "he"/"she" stands for the previous sentence's actor ("She is wonderful").
    else if (aspect === "performance" && (nearestCast(people.cast, match.first, tokens)?.billing ?? people.antecedent?.billing ?? 1) >= SUPPORTING_FROM_BILLING) {
      aspect = "supporting performance";
    }
    // What a film wastes of its cast is a fault of the parts however the cast is praised ("wastes its gifted stars").
    // "is given nothing to act", "has little more to do": a part that leaves its actor idle is a fault however the acting is praised.
    const leftIdle = match.value.aspect === "characterization" && tokens.slice(match.first, match.last + 1).some((t) => LACK_WORDS.has(t.normal));
    const fault = match.value.castOnly && (wastesTheCast(match) || leftIdle) ? { fault: true as const } : {};
    if (aspects.has(aspect)) found.push({ aspect, first: match.first, last: match.last, ...(match.value.castOnly ? { castOnly: true as const } : {}), ...fault });
    // "The principal cast deliver believable performances", "the ensemble is superb": the whole cast, the supporting players too.
    const wholeCast = WHOLE_CAST.has(tokens[match.last]!.lemma) || (GENERAL_ACTING.has(tokens[match.last]!.normal) && GENERAL_DETERMINERS.has(tokens[match.first - 1]?.normal ?? ""));
    if (aspect === "performance" && wholeCast && !people.cast.some((c) => c.actor) && aspects.has("supporting performance")) {
      found.push({ aspect: "supporting performance", first: match.first, last: match.last, shared: true });
    }
  }
  // "beautifully shot and well acted", "gorgeously shot scenes", "the world is colorfully drawn": how the film was shot, judged.
  if (aspects.has("cinematography")) {
    tokens.forEach((t, i) => {
      if (!SHOOTING_PARTICIPLES.has(t.normal) || t.pos !== "VERB" || found.some((c) => i >= c.first && i <= c.last)) return;
      const judgedBy = (k: number) => tokens[k]?.pos === "ADV" && wordValence(tokens[k]!.normal, tokens[k]!.lemma, true).value !== 0;
      if (!judgedBy(i - 1) && !judgedBy(i + 1)) return;
      // "a beautifully drawn character": the writing of a person, not the images.
      if (PORTRAYED_NOUNS.has(tokens[i + 1]?.lemma ?? "")) return;
      // "the worst animated movie ever": a kind of film judged whole ("a beautifully animated film" judges the images).
      if (filmWordSet.has(tokens[i + 1]?.lemma ?? "") && !tokens[i - 1]?.normal.endsWith("ly")) return;
      found.push({ aspect: "cinematography", first: i, last: i });
    });
  }
  // "cuts every sequence to the beat", "keeps cutting to her face", "cut so fast that ...": the verb of editing.
  if (aspects.has("editing")) {
    tokens.forEach((t, i) => {
      if (t.lemma !== "cut" || t.pos !== "VERB" || !CUTTING_ONWARDS.has(tokens[i + 1]?.normal ?? "") || found.some((c) => i >= c.first && i <= c.last)) return;
      found.push({ aspect: "editing", first: i, last: i });
    });
  }
  // "Harriet Vale is sensational as Mira": a judging adjective said of a named actor (within a few
  // words after the name, through "is"/"was") judges the performance, whether or not it is a cast cue.
  for (const actor of people.cast.filter((c) => c.actor)) {
    // The name's last word ("Ottilie Sand's landlady": the possessive follows it).
    let nameEnd = actor.token;
    while (tokens[nameEnd + 1]?.pos === "PROPN") nameEnd++;
    for (let k = actor.token + 1; k <= actor.token + ACTOR_PREDICATE_REACH && k < tokens.length; k++) {
      const t = tokens[k]!;
      // "Okafor's, who's steely and dynamic": a relative clause says it of the actor too.
      if (t.text === "," && tokens[k + 1]?.normal === "who") {
        k++;
        continue;
      }
      // "comes across as", "strikes me as": a verb of seeming is a copula.
      const seeming = [1, 2, 3].some((d) => seemingAs(tokens, k + d) && tokens.slice(k + 1, k + d).every((w) => w.pos !== "VERB" && w.pos !== "PUNCT"));
      if (t.pos === "PUNCT" || (t.pos === "VERB" && !COPULAS.has(t.lemma) && !seeming)) break;
      const strong = Math.abs(wordValence(t.normal, t.lemma, true).value) >= 1.5;
      // "is sensational", "is a shrill delight", "was a revelation": what the copula says of the actor.
      const judging =
        strong &&
        ((t.pos === "ADJ" && (headNoun(tokens, k, true) < 0 || predicateNominal(tokens, k)) && !describesKin(tokens, k)) || (t.pos === "NOUN" && predicateNominal(tokens, k)));
      // "Pelletier's patter is clumsy": a thing of theirs, not named as their acting, heads the subject.
      if (!judging && t.pos === "NOUN" && POSSESSIVE_S.has(tokens[nameEnd + 1]?.normal ?? "") && !ACTING_NOUNS.has(t.lemma)) break;
      if (!judging || found.some((c) => k >= c.first && k <= c.last)) continue;
      let aspect = "performance";
      if (actor.billing >= SUPPORTING_FROM_BILLING) aspect = "supporting performance";
      if (aspects.has(aspect)) found.push({ aspect, first: k, last: k });
      break;
    }
  }
  // "voiced by an irritating Josh Gad", "the never-better Lotte Brey": a judging adjective right before an actor's name.
  // "a magnificently snobby, elitist Tim McInnerny": the strongest word of the modifiers before the name.
  for (const actor of people.cast.filter((c) => c.actor)) {
    let k = actor.token - 1;
    while (k >= 0 && tokens[k]!.pos === "PROPN") k--;
    // "snobby, elitist Tim McInnerny": the tagger may take the last of the list for a noun.
    const listed = tokens[k]?.pos === "NOUN" && tokens[k - 1]?.text === "," && tokens[k - 2]?.pos === "ADJ";
    if (tokens[k]?.pos !== "ADJ" && !listed) continue;
    let from = k;
    const modifier = (j: number) => tokens[j]?.pos === "ADJ" || tokens[j]?.pos === "ADV" || ((tokens[j]?.text === "," || tokens[j]?.normal === "and") && tokens[j - 1]?.pos === "ADJ");
    while (from - 1 >= 0 && from > k - PRE_NAME_MODIFIERS && modifier(from - 1)) from--;
    if (!["DET", "ADP", "PUNCT"].includes(tokens[from - 1]?.pos ?? "PUNCT")) continue;
    const strongest = tokens
      .slice(from, k + 1)
      .map((t, d) => ({ at: from + d, value: Math.abs(wordValence(t.normal, t.lemma, true).value) }))
      .filter((w) => w.value >= 1.5 && !found.some((c) => w.at >= c.first && w.at <= c.last))
      .sort((a, b) => b.value - a.value)[0];
    if (!strongest) continue;
    const aspect = actor.billing >= SUPPORTING_FROM_BILLING ? "supporting performance" : "performance";
    if (aspects.has(aspect)) found.push({ aspect, first: strongest.at, last: strongest.at });
  }
  const named = (aspect: string) => found.some((c) => c.aspect === aspect);
  return found.filter((c) => {
    // "The supporting cast, especially ...": not the lead performance.
    if (c.aspect === "performance" && found.some((f) => f.aspect === "supporting performance" && !f.shared) && people.cast.length === 0) return false;
    // "Lou is compelling, but I wish we saw more of her": how the character is written, not acted.
    // "poor character development and some wooden performances": the acting named as such is judged too.
    if (c.aspect.endsWith("performance") && named("characterization") && !actorNamed && !namesTheActing(tokens, c)) return false;
    return true;
  });
}

const ACTING_NAMES = new Set([...GENERAL_ACTING, ...WHOLE_CAST, "performance"]);

/** A cue that is a noun naming the acting itself ("performances", "the acting", "the cast"), not an acting word said of someone. */
function namesTheActing(tokens: Token[], cue: CueAt): boolean {
  return !cue.castOnly && cue.first === cue.last && tokens[cue.first]!.pos === "NOUN" && ACTING_NAMES.has(tokens[cue.first]!.normal);
}

let senses: Map<string, ReadonlySet<string>> | undefined;
/** The genres whose senses an aspect's judging words take whatever the film (criticism-lexicon.json aspectSenses). */
function aspectSenses(aspect: string): ReadonlySet<string> {
  senses ??= new Map(
    Object.entries(criticismLexicon.aspectSenses)
      .filter(([name]) => name !== "about")
      .map(([name, genres]) => [name, new Set(genres as string[])]),
  );
  return senses.get(aspect) ?? new Set();
}

let subjectNouns: PhraseMatcher<string> | undefined;
function subjectNounMatcher(definitions: AspectDefinition[]): PhraseMatcher<string> {
  if (subjectNouns) return subjectNouns;
  subjectNouns = new PhraseMatcher();
  for (const d of definitions) for (const noun of d.subjectNouns) subjectNouns.add(noun, d.name);
  return subjectNouns;
}

/** A noun from a general lexicon that the predicate does not say the subject is: the story's content ("a man in pain"). */
// Not a critics' idiom that opens with a noun ("has the role of her career").
const storyNoun = (tokens: Token[], i: number) => {
  const t = tokens[i]!;
  return (t.pos === "NOUN" || t.pos === "PROPN") && !predicateNominal(tokens, i) && !wordValence(t.normal, t.lemma, true).critical && !opensIdiom(tokens, i);
};

// Nouns for who a person is in the story, by kin, relation or life: "a single father", "a lonely widow".
const KIN_NOUNS = new Set([...relationNouns, "man", "woman", "boy", "girl", "kid", "child", "lad", "lass", "gentleman", "lady", "teenager", "orphan"]);

/** A general-lexicon adjective (not a critic's word) whose noun says who someone is to others ("an overprotective single father"). */
const describesKin = (tokens: Token[], i: number) => {
  const t = tokens[i]!;
  if (t.pos !== "ADJ" || wordValence(t.normal, t.lemma, true).critical) return false;
  const head = headNoun(tokens, i);
  return head >= 0 && KIN_NOUNS.has(tokens[head]!.lemma);
};

export const aspectOfBilling = (billing: number): "performance" | "supporting performance" => (billing >= SUPPORTING_FROM_BILLING ? "supporting performance" : "performance");

/**
 * Subjects found by sentence structure (predications.ts), and the aspect their predicate judges:
 * a named actor as the subject of a clause ("Toni Collette gives a performance of frightening
 * range", "Kaluuya's face does most of the storytelling") judges the performance, whatever the
 * verb, with no cue word needed; "he"/"she" opening a clause stands for the one actor the previous
 * sentence named; the film, "it" or "nothing" before a verb of judging ("it ultimately works",
 * "nothing works here") judges the whole. A character named without their actor is the story, not
 * the acting, and gives nothing here.
 */
function subjectCues(tokens: Token[], aspects: ReadonlySet<string>, people: PeopleInSentence, lexical: CueAt[], definitions: AspectDefinition[]): CueAt[] {
  const found: CueAt[] = [];
  const nouns = subjectNounMatcher(definitions).find(tokens);
  const elsewhere = otherWorkStretches(tokens);
  const elided = elidedNegation(tokens);
  for (const p of predications(tokens)) {
    // "If the story wobbles, the voice cast never does": a condition the next clause answers by ellipsis is conceded, not supposed.
    const supposed = p.conditional && !(elided > p.last);
    // "Gillian Flynn's 2012 novel is a page turner": what is said of another work, even its writer's.
    if (supposed || elsewhere.some(([a, b]) => p.subjectFirst >= a && p.subjectLast <= b)) continue;
    // "The atmosphere never lets up": an adverb before the verb is the predicate's ("never" opens the idiom).
    let opening = p.verb;
    while (opening - 1 > p.subjectLast && tokens[opening - 1]!.pos === "ADV") opening--;
    const predicate: [number, number] = [opening, p.last];
    // The subject's head: its last noun before a preposition ("the look of the film" -> look).
    let head = -1;
    // "The cinematography and editing are superb": the last noun of each conjunct before the head heads a subject too.
    const conjunctHeads: number[] = [];
    // "Castellano's handling of the sound design": a noun of how a thing is handled heads nothing; its "of" phrase does.
    const handled = (k: number) => tokens[k]!.normal === "of" && head >= 0 && head === k - 1 && HANDLING_NOUNS.has(tokens[head]!.lemma);
    for (let k = p.subjectFirst; k <= p.subjectLast && (tokens[k]!.pos !== "ADP" || handled(k)); k++) {
      // "The costuming, set design and ...": a gerund conjunct heads its own.
      const gerundConjunct = tokens[k]!.pos === "VERB" && /ing$/u.test(tokens[k]!.normal) && LIST_JOINS.has(tokens[k + 1]?.normal ?? "");
      if (!inSubjectCore(p, k) || (tokens[k]!.pos !== "NOUN" && !gerundConjunct)) continue;
      if (head >= 0 && LIST_JOINS.has(tokens[head + 1]?.normal ?? "")) conjunctHeads.push(head);
      head = k;
    }
    const named = new Set<string>();
    // "Krasinski's film gives you no back story", "Marder's debut is impressive": the film, not its actor or director.
    // Not when the film is the frame of a judgement of a craft: the genre word is itself a cue ("the
    // comedy is broad"), the predicate names the craft ("the film treats its subject with ..."), or the
    // clause concedes before a "but" that judges one ("the movie isn't flashy, but its cinematography fits").
    // "The first film was a masterpiece", "her previous movie": an earlier work, not this one.
    // "The animation is stunning": a kind of film that also names a craft is the craft after "the"/"its".
    const craftNamed = head >= 0 && CRAFT_DETERMINERS.has(tokens[head - 1]?.normal ?? "") && nouns.some((m) => head >= m.first && head <= m.last);
    const filmSubject = head >= 0 && (filmWordSet.has(tokens[head]!.lemma) || standsForTheWhole(tokens, head)) && !EARLIER.has(tokens[head - 1]?.normal ?? "") && !craftNamed;
    const craft = lexical.filter((c) => c.aspect !== "overall");
    const framing =
      craft.some((c) => (head >= c.first && head <= c.last) || (c.first >= p.verb && c.first <= p.last)) ||
      (clauseOf(splitClauses(tokens), p.verb)?.role === "contrasted" && craft.length > 0);
    if (filmSubject && !framing) named.add("overall");
    if (head >= 0 && !filmSubject) {
      // "The sound design and mixing are incredible", "the story lurches", "the villains are weaker".
      // A subject noun inside a longer cue is that cue's ("the stunt sequences": direction, not a scene of the screenplay).
      // "Zeta-Jones' more modern look seems out of place": a performer's own look, not the camera's.
      const ownNouns = nouns.filter(
        (m) =>
          !lexical.some((c) => c.first <= m.first && c.last >= m.last && (c.first < m.first || c.last > m.last)) &&
          !(m.value === "cinematography" && m.first === m.last && PERSONA_NOUNS.has(tokens[m.first]!.lemma) && ownedByAnActor(tokens, modifiersStart(tokens, m.first), people)) &&
          !(m.first === m.last && inAnotherSense(tokens, m.first)),
      );
      for (const c of [...lexical.filter((c) => c.aspect !== "overall"), ...ownNouns.map((m) => ({ aspect: m.value, first: m.first, last: m.last }))]) {
        const heads = [head, ...conjunctHeads].some((h) => h >= c.first && h <= c.last);
        if (heads && (c.aspect !== "characterization" || copular(tokens, p.verb, p.last))) named.add(c.aspect);
      }
    }
    // "Another newcomer, Archie Yates, is hilarious": a performer's noun heads the subject, the apposition names them.
    const performerHead = head >= 0 && PERFORMER_NOUNS.has(tokens[head]!.lemma);
    const inCore = (c: { token: number }) =>
      !filmSubject && (inSubjectCore(p, c.token) || (performerHead && p.appositions.some(([a, b]) => c.token >= a && c.token <= b && a === p.subjectLast + 1)));
    // "The subtitles for Pelletier's patter are clumsy": a person in the phrase after a craft's head is not what is judged.
    const craftHeaded = [...named].some((a) => !PEOPLE_ASPECTS.has(a) && a !== "overall");
    // "Hollis Bright's final sermon is shot in a single take": what a craft did to the actor's scene is that craft's.
    const actors = people.cast.filter((c) => c.actor && inCore(c) && !(craftHeaded && c.token > head) && !craftDoneToTheirScene(tokens, c.token));
    // A character named without their actor as the subject ("Céline, played by X, is warmer and sharper"): how the part is written.
    // What a character does is the story; what they are, as written, is the characterization.
    // Of a character, only a critic's word judges the writing ("sharper", "one-note"); a feeling is the story ("is happy to break him").
    // "Pastor Lowell is a dull, humourless man": adjectives of the person they are describe them, not the writing.
    const ofAPerson = (k: number) => {
      const noun = tokens[headNoun(tokens, k, true)];
      return noun !== undefined && !WRITTEN_PERSON_NOUNS.has(noun.lemma) && (personNouns.has(noun.normal) || personNouns.has(noun.lemma));
    };
    const critical = tokens.slice(p.verb, p.last + 1).some((t, d) => t.pos === "ADJ" && wordValence(t.normal, t.lemma, true).critical && !ofAPerson(p.verb + d));
    if (actors.length === 0 && people.cast.some((c) => !c.actor && inCore(c)) && copular(tokens, p.verb, p.last) && critical) named.add("characterization");
    // A director or writer as the subject ("Villeneuve can ground the metaphysical ...").
    // "Alfonso Cuarón's Gravity is ...": the name's possessive only names the film the subject is.
    const crewSubject = people.crew.filter((c) => inCore(c) && !possessesTitle(tokens, c.token));
    for (const c of crewSubject) named.add(c.aspect);
    // "Fincher delivers a stylish, gripping drama": the film a director makes, judged with them.
    if (crewSubject.some((c) => c.aspect === "direction") && filmWords(tokens).some((w) => w.first > p.verb && w.last <= p.last)) named.add("overall");
    const subjectWord = p.subjectFirst === p.subjectLast ? tokens[p.subjectFirst]! : undefined;
    const personal =
      (subjectWord !== undefined && (subjectWord.normal === "he" || subjectWord.normal === "she")) ||
      (POSSESSIVE_PRONOUNS.has(tokens[p.subjectFirst]!.normal) && head >= 0 && PERFORMER_FEATURES.has(tokens[head]!.lemma));
    const billings =
      actors.length > 0
        ? actors.map((a) => a.billing)
        : personal && subjectWord !== undefined && people.antecedent && people.cast.length === 0
          ? [people.antecedent.billing]
          : personal
            ? earlierActorSubject(tokens, p, people)
            : [];
    for (const b of billings) named.add(aspectOfBilling(b));
    // "it works", "nothing works here", "it does all feel overcooked": a verb of judging, or a copula other than "be" among the predicate's first verbs.
    const core = tokens.slice(p.subjectFirst, p.subjectLast + 1).filter((t) => t.pos !== "ADV" && t.pos !== "DET");
    // The title is one subject however many words it has ("The Salt Road works").
    const whole = (core.length === 1 && WHOLE_SUBJECTS.has(core[0]!.normal)) || (core.length > 0 && core.every((t) => t.lemma === TITLE_LEMMA));
    const verbs = tokens.slice(p.verb, p.verb + 4).filter((t) => t.pos === "VERB" || t.pos === "AUX");
    // "it falls flat", "it never lives up to the hype": a critics' idiom is a verb of judging too.
    const judging = isJudgingVerb(tokens[p.verb]!.lemma) || [0, 1, 2, 3].some((d) => p.verb + d <= p.last && tokens[p.verb + d]!.pos === "VERB" && opensIdiom(tokens, p.verb + d));
    // "it expertly uses genre tropes": an adverb of craft before the verb judges how the film does it.
    const craftAdverb = tokens.slice(p.subjectFirst + 1, p.verb).some((t) => t.pos === "ADV" && wordValence(t.normal, t.lemma, true).critical);
    // "it ends up a long, joyless slog", "it winds up a mess", "it adds up to the best sequel since ...", "it amounts to little": what the film comes to be.
    const endsUp = (t: Token) => {
      const k = tokens.indexOf(t);
      const next = (d: number) => tokens[k + d]?.normal;
      return (ENDING_UP.has(t.lemma) && next(1) === "up") || (t.lemma === "add" && next(1) === "up" && next(2) === "to") || (t.lemma === "amount" && next(1) === "to");
    };
    if (whole && (judging || craftAdverb || verbs.some((t) => (COPULAS.has(t.lemma) && t.lemma !== "be") || endsUp(t)))) named.add("overall");
    // "The film looks sensational", "it looks gorgeous": how the film looks is its cinematography.
    const looks = (filmSubject || whole) && tokens[p.verb]!.lemma === "look" && !LOOKS_LIKE_A_VERDICT.has(tokens[p.verb + 1]?.normal ?? "");
    if (looks && named.delete("overall")) named.add("cinematography");
    // "The desert looks ravishing", "the streets have never looked so grimy": how the film's places look is its cinematography.
    if (head >= 0 && PLACE_NOUNS.has(tokens[head]!.lemma) && placeLooksOnScreen(tokens, p.verb, p.last)) named.add("cinematography");
    // "Joshua James Richards shoots the desert at magic hour", "Fincher shoots the suburbs in sickly
    // greens": how someone not in the cast shoots a place or a thing is the cinematography.
    const castInSubject = people.cast.some((c) => inSubjectCore(p, c.token));
    const shotBy = tokens[p.verb]!.lemma === "shoot" && tokens[p.verb]!.pos === "VERB" && core.length > 0 && core.every((t) => t.pos === "PROPN") && !castInSubject;
    if (shotBy && !SHOT_PEOPLE.has(tokens[p.verb + 1]?.pos ?? "")) named.add("cinematography");
    for (const aspect of named) if (aspects.has(aspect)) found.push({ aspect, first: p.subjectFirst, last: p.subjectLast, predicate });
  }
  // "The only really likable thing about this film is Culkin": what comes before the copula says it of the actor it names.
  tokens.forEach((t, verb) => {
    const actor = namedByTheCopula(tokens, verb, people);
    if (!actor || !aspects.has(aspectOfBilling(actor.billing))) return;
    const clause = clauseOf(splitClauses(tokens), verb);
    const first = clause?.first ?? 0;
    if (verb > first) found.push({ aspect: aspectOfBilling(actor.billing), first: actor.token, last: actor.token, predicate: [first, verb - 1] });
  });
  return found;
}

const ENDING_UP = new Set(["end", "wind"]);
const MANNER_NOUNS = new Set(["fashion", "style", "manner", "form"]);
// "thanks to", "courtesy of": what the clause before says is owed to the people named after.
const OWED_TO = [["thanks", "to"], ["courtesy", "of"]] as const;
// How far the list of people after "thanks to" may run ("thanks to Reeves and directors David Leitch and Chad Stahelski").
const OWED_REACH = 14;

/**
 * "He does so in spectacular fashion thanks to Reeves and directors David Leitch and Chad
 * Stahelski", "The film sinks, courtesy of a dreadful script by Abe Marder": each credited person
 * named after "thanks to" or "courtesy of" is judged by what the words before it, in its clause or
 * the clause just before, say (a cue whose predicate is those words).
 */
function creditedWith(tokens: Token[], aspects: ReadonlySet<string>, people: PeopleInSentence): CueAt[] {
  const cues: CueAt[] = [];
  const clauses = splitClauses(tokens);
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!OWED_TO.some(([a, b]) => tokens[k]!.normal === a && tokens[k + 1]!.normal === b)) continue;
    let end = k + 2;
    // The list of people ends at punctuation, or at a comma that opens the main clause ("Thanks to Reeves, it is a blast").
    while (end < tokens.length && end <= k + OWED_REACH && !(tokens[end]!.pos === "PUNCT" && (tokens[end]!.text !== "," || k === 0))) end++;
    const own = clauseOf(clauses, k);
    const first = own && own.first < k ? own.first : k > 0 ? (clauses[clauses.indexOf(own!) - 1]?.first ?? 0) : k;
    // "Thanks to Reeves, it is a blast": opening the sentence, what is owed follows the list.
    const after = clauseOf(clauses, end + 1);
    const predicate: [number, number] | undefined = first < k ? [first, k - 1] : after && end + 1 < tokens.length ? [end + 1, after.last] : undefined;
    if (!predicate) continue;
    for (const c of people.cast) {
      const aspect = aspectOfBilling(c.billing);
      if (c.actor && !c.asSelf && c.token > k + 1 && c.token < end && aspects.has(aspect)) cues.push({ aspect, first: c.token, last: c.token, predicate });
    }
    for (const c of people.crew) if (c.token > k + 1 && c.token < end && aspects.has(c.aspect)) cues.push({ aspect: c.aspect, first: c.token, last: c.token, predicate });
  }
  return cues;
}

/**
 * "Although the score is lovely, it is overused", "I enjoy Luhrmann's style, but it is too much
 * here": the craft a pronoun at `i` stands for, when the clause before its own concedes or is
 * contrasted, names one craft and not the film, and the copula at `verb` says how it is (an
 * adjective or adverb) rather than what ("..., it is a bore": the film), and its own clause names
 * no other craft as the cause ("by the editing"). Undefined otherwise.
 */
function concededCraft(tokens: Token[], i: number, verb: number, found: CueAt[]): string | undefined {
  const clauses = splitClauses(tokens);
  const own = clauseOf(clauses, i);
  const before = own ? clauses[clauses.indexOf(own) - 1] : undefined;
  if (!own || own.role !== "main" || !before || (before.role !== "concessive" && before.role !== "contrasted")) return undefined;
  const complement = tokens[verb + 1];
  if (!complement || (complement.pos !== "ADJ" && complement.pos !== "ADV" && complement.pos !== "VERB")) return undefined;
  const crafts = new Set(found.filter((c) => c.aspect !== "overall" && !c.predicate && c.first >= before.first && c.last <= before.last).map((c) => c.aspect));
  if (crafts.size !== 1 || filmWords(tokens).some((w) => w.first >= before.first && w.last <= before.last)) return undefined;
  // "..., but it's so chopped up by the editing": a craft the clause names as the cause takes its judgement.
  const cause = (c: CueAt) => [c.first - 1, c.first - 2].some((k) => CAUSE_PREPOSITIONS.has(tokens[k]?.normal ?? ""));
  if (found.some((c) => c.aspect !== "overall" && !c.predicate && c.first > i && c.first <= own.last && cause(c))) return undefined;
  return [...crafts][0];
}

/** Whether the cue at `at` lies in what a copula says of a subject that names an actor ("Brey is a triumph"). */
function saidOfAnActor(tokens: Token[], at: number, people: PeopleInSentence): boolean {
  return predications(tokens).some(
    (p) =>
      at > p.verb &&
      at <= p.last &&
      copular(tokens, p.verb, p.last) &&
      // "is in a masterpiece": the film, where the actor is.
      !tokens.slice(p.verb + 1, at).some((t) => t.pos === "ADP") &&
      people.cast.some((c) => c.actor && inSubjectCore(p, c.token)),
  );
}

/** The actor a copula at `verb` names as its whole complement ("... is Culkin", "... was surely Waltz"), not a clause's subject ("is Culkin's best"). */
function namedByTheCopula(tokens: Token[], verb: number, people: PeopleInSentence): CastMention | undefined {
  if (tokens[verb]!.lemma !== "be" || tokens[verb]!.pos !== "AUX") return undefined;
  let k = verb + 1;
  while (tokens[k]?.pos === "ADV") k++;
  const actor = people.cast.find((c) => c.actor && !c.asSelf && c.token === k);
  if (!actor) return undefined;
  // The name ends the clause, or a bracket, comma or "as" follows it ("is Culkin (Uncle Buck)", "is Waltz, as Landa").
  let end = k;
  while (tokens[end + 1]?.pos === "PROPN") end++;
  const after = tokens[end + 1];
  return !after || after.pos === "PUNCT" || after.normal === "as" ? actor : undefined;
}

/**
 * "There's a bomb, it's on a bus": the clause just before the pronoun at `i` introduces a thing
 * ("there is/'s/was a ..."), which the pronoun stands for, not the film.
 */
function introducedJustBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.text === "," || tokens[k]!.normal === "and")) k--;
  for (; k >= 0 && !CLAUSE_BREAK.has(tokens[k]!.text); k--) {
    if (tokens[k]!.normal === "there" && tokens[k + 1]?.lemma === "be") return true;
  }
  return false;
}

/**
 * "Gosling is good, but he is monotonous", "... but his voice is thin": a "he"/"she" subject, or
 * "his"/"her" before a performer's feature, stands for the actor who is the subject of an earlier
 * clause of the same sentence, when that clause's subject names one actor and no one else is named
 * between them. The actor's billing, or none.
 */
function earlierActorSubject(tokens: Token[], p: Predication, people: PeopleInSentence): number[] {
  const before = people.cast.filter((c) => c.token < p.subjectFirst);
  // "Jessica Chastain, as the grown-up Murph, has more to do, and she ...": the actor, not the part named after them.
  const last = before.filter((c) => c.actor).at(-1);
  if (!last || before.some((c) => c.billing !== last.billing)) return [];
  const earlier = predications(tokens).find((q) => q.verb < p.subjectFirst && last.token >= q.subjectFirst && last.token <= q.subjectLast);
  // "we all want to like an Adam Sandler movie again but he is phoning it in": the one actor named
  // anywhere before a clause joined by "but", "and" or "yet".
  const joined = COORDINATORS.has(tokens[p.subjectFirst - 1]?.normal ?? "");
  return earlier || joined ? [last.billing] : [];
}
const COORDINATORS = new Set(["but", "and", "yet"]);

/**
 * A director or writer named in a sentence: judgements next to the name judge their direction or
 * screenplay; not in a clause about another work of theirs ("Flynn's novel is a page turner"), nor
 * as the possessive of the title ("Alfonso Cuarón's Gravity", "Bong Joon-ho's
 * Parasite"), which only names the film.
 */
function crewCues(tokens: Token[], aspects: ReadonlySet<string>, people: PeopleInSentence): CueAt[] {
  const elsewhere = otherWorkStretches(tokens);
  // "from debuting directors Andrew Adamson and Vicky Jenson": a name joined by "and" to a credited maker is credited too.
  const credited = new Set<number>();
  for (const c of [...people.crew].sort((a, b) => a.token - b.token)) {
    const joined = tokens[c.token - 1]?.normal === "and" || tokens[c.token - 1]?.text === "&";
    if (creditedMaker(tokens, c.token) || (joined && people.crew.some((d) => credited.has(d.token) && d.token < c.token && c.token - d.token <= 5))) credited.add(c.token);
  }
  return people.crew
    .filter((c) => aspects.has(c.aspect) && !possessesTitle(tokens, c.token) && !credited.has(c.token) && !elsewhere.some(([a, b]) => c.token >= a && c.token <= b))
    .map((c) => ({ aspect: c.aspect, first: c.token, last: c.token }));
}

const FRAME_MOMENTS = new Set(["first", "last", "final", "opening", "closing"]);
// A maker's trade said as a title before the name ("director Rupert Sanders").
const MAKER_TRADES = new Set([...CREW_NOUNS, "filmmaker", "helmer", "auteur", "co-director", "showrunner"]);
// Words that may stand between "from"/"by" and a maker's name: the maker's trade and how new to it they are.
const MAKER_TITLE_POS = new Set(["NOUN", "ADJ", "VERB", "PUNCT"]);
/**
 * Whether the director or writer named at `at` is credited as the work's maker after "from" or
 * "by" that no verb governs ("a screwball fable from debuting director Andrew Adamson", "this
 * latest version by first-time director Rupert Sanders"): the phrase says whose work it is, and
 * the sentence's judgement is of the work. "ruined by", "shot by" (a verb before the preposition)
 * still credits the maker with what the verb says.
 */
function creditedMaker(tokens: Token[], at: number): boolean {
  let k = at - 1;
  if (MAKER_TRADES.has(tokens[k]?.lemma ?? "")) {
    k--;
    while (k >= 0 && at - k <= 5 && MAKER_TITLE_POS.has(tokens[k]!.pos) && tokens[k]!.normal !== "," && tokens[k]!.normal !== "by" && tokens[k]!.normal !== "from") k--;
  }
  const preposition = tokens[k];
  if (preposition?.normal !== "from" && preposition?.normal !== "by") return false;
  return tokens[k - 1]?.pos !== "VERB" && tokens[k - 1]?.pos !== "AUX";
}

/**
 * Whether the director or writer named at token `at` is named only in passing: as the possessive of
 * the title ("Alfonso Cuarón's Gravity") or in a clause that names the source ("Based on the novel
 * by Colm Tóibín, ..."). Such a name leaves the sentence to the film.
 */
export function crewNamedInPassing(tokens: Token[], at: number): boolean {
  return possessesTitle(tokens, at) || namesTheSource(tokens, at);
}

/** Whether the token at `at` is in a clause that opens by naming the source (SOURCE_OPENERS: "Based on the novel by ..."). */
function namesTheSource(tokens: Token[], at: number): boolean {
  let from = at;
  while (from > 0 && !CLAUSE_BREAK.has(tokens[from - 1]!.text)) from--;
  return SOURCE_OPENERS.has(`${tokens[from]?.normal ?? ""} ${tokens[from + 1]?.normal ?? ""}`);
}

/**
 * Whether the name ending at or after `at` is followed by "'s" and the film: its title ("Cuarón's
 * Gravity") or a word for the film, after its adjectives ("Scott's feature", "Scott's latest
 * film", "McQueen's Oscar-winning historical drama").
 */
function possessesTitle(tokens: Token[], at: number): boolean {
  return possessedFilm(tokens, at) >= 0;
}

/** possessesTitle's film: the index of the title or film word the name at `at` owns, or -1. */
function possessedFilm(tokens: Token[], at: number): number {
  let k = at;
  while (tokens[k + 1]?.pos === "PROPN" && tokens[k + 1]?.lemma !== TITLE_LEMMA) k++;
  const possessive = tokens[k + 1]?.normal === "'s" || tokens[k + 1]?.normal === "’s" || tokens[k + 1]?.text === "'" || tokens[k + 1]?.text === "’";
  if (!possessive) return -1;
  let next = k + 2;
  // Adjectives, hyphenated ones included ("Oscar-winning historical drama"), listed ("wise, bruising
  // and beautifully observed debut").
  const modifier = (t: Token, after: Token | undefined) =>
    t.pos === "ADJ" ||
    t.text === "-" ||
    (t.pos === "VERB" && /(ing|ed)$/u.test(t.normal) && after?.pos !== "DET") ||
    (t.pos === "PROPN" && after?.text === "-") ||
    ((t.text === "," || t.normal === "and" || t.pos === "ADV") && (after?.pos === "ADJ" || after?.pos === "ADV" || (after?.pos === "VERB" && /(ing|ed)$/u.test(after.normal))));
  while (next < k + 10 && tokens[next] !== undefined && modifier(tokens[next]!, tokens[next + 1]) && tokens[next + 1] !== undefined) next++;
  const word = tokens[next];
  if (word !== undefined && (word.lemma === TITLE_LEMMA || (word.pos === "NOUN" && filmWordSet.has(word.lemma)))) return next;
  // A film word of several tokens ("Chazelle's follow-up").
  return filmWords(tokens).some((w) => w.first === next && w.last > next) ? next : -1;
}

/** Whether a noun (or a name) is at i, or after the adjective at i: "this town", "this hilarious scene". */
function namesAThing(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  if (t.pos === "NOUN" || t.pos === "PROPN") return true;
  return t.pos === "ADJ" && (tokens[i + 1]?.pos === "NOUN" || tokens[i + 1]?.pos === "PROPN");
}

/**
 * Where "found it <judging words>" puts the film ("found it utterly gripping", "found the film a
 * chore") in tokens[first..last]: the index of "it" or the film word, or -1.
 */
function foundItSo(tokens: Token[], first: number, last: number): number {
  for (let k = first; k < last; k++) {
    if (tokens[k]!.lemma !== "find" || tokens[k]!.pos !== "VERB") continue;
    let object = k + 1;
    // "found this all incredibly stupid": "this" alone (no noun after it or after its adjective) is the film.
    const thisAlone = tokens[object]?.normal === "this" && !namesAThing(tokens, tokens[object + 1]?.normal === "all" ? object + 2 : object + 1);
    if (!thisAlone && (tokens[object]?.normal === "the" || tokens[object]?.normal === "this")) object++;
    const film = tokens[object];
    if (!film || (film.normal !== "it" && !thisAlone && !filmWordSet.has(film.lemma))) continue;
    // "found it all a bit much": "all" goes with the film.
    const from = tokens[object + 1]?.normal === "all" ? object + 1 : object;
    for (let j = from + 1; j <= Math.min(last, from + 4); j++) {
      const t = tokens[j]!;
      if (t.pos === "PUNCT" || t.pos === "VERB") break;
      if ((t.pos === "ADJ" || t.pos === "NOUN") && wordValence(t.normal, t.lemma, true).value !== 0) return object;
    }
  }
  return -1;
}

const CRITICS = new Set(["i", "we"]);
const REACTION_OBJECTS = new Set(["it", "this", "every", "each", "all"]);
const FORETELLING = new Set(["will", "'ll", "’ll", "wo", "won't", "would", "'d", "may", "might"]);

/**
 * The critic's own reaction, a verdict on the whole when the clause names no aspect: "I was utterly
 * captivated", "we were bored stiff", "I loved it", "I enjoyed every minute". The clause opens with
 * "I" or "we" (after adverbs or a conjunction); then a judging verb (criticismLexicon.judgingVerbs)
 * whose object is the film ("it", "this", "every minute", a film word, the title), or a copula and
 * a judging participle or adjective. Returns the judging word's index, or -1.
 */
function criticsReaction(tokens: Token[], first: number, last: number): number {
  // "If you are expecting action, you will be disappointed": the reaction may follow an opening phrase's comma.
  for (let start = first; start <= last; start++) {
    if (start > first && tokens[start - 1]!.text !== ",") continue;
    const found = reactionFrom(tokens, start, last);
    if (found >= 0) return found;
  }
  return -1;
}

/** criticsReaction from one start: the reaction's judging word, or -1. */
function reactionFrom(tokens: Token[], first: number, last: number): number {
  let k = first;
  while (k <= last && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "CCONJ" || tokens[k]!.pos === "PUNCT")) k++;
  // "You will be disappointed", "you'll love it": the reader's reaction foretold is the critic's verdict too.
  const foretold = tokens[k]?.normal === "you" && FORETELLING.has(tokens[k + 1]?.normal ?? "");
  if (!CRITICS.has(tokens[k]?.normal ?? "") && !foretold) return -1;
  k++;
  while (k <= last && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "PART" || (tokens[k]!.pos === "AUX" && !COPULAS.has(tokens[k]!.lemma)))) k++;
  const word = tokens[k];
  if (!word || k > last) return -1;
  if (word.pos === "VERB" && isJudgingVerb(word.lemma)) {
    let object = k + 1;
    if (tokens[object]?.normal === "the" || tokens[object]?.normal === "this") object++;
    const film = tokens[object];
    const isFilm = film !== undefined && (REACTION_OBJECTS.has(film.normal) || filmWordSet.has(film.lemma) || film.lemma === TITLE_LEMMA);
    return isFilm ? k : -1;
  }
  if (!COPULAS.has(word.lemma)) return -1;
  let j = k + 1;
  while (j <= last && tokens[j]!.pos === "ADV") j++;
  const state = tokens[j];
  if (!state || j > last || !(state.pos === "ADJ" || state.pos === "VERB")) return -1;
  const judging = isJudgingVerb(state.lemma) || wordValence(state.normal, state.lemma, true).value !== 0;
  return judging ? j : -1;
}

// Where a scene or a performance is: "in a forgettable comedy", "throughout this gripping thriller".
const SETTING_PREPOSITIONS = new Set(["in", "throughout"]);

/** Whether a judging adjective stands before the film word at `at` within its noun phrase ("a lovely film", "a really good movie"). */
function judgedBefore(tokens: Token[], at: number, from: number): boolean {
  for (let k = at - 1; k >= from && (tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "ADV"); k--) {
    if (tokens[k]!.pos === "ADJ" && !EARLIER.has(tokens[k]!.normal) && wordValence(tokens[k]!.normal, tokens[k]!.lemma, true).value !== 0) return true;
  }
  return false;
}

// "a consoling film", "a big-hearted sequel": a participle the tagger calls a verb, used as an adjective.
const participle = (t: Token) => t.pos === "VERB" && (t.normal.endsWith("ing") || t.normal.endsWith("ed"));

/** How many judging adjectives stand in the film word's noun phrase before it ("a bright, big-hearted and hilarious sequel": 3), and where the first word after its determiner is. */
function qualitiesBefore(tokens: Token[], at: number, from: number): { count: number; from: number } {
  let count = 0;
  let k = at - 1;
  for (; k >= from && (tokens[k]!.pos === "ADJ" || participle(tokens[k]!) || tokens[k]!.pos === "ADV" || tokens[k]!.text === "," || tokens[k]!.normal === "and"); k--) {
    if ((tokens[k]!.pos === "ADJ" || participle(tokens[k]!)) && !EARLIER.has(tokens[k]!.normal) && wordValence(tokens[k]!.normal, tokens[k]!.lemma, true).value !== 0) count++;
  }
  return { count: SUBJECT_DETERMINERS.has(tokens[k]?.normal ?? "") ? count : 0, from: k + 1 };
}

/**
 * Whether the film word at `at` heads a noun phrase set beside the title ("in Gleam, a highly
 * entertaining biopic of ..."; "Gleam, Lind's gripping drama, ..."): an apposition names the same
 * film.
 */
function apposedToTitle(tokens: Token[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "ADV" || tokens[k]!.text === "," || tokens[k]!.text === "-" || tokens[k]!.normal === "and")) k--;
  const determiner = tokens[k];
  if (determiner && POSSESSIVE_S.has(determiner.normal)) {
    // "Lind's": the possessive's name stands where the determiner would.
    k--;
    while (k > 0 && tokens[k - 1]!.pos === "PROPN" && tokens[k - 1]!.lemma !== TITLE_LEMMA) k--;
    if (tokens[k]?.pos !== "PROPN") return false;
  } else if (!determiner || !SUBJECT_DETERMINERS.has(determiner.normal)) return false;
  return tokens[k - 1]?.text === "," && tokens[k - 2]?.lemma === TITLE_LEMMA;
}

const RELATIVES = new Set(["that", "which", "who", "whose"]);

/**
 * Whether the copula at `verb` likens the film to a situation told as a clause ("It's like everyday
 * life is a hellish library where ..."): a picture of the story's world, not a verdict. A likeness
 * without a verb of its own ("it's like a bad sitcom") or an activity ("it's like watching paint
 * dry") still judges.
 */
function likensToAClause(tokens: Token[], verb: number): boolean {
  if (tokens[verb + 1]?.normal !== "like") return false;
  const first = tokens[verb + 2];
  if (!first || (first.pos === "VERB" && first.normal.endsWith("ing"))) return false;
  for (let k = verb + 3; k < tokens.length && k <= verb + 8; k++) {
    if (tokens[k]!.pos === "PUNCT") return false;
    // "like a fairy tale that went wrong": a relative clause describes the likeness, which still judges.
    if ((tokens[k]!.pos === "AUX" || tokens[k]!.pos === "VERB") && !tokens[k]!.normal.endsWith("ing")) return !RELATIVES.has(tokens[k - 1]!.normal);
  }
  return false;
}

// "It's not long before ...": "it" anticipates a clause of time too.
const EXTRAPOSED = new Set(["that", "to", "how", "why", "whether", "what", "before", "until"]);
// Nouns after which "that ..." is the subject "it" anticipates ("It's no surprise that"), not a
// relative clause on a noun the film is called ("it is a reminder that kindness ...").
const REPORTED_PARTICIPLES = new Set(["reckon", "say", "believe", "think", "know", "rumour", "rumor", "claim", "report", "estimate", "suppose", "expect", "fear", "hope", "argue", "assume"]);
const EXTRAPOSING_NOUNS = new Set(["surprise", "shame", "pity", "wonder", "miracle", "mystery", "relief", "fact", "question", "testament", "sign"]);
const objectless = (tokens: Token[], verb: number) => {
  let k = verb + 1;
  if (tokens[k]?.normal === "not") k++;
  const next = tokens[k];
  return tokens[verb]?.pos === "VERB" && (!next || next.pos === "PUNCT" || next.pos === "CCONJ" || next.pos === "ADV");
};

/**
 * Whether "it" before the copula at `verb` stands for the clause that follows ("It's no surprise
 * that Amelia struggles", "it's hard to believe anyone would die for him"), not for the film: a
 * short complement of adjectives, adverbs, determiners and EXTRAPOSING_NOUNS, then
 * "that", "to", "how", "why", "whether" or "what". Not when the verb after "to" has no object of
 * its own: "it" is then that object, the film ("It's hard to fault", "too much to watch").
 */
function anticipatory(tokens: Token[], verb: number): boolean {
  for (let k = verb + 1; k < tokens.length && k <= verb + 4; k++) {
    const t = tokens[k]!;
    if (EXTRAPOSED.has(t.normal) && k > verb + 1) {
      // "isn't that great": a degree word, not a clause.
      if (t.normal === "that") return tokens[k + 1]?.pos !== "ADJ" && tokens[k + 1]?.pos !== "ADV";
      // "It's hard to fault", "it is almost too much to watch": the verb's object is "it", the film.
      if (t.normal === "to") return !objectless(tokens, k + 1);
      return true;
    }
    // "It's reckoned that ...", "it is said that ...": a reporting verb's participle before the clause.
    const reported = t.pos === "VERB" && t.normal !== t.lemma && REPORTED_PARTICIPLES.has(t.lemma);
    if (!(t.pos === "ADJ" || t.pos === "ADV" || t.pos === "DET" || (t.pos === "NOUN" && EXTRAPOSING_NOUNS.has(t.lemma)) || t.pos === "PART" || reported)) return false;
  }
  return false;
}

/**
 * Whether "it" before the copula at `verb` opens a cleft sentence ("It's during these early stages
 * that we get to know the men", "It was only in the last act that ..."): a place or time put first,
 * then "that" or "when" before any punctuation, or a name then "who" ("it's Collette who really gets
 * under your skin"). The pronoun is then no one thing, not the film.
 */
function cleft(tokens: Token[], verb: number): boolean {
  let k = verb + 1;
  while (tokens[k]?.pos === "ADV" && !CLEFT_FOCUS.has(tokens[k]!.normal)) k++;
  const focus = tokens[k];
  // "it's ultimately the depths of depravity that ... leave your skin crawling", "it's the
  // performances that carry it": a definite noun phrase put first, none a film word ("it's the kind
  // of film that lingers" calls the film something).
  if (focus && (focus.normal === "the" || CLEFT_OWNERS.has(focus.normal))) {
    for (let j = k + 1; j < tokens.length && j <= k + 8; j++) {
      if (tokens[j]!.pos === "PUNCT" || filmWordSet.has(tokens[j]!.lemma) || tokens[j]!.lemma === "kind" || tokens[j]!.lemma === "sort") return false;
      if (CLEFT_THAT.has(tokens[j]!.normal) || tokens[j]!.normal === "who") return j > k + 1;
    }
    return false;
  }
  // "it's Collette who really gets under your skin": a name put first, then "who".
  if (focus?.pos === "PROPN") {
    let j = k + 1;
    while (tokens[j]?.pos === "PROPN") j++;
    return tokens[j]?.normal === "who" || tokens[j]?.normal === "that";
  }
  if (!focus || !((focus.pos === "ADP" && !LIKENING.has(focus.normal)) || CLEFT_FOCUS.has(focus.normal))) return false;
  for (let j = k + 1; j < tokens.length && j <= k + 10; j++) {
    if (tokens[j]!.pos === "PUNCT") return false;
    if (CLEFT_THAT.has(tokens[j]!.normal)) return j > k + 1 || CLEFT_FOCUS.has(focus.normal);
  }
  return false;
}
const CLEFT_OWNERS = new Set(["his", "her", "their", "its"]);
const CLEFT_FOCUS = new Set(["here", "there", "then", "now", "only", "when", "because", "not"]);
const CLEFT_THAT = new Set(["that", "when"]);
// "It's about a woman that ...", "it's like a dream that ...": what the film is about or like, not a cleft.
const LIKENING = new Set(["about", "like", "of", "for"]);

/**
 * Where what a verb says of its subject begins: the copula at `at` ("it is a great film"), or "make"
 * and its "for" ("it makes for a gripping thriller", "this makes a fine film"); -1 for another verb.
 */
function complementAfter(tokens: Token[], at: number): number {
  const verb = tokens[at];
  if (!verb || (verb.pos !== "AUX" && verb.pos !== "VERB")) return -1;
  if (COPULAS.has(verb.lemma)) return at;
  if (verb.lemma !== "make" || verb.pos !== "VERB") return -1;
  return tokens[at + 1]?.normal === "for" ? at + 1 : at;
}

const QUALITY_LIST_JOINS = new Set([",", "and"]);
const QUALITIES_END = new Set([",", ";", ":", "—", "–", ".", "!"]);

/**
 * Whether the copula at `at` is followed by adjectives alone (adverbs before and between, "and" or
 * commas joining them: "is wildly uneven", "is dull, slow and smug") that end at a punctuation mark
 * or the sentence's end, with every cue in `cues` after them.
 */
function qualitiesEndBeforeCues(tokens: Token[], at: number, cues: CueAt[]): boolean {
  let k = at + 1;
  while (tokens[k]?.pos === "ADV") k++;
  if (tokens[k]?.pos !== "ADJ") return false;
  const quality = (t: Token | undefined) => t?.pos === "ADJ" || t?.pos === "ADV";
  while (quality(tokens[k]) || (QUALITY_LIST_JOINS.has(tokens[k]?.normal ?? "") && quality(tokens[k + 1]))) k++;
  if (tokens[k] !== undefined && !QUALITIES_END.has(tokens[k]!.text)) return false;
  return cues.every((c) => c.first > k);
}

/**
 * Whether what the copula at `at` says is a film, judged by what stands before the film word ("is a
 * great film", "'s a better movie than the first", "is a tender, funny drama"): an article, then
 * adjectives or adverbs (at least one), then a film word.
 */
function callsItAFilm(tokens: Token[], at: number): boolean {
  let k = at + 1;
  if (tokens[k]?.normal === "a" || tokens[k]?.normal === "an") k++;
  const from = k;
  while (tokens[k] && (tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "ADV" || tokens[k]!.text === "," || tokens[k]!.normal === "and")) k++;
  return k > from && filmWordSet.has(tokens[k]?.lemma ?? "");
}

const QUALITY_LIST_POS = new Set(["ADJ", "ADV", "CCONJ", "PUNCT"]);
const CONTRASTING_OPENERS = new Set(["but", "yet"]);

// "a set piece", "set-pieces": a scene, not the sets.
const SET_PIECE = new Set(["piece", "pieces", "-"]);

/** Whether the noun "set" at i is no set built for the film: "all set", "a set of", "set piece", "on (the) set". */
function notTheSets(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (tokens[i - 1]?.normal === "all" || next?.pos === "ADP" || next?.pos === "PART" || SET_PIECE.has(next?.normal ?? "")) return true;
  return tokens[i - 1]?.normal === "on" || (tokens[i - 1]?.normal === "the" && tokens[i - 2]?.normal === "on");
}

const EXCLAIMED_PRONOUNS = new Set(["this", "it"]);

/**
 * "What a lovely surprise this turned out to be", "What a mess it is!": an exclamation that opens
 * with "what a" and ends on "this" or "it" and a verb calls the film so. The pronoun's index, or -1.
 */
function exclaimedFilm(tokens: Token[]): number {
  if (tokens[0]?.normal !== "what" || !INSTANCE_ARTICLES.has(tokens[1]?.normal ?? "")) return -1;
  const at = tokens.findIndex((t, i) => i > 2 && EXCLAIMED_PRONOUNS.has(t.normal) && (tokens[i + 1]?.pos === "AUX" || tokens[i + 1]?.pos === "VERB"));
  if (at < 0 || tokens.slice(2, at).some((t) => t.pos === "VERB" || t.pos === "AUX" || t.pos === "PUNCT")) return -1;
  return at;
}

/** Whether the clause from `first` to `last` is "but"/"yet" and qualities alone ("but ultimately dull", "yet oddly beautiful"). */
function qualitiesAlone(tokens: Token[], first: number, last: number): boolean {
  if (!CONTRASTING_OPENERS.has(tokens[first]?.normal ?? "")) return false;
  const rest = tokens.slice(first + 1, last + 1);
  return rest.some((t) => t.pos === "ADJ") && rest.every((t) => QUALITY_LIST_POS.has(t.pos) && (t.pos !== "PUNCT" || t.text === "," || t.text === "." || t.text === "!"));
}

/**
 * The film as the subject of a clause ("the picture never stops being gripping", "this film is
 * going to be a generous ... experience"), in a clause that names no other aspect: a verdict on the
 * whole, however long the sentence. Else a short sentence that names the film and judges.
 */
function verdictCues(sentence: AnalysedSentence, aspects: ReadonlySet<string>, found: CueAt[], definitions: AspectDefinition[], people: PeopleInSentence, subjects: ReadonlySet<number>): CueAt[] {
  if (!aspects.has("overall")) return [];
  const { tokens } = sentence;
  const verdicts: CueAt[] = [];
  const craftNouns = subjectNounMatcher(definitions).find(tokens);
  // The film itself ("this drama", "the picture", its title), not a kind of film ("romantic dramas").
  // "Drummond's debut, Herring Year, was a slog": a film word of another work named in apposition is not this film.
  const otherWorks = namedOtherWorks(tokens, []);
  const named = filmWords(tokens).filter((w) => {
    if (otherWorks.some(([a, b]) => w.first >= a && w.last <= b)) return false;
    // "this drama", "a stunning, overlong film": a determiner before the word, adjectives between;
    // nouns too ("this limp bowling-alley comedy", "a dazzling seaside musical").
    let b = w.first - 1;
    while (b >= 0 && (tokens[b]!.pos === "ADJ" || tokens[b]!.pos === "NOUN" || participle(tokens[b]!) || tokens[b]!.pos === "ADV" || tokens[b]!.text === "," || tokens[b]!.text === "-" || (tokens[b]!.normal === "and" && tokens[b - 1]?.pos === "ADJ"))) b--;
    const before = tokens[b];
    // "the first film", "his previous movie": an earlier work, not this one.
    if (tokens.slice(b + 1, w.first).some((t) => EARLIER.has(t.normal))) return false;
    // "the animation", "its animation": the craft, not the film (subjectCues reads it).
    if (CRAFT_DETERMINERS.has(tokens[w.first - 1]?.normal ?? "") && craftNouns.some((m) => w.first >= m.first && w.first <= m.last)) return false;
    // "Scott's feature": the director's or writer's film is this one.
    const crewFilm = people.crew.some((c) => possessedFilm(tokens, c.token) === w.first);
    return tokens[w.first]!.lemma === TITLE_LEMMA || tokens[w.first]!.normal === "it" || (before !== undefined && SUBJECT_DETERMINERS.has(before.normal)) || apposedToTitle(tokens, w.first) || crewFilm;
  });
  // "It's a stunning film", "This is a mess": a pronoun that opens a clause before a copula stands for the film.
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    // "..., whose face seems pained whenever it's forced into a smile": a pronoun after "when", "whenever", "where" opens a clause of the story.
    // "The trouble is it's some way short of gripping": a pronoun after "<frame noun> is" opens the clause the frame announces.
    const framed = tokens[i - 1]?.lemma === "be" && ANNOUNCING_NOUNS.has(tokens[i - 2]?.lemma ?? "");
    const opens = i === 0 || framed || opensBareClause(tokens, i) || CLAUSE_BREAK.has(tokens[i - 1]!.text) || tokens[i - 1]!.pos === "CCONJ" || (tokens[i - 1]!.pos === "ADV" && !WH_ADVERBS.has(tokens[i - 1]!.normal));
    // Adverbs may stand between ("it certainly isn't that great").
    let v = i + 1;
    while (tokens[v]?.pos === "ADV" && v <= i + 2) v++;
    // "this should've been so much better", "it could have been great": modals before the copula.
    while (tokens[v]?.pos === "AUX" && MODAL_CHAIN.has(tokens[v]!.normal) && v <= i + 4) v++;
    // "it can also be exasperating", "it would probably be better": adverbs after the modal too.
    const afterModal = v;
    if (v > i + 1 && tokens[v - 1]!.pos === "AUX") while (tokens[v]?.pos === "ADV" && v <= afterModal + 1) v++;
    const verb = tokens[v];
    // "Everything's a mess": opening the sentence before "be", "everything" is the film as a whole.
    // (wink tags a sentence's capitalized first word a proper noun.)
    const whole = (FILM_PRONOUNS.has(t.normal) && t.pos === "PRON") || (t.normal === "everything" && i === 0 && verb?.lemma === "be");
    if (whole && opens && next && verb && verb.pos === "AUX" && COPULAS.has(verb.lemma) && !likensToAClause(tokens, v) && !introducedJustBefore(tokens, i) && !anticipatory(tokens, v) && !cleft(tokens, v) && !callsItAStatement(tokens, v) && !hardshipOfACharacter(tokens, v, people) && !anActorsCareer(tokens, v, people)) {
      // "Although the score is lovely, it is overused": the pronoun stands for the craft conceded before it.
      const conceded = concededCraft(tokens, i, v, found);
      if (conceded) verdicts.push({ aspect: conceded, first: i, last: i });
      else named.push({ first: i, last: i });
    } else if (FILM_PRONOUNS.has(t.normal) && t.pos === "PRON" && opens && verb?.pos === "AUX" && COPULAS.has(verb.lemma) && anActorsCareer(tokens, v, people)) {
      // "..., and it is the best thing she has done": the pronoun stands for the actor's work.
      const actor = people.cast.find((c) => c.actor)!;
      const aspect = aspectOfBilling(actor.billing);
      if (aspects.has(aspect)) verdicts.push({ aspect, first: i, last: i });
    } else if (FILM_PRONOUNS.has(t.normal) && t.pos === "PRON" && opens && verb && verb.lemma === "make" && callsItAFilm(tokens, complementAfter(tokens, v))) {
      // "..., but it makes for a good movie": what the pronoun makes is the film.
      named.push({ first: i, last: i });
    }
    // "This one is a mess", "this one feels generic": the critic's name for the film under review.
    // "This one needed more time in the oven": whatever it does, as "the film" would.
    if (t.normal === "this" && next?.normal === "one" && opens) {
      let c = i + 2;
      while (tokens[c]?.pos === "ADV" && c <= i + 3) c++;
      if (tokens[c] && (tokens[c]!.pos === "AUX" || tokens[c]!.pos === "VERB")) named.push({ first: i, last: i + 1 });
    }
  });
  // "a bleak film, but a rewarding one", "a grim picture, but one that is full of insight": "one"
  // after a named film stands for it.
  if (named.length > 0) {
    tokens.forEach((t, i) => {
      if (t.normal !== "one" || i <= named[0]!.last) return;
      const qualified = tokens[i - 1]?.pos === "ADJ" && qualitiesBefore(tokens, i, named[0]!.last + 1).count >= 1;
      const related = CLAUSE_BREAK.has(tokens[i - 1]?.text ?? "") || tokens[i - 1]?.pos === "CCONJ";
      if (qualified || (related && RELATIVES.has(tokens[i + 1]?.normal ?? ""))) named.push({ first: i, last: i });
    });
  }
  const exclaimed = exclaimedFilm(tokens);
  if (exclaimed >= 0) named.push({ first: exclaimed, last: exclaimed });
  // "Stop-motion doesn't get much better than this": what the kind of film is measured against is this film.
  tokens.forEach((t, i) => {
    if (t.normal === "this" && tokens[i - 1]?.normal === "than" && (tokens[i + 1] === undefined || tokens[i + 1]!.pos === "PUNCT")) named.push({ first: i, last: i });
    // "all anyone can ask of a movie like this": the kind of film this one is.
    if (t.normal === "this" && tokens[i - 1]?.normal === "like" && filmWordSet.has(tokens[i - 2]?.lemma ?? "") && (tokens[i + 1] === undefined || tokens[i + 1]!.pos === "PUNCT")) named.push({ first: i - 2, last: i });
  });
  named.sort((a, b) => a.first - b.first);
  // "the ending ruins the film", "they don't diminish the film": what a fault does to the whole is a verdict on it.
  const harmed = harmToTheFilm(tokens, subjects);
  for (const clause of splitClauses(tokens)) {
    if (harmed && harmed.film >= clause.first && harmed.film <= clause.last) {
      verdicts.push({ aspect: "overall", first: harmed.film, last: harmed.film });
      continue;
    }
    // The film as the subject of a copula ("Directed by Ada Lind, Gleam is a funny, honest look at
    // ..."): what the copula says judges the film, whatever else the clause names.
    const copular = named.find((w) => {
      if (w.first < clause.first || w.last > clause.last) return false;
      const verb = tokens.findIndex((t, k) => k > w.last && k <= w.last + 2 && complementAfter(tokens, k) >= 0);
      const at = verb < 0 ? -1 : complementAfter(tokens, verb);
      // Named, not a pronoun ("it is the best thing in the film" may be about a performance), unless
      // the copula calls it a film ("It's a great film, and much credit goes to Calloway").
      // "The film makes clever use of sound": what "make" says is of the film only when it names a film ("makes for a fine thriller").
      // "It is wildly uneven, and the script is half-baked": qualities alone, ended before any cue, are the film's too.
      const pronounJudged = FILM_PRONOUNS.has(tokens[w.first]!.normal) && tokens[verb]?.lemma !== "make" && at >= 0 && qualitiesEndBeforeCues(tokens, at, found);
      if ((FILM_PRONOUNS.has(tokens[w.first]!.normal) || tokens[verb]?.lemma === "make") && (at < 0 || !callsItAFilm(tokens, at)) && !pronounJudged) return false;
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
    // "There are some miracles in Gleam, a highly entertaining biopic of ...": the apposition judges the film.
    const apposed = named.find((w) => w.first >= clause.first && w.last <= clause.last && apposedToTitle(tokens, w.first) && judgedBefore(tokens, w.first, clause.first));
    if (apposed) {
      verdicts.push({ aspect: "overall", first: apposed.first, last: apposed.last });
      continue;
    }
    // "this bright, big-hearted and very often hilarious sequel", "a wrenching, truthful and
    // consoling film": a list of qualities given the film itself is a verdict, whatever the clause's verb.
    const qualified = named.find((w) => w.first >= clause.first && w.last <= clause.last && qualitiesBefore(tokens, w.first, 0).count >= 2);
    if (qualified) {
      // The cue spans the adjectives: each judges the film it modifies.
      verdicts.push({ aspect: "overall", first: qualitiesBefore(tokens, qualified.first, 0).from, last: qualified.last });
      continue;
    }
    // "Venn is fine in a thoroughly forgettable farce", "the dread builds in this
    // terrifying thriller": the film named where something happens, with a judging quality, is judged
    // by that quality whatever the clause says of the rest.
    const judgedSetting = named.find((w) => {
      if (w.first < clause.first || w.last > clause.last) return false;
      const { count, from } = qualitiesBefore(tokens, w.first, clause.first);
      return count >= 1 && SETTING_PREPOSITIONS.has(tokens[from - 2]?.normal ?? "");
    });
    if (judgedSetting) {
      verdicts.push({ aspect: "overall", first: qualitiesBefore(tokens, judgedSetting.first, clause.first).from, last: judgedSetting.last });
      continue;
    }
    // "..., which is all anyone can ask of a movie like this": what the clause says a film of this kind owes, it says of this one.
    const ofItsKind = named.find((w) => w.first >= clause.first && w.last <= clause.last && w.last > w.first && tokens[w.last - 1]!.normal === "like");
    if (ofItsKind) {
      // The cue spans the comment from its comma ("which is all anyone can ask"): its words are the verdict's.
      let from = ofItsKind.first;
      while (from - 1 > clause.first && tokens[from - 1]!.text !== ",") from--;
      verdicts.push({ aspect: "overall", first: from, last: ofItsKind.last });
      continue;
    }
    if (found.some((c) => c.first >= clause.first && c.first <= clause.last)) continue;
    const subject = named.find((w) => {
      if (w.first < clause.first || w.last > clause.last) return false;
      const verb = tokens.slice(w.last + 1, w.last + 3).some((t) => t.pos === "AUX" || t.pos === "VERB");
      return verb;
    });
    if (subject) {
      verdicts.push({ aspect: "overall", first: subject.first, last: subject.last });
      continue;
    }
    // "there are plenty of underwhelming aspects to the film", "there is much to admire in this movie":
    // what the clause says is there, in the film, judges it.
    const there = existentialOpening(tokens, clause.first, clause.last);
    const holder = there < 0 ? undefined : named.find((w) => w.first > there && w.last <= clause.last && !FILM_PRONOUNS.has(tokens[w.first]!.normal));
    if (holder) {
      verdicts.push({ aspect: "overall", first: holder.first, last: holder.last });
      continue;
    }
    // A verbless phrase that calls the film something ("A lovely film, that deserves ...", "but not a really good movie").
    const verbless = (w: { last: number }) => {
      const comma = tokens.findIndex((t, k) => k > w.last && k <= clause.last && t.text === ",");
      return !tokens.slice(clause.first, (comma < 0 ? clause.last : comma) + 1).some((t) => t.pos === "VERB" || t.pos === "AUX");
    };
    const called = named.find((w) => w.first >= clause.first && w.last <= clause.last && judgedBefore(tokens, w.first, clause.first) && verbless(w));
    if (called) {
      verdicts.push({ aspect: "overall", first: called.first, last: called.last });
      continue;
    }
    // "(I) found it utterly gripping", "found the film a chore": the critic's finding is a verdict.
    const finding = foundItSo(tokens, clause.first, clause.last);
    if (finding >= 0) {
      verdicts.push({ aspect: "overall", first: finding, last: finding });
      continue;
    }
    const reaction = criticsReaction(tokens, clause.first, clause.last);
    if (reaction >= 0) verdicts.push({ aspect: "overall", first: reaction, last: reaction });
  }
  if (verdicts.length > 0 || found.length > 0) return verdicts;
  const words = tokens.filter((t) => t.pos !== "PUNCT");
  const at = named[0];
  // A verbless fragment ("An immersive experience.", "Heartbreakingly sensitive.") is the critic's verdict.
  // Not a question ("The suspects? A wealthy family ..."): it announces what the next sentence tells.
  // Not adverbs alone ("... has been vacationing there for many years. Uneventfully."): they go on the sentence before.
  // After a review's label ("The Salt Road review: a sombre, gorgeous journey to the edge of the map") a longer one is too.
  const label = reviewLabelEnd(tokens);
  const fragment = label >= 0 ? tokens.slice(label + 1).filter((t) => t.pos !== "PUNCT") : words;
  const adverbsAlone = fragment.every((t) => t.pos === "ADV" && t.normal.endsWith("ly"));
  const fragmentMax = label >= 0 ? VERDICT_MAX_WORDS : FRAGMENT_MAX_WORDS;
  if ((!at || at.last < label) && !adverbsAlone && fragment.length > 0 && fragment.length <= fragmentMax && tokens.at(-1)?.text !== "?" && !fragment.some((t) => t.pos === "VERB" || t.pos === "AUX" || t.pos === "PROPN")) {
    // The fragment's head noun stands for the film: the adjectives before it judge the film, not it.
    const head = label >= 0 ? tokens.findIndex((t, k) => k > label && t.pos === "NOUN") : -1;
    return [{ aspect: "overall", first: label + 1, last: Math.max(label + 1, head) }];
  }
  if (!at || words.length > VERDICT_MAX_WORDS) return [];
  return [{ aspect: "overall", first: at.first, last: at.last }];
}

/** The index of the colon closing a review's label at the start of a sentence ("The Salt Road review:", "Review:"), or -1. */
function reviewLabelEnd(tokens: Token[]): number {
  const colon = tokens.findIndex((t) => t.text === ":");
  return colon > 0 && colon <= REVIEW_LABEL_MAX_WORDS && tokens[colon - 1]!.normal === "review" ? colon : -1;
}
const REVIEW_LABEL_MAX_WORDS = 8;

/** The index of "there" when the clause tokens[first..last] opens with "there is/are" (after a conjunction or adverbs), else -1. */
function existentialOpening(tokens: Token[], first: number, last: number): number {
  let k = first;
  while (k <= last && (tokens[k]!.pos === "CCONJ" || tokens[k]!.pos === "ADV" || tokens[k]!.text === ",")) k++;
  if (tokens[k]?.normal !== "there") return -1;
  let v = k + 1;
  while (tokens[v]?.pos === "AUX" && MODAL_CHAIN.has(tokens[v]!.normal)) v++;
  return tokens[v]?.lemma === "be" && v <= last ? k : -1;
}

/** The clauses whose subject is the film: its title, a film word, or "it"/"this" alone. */
function filmSubjectPredications(tokens: Token[]): ReturnType<typeof predications> {
  return predications(tokens).filter((p) => {
    const core = tokens.slice(p.subjectFirst, p.subjectLast + 1).filter((t) => t.pos !== "DET");
    return core.some((t) => t.lemma === TITLE_LEMMA || filmWordSet.has(t.lemma)) || (core.length === 1 && FILM_PRONOUNS.has(core[0]!.normal));
  });
}

/**
 * "The film runs out of steam", "it loses steam in the last act": the film's force spent is a
 * verdict on the whole as well as on its pace (annotators of real reviews have marked either). A
 * pacing cue ending in "steam" whose clause has the film (a film word, its title, "it") as subject
 * gives an overall cue on the same words.
 */
function spentFilms(tokens: Token[], found: CueAt[]): CueAt[] {
  const steam = found.filter((c) => c.aspect === "pacing" && tokens[c.last]!.normal === "steam");
  if (steam.length === 0) return [];
  const filmSubjects = filmSubjectPredications(tokens);
  return steam.filter((c) => filmSubjects.some((p) => c.first >= p.verb && c.first <= p.last)).map((c) => ({ aspect: "overall", first: c.first, last: c.last, shared: true as const }));
}

const LACKING = new Set(["miss", "lack"]);

/**
 * "The Salt Road was missing something", "the film lacks something": the film (a film word, its
 * title, "it") lacking an unnamed something is a fault of the whole; a person missing something
 * ("Hanne is missing something in her life") is the story. An overall fault cue on the verb and
 * "something".
 */
function filmsMissingSomething(tokens: Token[]): CueAt[] {
  return filmSubjectPredications(tokens).flatMap((p) => {
    for (let k = p.verb; k < p.last; k++) {
      if (LACKING.has(tokens[k]!.lemma) && tokens[k + 1]?.normal === "something" && !tokens[k]!.negated) return [{ aspect: "overall", first: k, last: k + 1, fault: true as const }];
    }
    return [];
  });
}

/**
 * How the film treats its subject, judged: "the film is wise about how infatuation works", "it is
 * quietly acute about the hole that leaves", "a funny and honest look at a girl on the brink of
 * adulthood". A judging adjective said of the film (its title, "it", a film word: the clause's
 * subject or what a copula calls it) and followed by "about" or by "look at": the adjective is the
 * depiction's cue, so its valence judges the depiction.
 */
function treatmentCues(tokens: Token[], found: CueAt[], aspects: ReadonlySet<string>): CueAt[] {
  const cuesFound: CueAt[] = [];
  const judging = (k: number) => tokens[k]?.pos === "ADJ" && wordValence(tokens[k]!.normal, tokens[k]!.lemma, true).value !== 0;
  const filmSubjects = filmSubjectPredications(tokens);
  tokens.forEach((t, i) => {
    if (!judging(i) || found.some((c) => i >= c.first && i <= c.last)) return;
    // "wise about", "acute and funny about": the adjectives of a list share the "about".
    let k = i + 1;
    while ((tokens[k]?.normal === "and" || tokens[k]?.text === ",") && tokens[k + 1]?.pos === "ADJ") k += 2;
    const saidOfTheFilm = filmSubjects.some((p) => i > p.verb && i <= p.last && COPULAS.has(tokens[p.verb]!.lemma));
    const about = tokens[k]?.normal === "about" && saidOfTheFilm;
    let n = k;
    while (tokens[n]?.pos === "ADJ" || tokens[n]?.normal === "and" || tokens[n]?.text === ",") n++;
    const lookAt = tokens[n]?.normal === "look" && tokens[n + 1]?.normal === "at";
    if (!about && !lookAt) return;
    cuesFound.push({ aspect: "depiction", first: i, last: i });
    // Said of the film, the adjective is also its verdict ("The Lantern Keeper is a sly and honest look at ...").
    if (saidOfTheFilm && aspects.has("overall")) cuesFound.push({ aspect: "overall", first: i, last: i, shared: true });
  });
  return cuesFound;
}

let stated: Set<string> | undefined;
const praisedWhenStated = (definitions: AspectDefinition[]) => (stated ??= new Set(definitions.filter((d) => d.praisedWhenStated).map((d) => d.name)));

let described: Set<string> | undefined;
/**
 * Whether a craft critics name to praise (aspects.json praisedWhenDescribed) is the subject of a
 * clause whose predicate describes it (a verb other than a copula, or an adjective or noun after
 * one) with no negation: "the score groans like a ship's hull", "the cinematography is all soft
 * greys and mist".
 */
function describedAsSubject(tokens: Token[], aspect: string, bySubject: CueAt[], definitions: AspectDefinition[]): boolean {
  described ??= new Set(definitions.filter((d) => d.praisedWhenDescribed).map((d) => d.name));
  if (!described.has(aspect)) return false;
  return bySubject.some((c) => {
    if (c.aspect !== aspect) return false;
    // "the sound of the machines covers the killer's footsteps": a sound of something in the story, not the film's.
    if (soundOfAThing(tokens, c.first, c.last)) return false;
    const [verb, last] = c.predicate!;
    const words = tokens.slice(verb, last + 1);
    if (words.some((t) => t.negated || negatorWords.has(t.normal))) return false;
    return describes(tokens, verb, last);
  });
}
const negatorWords = new Set(criticismLexicon.negators);

/**
 * Whether the subject [first, last] is a craft's noun followed by "of" and a thing that is neither
 * the film nor a part of it ("the sound of the machines"; not "the score of the film").
 */
function soundOfAThing(tokens: Token[], first: number, last: number): boolean {
  const of = tokens.findIndex((t, k) => k > first && k <= last && t.normal === "of" && tokens[k - 1]!.pos === "NOUN" && !HANDLING_NOUNS.has(tokens[k - 1]!.lemma));
  if (of < 0) return false;
  let k = of + 1;
  while (tokens[k]?.pos === "DET" || tokens[k]?.pos === "ADJ") k++;
  while (tokens[k]?.pos === "NOUN" && tokens[k + 1]?.pos === "NOUN") k++;
  const head = tokens[k];
  return head !== undefined && head.pos === "NOUN" && !filmWordSet.has(head.lemma) && !PARTS_OF_A_FILM.has(head.lemma);
}
const PARTS_OF_A_FILM = new Set([...SCENE_NOUNS, ...PART_NOUNS, "shot", "act", "ending"]);

const VERB_GROUP = new Set(["AUX", "VERB", "ADV", "PART"]);
/**
 * Whether a predicate describes its subject: an active verb ("groans like a ship's hull"), or a
 * copula with an adjective or a noun phrase ("is all soft greys and mist"). Not a passive ("was
 * done in a studio", "has been banned"): what was done to it does not describe it.
 */
function describes(tokens: Token[], verb: number, last: number): boolean {
  let k = verb;
  while (k <= last && VERB_GROUP.has(tokens[k]!.pos)) k++;
  const group = tokens.slice(verb, k);
  const main = [...group].reverse().find((t) => t.pos === "VERB");
  if (main && !COPULAS.has(main.lemma)) return !group.some((t) => t !== main && t.lemma === "be");
  return tokens.slice(k, last + 1).some((t, j) => t.pos === "ADJ" || (t.pos === "NOUN" && predicateNominal(tokens, k + j)));
}

/** Whether a predicate says what its subject is (a copula: "is warmer and sharper", "are weaker"), not what it does. */
function copular(tokens: Token[], verb: number, last: number): boolean {
  let k = verb;
  while (k <= last && VERB_GROUP.has(tokens[k]!.pos)) k++;
  const main = [...tokens.slice(verb, k)].reverse().find((t) => t.pos === "VERB" || t.pos === "AUX");
  return main !== undefined && COPULAS.has(main.lemma);
}

const PEOPLE_ASPECTS = new Set(["performance", "supporting performance", "characterization"]);
// Person nouns that name a part as written ("a dull character", "a thin protagonist"): adjectives of them judge the writing.
const WRITTEN_PERSON_NOUNS = new Set(["character", "protagonist", "hero", "heroine"]);
/**
 * The cues without the acting words said of a craft: "The real-world scenes, with Diane Lane as
 * Riley's mother, are a little flat" names an actor, but "flat" is said of the scenes (a subject
 * that names the screenplay), not of her acting.
 */
function withoutActingWordsOfACraft(found: CueAt[], bySubject: CueAt[]): CueAt[] {
  const crafts = bySubject.filter((c) => !PEOPLE_ASPECTS.has(c.aspect) && c.aspect !== "overall");
  return found.filter((c) => {
    if (!c.castOnly) return true;
    const saidOf = bySubject.filter((s) => c.first >= s.predicate![0] && c.last <= s.predicate![1]);
    return saidOf.length === 0 || saidOf.some((s) => PEOPLE_ASPECTS.has(s.aspect)) || !saidOf.some((s) => crafts.includes(s));
  });
}

const distance = (cue: CueAt, i: number) => (i < cue.first ? cue.first - i : i > cue.last ? i - cue.last : 0);

// A dash or a colon opens an elaboration of what came before ("does a fantastic job—with the way it uses sound design").
const ELABORATION_BREAKS = new Set(["—", "–", ":"]);

/**
 * The judgement an elaboration takes from what it elaborates: a cue named after a dash or a colon,
 * in a stretch with no judging word of its own (the story's nouns, "the confusion and isolation he
 * feels", are no judgement), takes the valence of the stretch before the break ("The movie does a
 * fantastic job of drawing you in—almost literally, with the way it uses sound design to ...").
 * Undefined when the cue is not in such an elaboration.
 */
function elaboratedValence(tokens: Token[], cue: CueAt, options: Parameters<typeof tokenValences>[3]): Valence | undefined {
  let breakAt = cue.first - 1;
  while (breakAt >= 0 && !ELABORATION_BREAKS.has(tokens[breakAt]!.text)) breakAt--;
  if (breakAt <= 0) return undefined;
  let end = cue.last + 1;
  while (end < tokens.length && !ELABORATION_BREAKS.has(tokens[end]!.text)) end++;
  for (const [i] of tokenValences(tokens, breakAt + 1, end - 1, options)) {
    const t = tokens[i]!;
    if (t.pos !== "NOUN" || wordValence(t.normal, t.lemma, true, options.genres).critical) return undefined;
  }
  let start = breakAt - 1;
  while (start > 0 && !ELABORATION_BREAKS.has(tokens[start - 1]!.text)) start--;
  // What the stretch before says, its adjectives included ("a fantastic job"): the elaboration explains it.
  const before = sumValences(tokenValences(tokens, start, breakAt - 1, { ...options, elsewhere: new Set() }).values());
  return polarityOf(before) === "NEUTRAL" ? undefined : before;
}

const LIST_JOINS = new Set([",", "and", "or", "&"]);

/**
 * The cues listed after `first` as nouns of one coordinated list ("plot, action, cinematography,
 * and storytelling"), in order, other aspects only; the list ends at anything but a join or a noun.
 */
function coordinatedCues(tokens: Token[], first: CueAt, cuesInClause: CueAt[]): CueAt[] {
  const listed: CueAt[] = [];
  let k = first.last + 1;
  while (k < tokens.length) {
    if (LIST_JOINS.has(tokens[k]!.normal)) {
      k++;
      continue;
    }
    const cue = cuesInClause.find((c) => c.first === k);
    // A noun of the list that names no aspect ("action") keeps the list going.
    if (!cue && tokens[k]!.pos === "NOUN" && LIST_JOINS.has(tokens[k + 1]?.normal ?? "")) {
      k++;
      continue;
    }
    if (!cue || tokens[cue.last]!.pos !== "NOUN") break;
    if (cue.aspect !== first.aspect && !listed.some((c) => c.aspect === cue.aspect)) listed.push(cue);
    k = cue.last + 1;
  }
  return listed;
}

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
  let found = [...findCues(tokens, aspects, people, definitions), ...crewCues(tokens, aspects, people)];
  // "Plot: a gifted drummer loses his hearing": the label heads a synopsis, not a judged screenplay ("Plot: thin" is one).
  const label = synopsisLabelTold(tokens);
  if (label >= 0) found = found.filter((c) => c.first !== label);
  // "The film was shot in Hungary": where it was made is a fact of the production, not its camerawork.
  found = found.filter((c) => !shotAtAPlace(tokens, c.last));
  // "this absurdly long thriller", "The film's a mite slow": the length or the pace judged, not the whole.
  // A length outweighed by a "but" ("the film is long, but it moves like a bullet") is no fault, nor
  // one conceded and answered by the pace ("Though the film is long, it is never dull"); one conceded
  // beside another verdict still is ("Although it runs too long, it is the drama of the year").
  const conceded = (i: number) => {
    const clauses = splitClauses(tokens);
    const role = clauseOf(clauses, i)?.role;
    if (role === "contrasted") return true;
    if (role !== "concessive") return false;
    return clauses.some((c) => c.role === "main" && tokens.slice(c.first, c.last + 1).some((t) => PACE_ANSWERS.has(t.lemma) || PACE_ANSWERS.has(t.normal)));
  };
  // "The first film was a clumsy, overlong affair": another work's length is no fault of this one.
  const ofAnotherWork = (i: number) => otherWorkStretches(tokens).some(([first, last]) => i >= first && i <= last);
  // "there isn't much for them to do": the part as written leaves its actor idle.
  const idle = aspects.has("characterization") ? partLeftIdle(tokens, people.cast) : undefined;
  if (idle) found = [...found, { aspect: "characterization", first: idle[0], last: idle[1], fault: true }];
  if (aspects.has("cinematography")) found = [...found, ...madeToLook(tokens).map((i): CueAt => ({ aspect: "cinematography", first: i, last: i }))];
  if (aspects.has("music")) found = [...found, ...setToMusic(tokens).map(([first, last]): CueAt => ({ aspect: "music", first, last }))];
  if (aspects.has("pacing")) found = [...found, ...lengthFaults(tokens).filter(([first]) => !conceded(first) && !ofAnotherWork(first)).map(([first, last]): CueAt => ({ aspect: "pacing", first, last, fault: true }))];
  // "Hector (Peter Sarsgaard), bloated, pustular": a cue word that describes a character names no craft.
  const described = characterDescriptions(tokens);
  found = found.filter((c) => c.first !== c.last || !described.has(c.first) || tokens[c.first]!.pos === "PROPN");
  found = [...found, ...verdictCues(sentence, aspects, found, definitions, people, subjects)];
  // "as the line goes: “... but this is Chicago.”": what the film's people say names nothing the critic judges.
  const quoted = quotedText(tokens);
  found = found.filter((c) => !quoted.has(c.first));
  // "For twenty minutes, this is terrific": a judgement of a stretch, not the verdict on the whole.
  if (opensWithStretch(tokens)) found = found.filter((c) => c.aspect !== "overall");
  // "At nearly three hours, it is exhausting": what the sentence says of the film, it says of its length.
  if (aspects.has("pacing") && opensWithRunningTime(tokens)) {
    found = [...found, ...found.filter((c) => c.aspect === "overall").map((c) => ({ ...c, aspect: "pacing", shared: true as const }))];
  }
  if (aspects.has("depiction")) found = [...found, ...treatmentCues(tokens, found, aspects)];
  if (aspects.has("overall")) found = [...found, ...spentFilms(tokens, found), ...filmsMissingSomething(tokens)];
  // "Felix winds up with a nasty cut and his arm in a cast", "June has to set the pace": a craft
  // word in what a character does is a thing of the story. Not an acting verb ("Nell is played by ...").
  const doings = charactersDoings(tokens, people.cast);
  const toldOfACharacter = (c: CueAt) => !KEPT_IN_A_CHARACTERS_DOINGS.has(c.aspect) && doings.has(c.last) && tokens[c.last]!.pos !== "VERB";
  found = found.filter((c) => !toldOfACharacter(c));
  const bySubject = [...subjectCues(tokens, aspects, people, found, definitions), ...creditedWith(tokens, aspects, people)].filter((c) => !toldOfACharacter(c));
  found = [...withoutActingWordsOfACraft(found, bySubject), ...bySubject];
  const cueTokens = new Set<number>();
  const namedCues = new Set<number>();
  for (const c of found) if (c.aspect !== "overall" && !c.predicate) for (let k = c.first; k <= c.last; k++) namedCues.add(k);
  if (found.length === 0) {
    const lengthJudged: AspectJudgement[] = aspects.has("pacing") && (wishedShorter(tokens) || runsLong(tokens)) ? [{ aspect: "pacing", polarity: "NEGATIVE" }] : [];
    const lacked = lackedAspects(tokens, aspects, definitions).map((aspect): AspectJudgement => ({ aspect, polarity: "NEGATIVE" }));
    return { judgements: [...lengthJudged, ...lacked.filter((l) => !lengthJudged.some((j) => j.aspect === l.aspect))], cueTokens, namedCues };
  }
  const clauses = splitClauses(tokens);
  // An adjective before a noun that names no aspect judges that noun ("a jarring drama", "a gripping story").
  const elsewhere = new Set<number>();
  tokens.forEach((t, i) => {
    const head = headNoun(tokens, i);
    if (head < 0) return;
    // "is always worth watching", "an absolute showstopper": a critics' idiom is a judgement whole, not a word and its noun.
    if (sameIdiom(tokens, i, head)) return;
    // "with unflinching honesty", "stereotypical scientists": a cue word judges its own aspect, whatever it modifies.
    if (found.some((c) => !c.predicate && c.first === i && c.last === i && c.aspect !== "overall") && wordValence(t.normal, t.lemma, true).critical) return;
    // "After the lukewarm Panic Room": a name of no one credited and not the film's title is another thing, judged.
    if (tokens[head]!.pos === "PROPN") {
      if (namesTheFilmOrItsPeople(tokens, head, people)) return;
      elsewhere.add(i);
      return;
    }
    const cueAt = (k: number) => found.some((c) => !c.predicate && k >= c.first && k <= c.last);
    if (cueAt(head) || ACTING_NOUNS.has(tokens[head]!.lemma)) return;
    // "he does so in spectacular fashion": the manner judges the doing, not a noun of its own.
    if (MANNER_NOUNS.has(tokens[head]!.lemma) && tokens[modifiersStart(tokens, head) - 1]?.normal === "in") return;
    // "this is as close to a perfect comedy as ...": of the film judged, a kind of film is the film.
    if (filmWordSet.has(tokens[head]!.lemma) && found.some((c) => c.aspect === "overall")) return;
    // A compound whose first noun names an aspect ("a horrible horror movie"): the judgement is the cue's.
    for (let k = i + 1; k < head; k++) if (tokens[k]!.pos === "NOUN" && cueAt(k)) return;
    // "gives a performance of frightening range", "a score of real beauty": a quality in an "of" phrase judges the noun before it.
    let of = i - 1;
    while (of >= 0 && (tokens[of]!.pos === "ADV" || tokens[of]!.pos === "ADJ" || tokens[of]!.pos === "DET" || tokens[of]!.text === ",")) of--;
    if (tokens[of]?.normal === "of" && of > 0 && (cueAt(of - 1) || ACTING_NOUNS.has(tokens[of - 1]!.lemma))) return;
    // What a director's clause says of the film they make ("delivers a stylish drama").
    if (bySubject.some((c) => c.aspect === "overall" && head >= c.predicate![0] && head <= c.predicate![1] && filmWordSet.has(tokens[head]!.lemma))) return;
    // In what an actor's clause says of them, a quality of the performer judges the acting ("does a fine job").
    if (PERFORMING_QUALITIES.has(tokens[head]!.lemma) && bySubject.some((c) => c.aspect.endsWith("performance") && i >= c.predicate![0] && i <= c.predicate![1])) return;
    // "brings a wry intelligence to the role", "gives Muntz a courtly menace": what an actor gives the part is the acting.
    if (bySubject.some((c) => c.aspect.endsWith("performance") && head >= c.predicate![0] && head <= c.predicate![1] && GIVING_VERBS.has(tokens[c.predicate![0]]!.lemma))) return;
    // "The script has its stiff moments", "the score has some lovely passages": parts of the subject, judged with it.
    if (PART_NOUNS.has(tokens[head]!.lemma) && bySubject.some((c) => c.aspect !== "overall" && i >= c.predicate![0] && i <= c.predicate![1])) return;
    // "The director does a superb job": how the job is done is how the clause's cue does it.
    if (DONE_JOB.has(tokens[head]!.lemma) && tokens.slice(0, head).some((t) => t.lemma === "do")) return;
    // "It is a good choice", "Vance is a shrill delight": what the copula says of its subject.
    if (predicateNominal(tokens, i)) return;
    // "directs with great energy", "treats both with real tenderness": the manner of what the clause's cue does.
    // Not a feeling of the general lexicon: "plays Miller with a trembling hand" is the character's manner.
    if (mannerPhrase(tokens, i) && !feeling(t)) return;
    // "awesome use of sound design", "a deft handling of the score": the judgement is the cue's.
    if (tokens[head + 1]?.normal === "of" && [head + 2, head + 3, head + 4].some(cueAt)) return;
    // "plenty of underwhelming aspects to the film", "some lovely moments in the score": a part of the cue, judged with it.
    if (PIECES_OF.has(tokens[head + 1]?.normal ?? "") && (PART_NOUNS.has(tokens[head]!.lemma) || PIECE_NOUNS.has(tokens[head]!.lemma)) && [head + 2, head + 3, head + 4].some(cueAt)) return;
    elsewhere.add(i);
  });
  for (const k of saidOfAnotherSubject(tokens, found)) elsewhere.add(k);
  // "Malhotra can't save the film": the rescue denied judges the film (harmToTheFilm), not the would-be rescuer.
  // What a fault or a rescue denied does to the film, read once for the sentence.
  const harmed = harmToTheFilm(tokens, subjects);
  const rescue = harmed?.rescue;
  if (rescue) for (let k = rescue.first; k <= rescue.last; k++) elsewhere.add(k);
  const options = { aboutCraft: true, subjects, genres, elsewhere, craftOnly: true };
  const attributed = new Map<string, Valence>();
  // Another cue's own words or the noun an adjective modifies: the judgement is that cue's, not the subject's.
  const lexicalCues = found.filter((c) => !c.predicate);
  // An adverb before a cue word is that word's ("the cast is sadly underused": the underuse, not the cast).
  const ownerOf = (i: number) => {
    const head = headNoun(tokens, i, true);
    const modified = tokens[i]!.pos === "ADV" ? i + 1 : -1;
    return lexicalCues.find((c) => (i >= c.first && i <= c.last) || (head >= c.first && head <= c.last) || (modified >= c.first && modified <= c.last));
  };
  const add = (aspect: string, v: number, weight: number) =>
    attributed.set(aspect, addValences(attributed.get(aspect) ?? { positive: 0, negative: 0 }, sumValences([v], weight)));
  clauses.forEach((clause, index) => {
    const predicated = bySubject.filter((c) => c.predicate![0] <= clause.last && c.predicate![1] >= clause.first);
    let inClause = found.filter((c) => c.first >= clause.first && c.first <= clause.last && !c.predicate);
    // "It's gripping but ultimately dull": qualities after "but" with no subject of their own are the clause before's.
    const before = clauses[index - 1];
    if (inClause.length === 0 && predicated.length === 0 && before && qualitiesAlone(tokens, clause.first, clause.last)) {
      inClause = found.filter((c) => c.first >= before.first && c.first <= before.last && !c.predicate);
    }
    if (inClause.length === 0 && predicated.length === 0) return;
    // The same words read in each aspect's own sense ("chilling" praises a performance).
    const sensed = new Map<string, Map<number, number>>();
    const valencesFor = (aspect: string) => {
      const extra = aspectSenses(aspect);
      if (extra.size === 0) return plain;
      let values = sensed.get(aspect);
      if (!values) sensed.set(aspect, (values = tokenValences(tokens, clause.first, clause.last, { ...options, genres: new Set([...genres, ...extra]) })));
      return values;
    };
    const plain = tokenValences(tokens, clause.first, clause.last, options);
    // A word may judge only in an aspect's sense ("eerie" of an actor; a tone word elsewhere).
    const judging = new Set(plain.keys());
    for (const c of [...predicated, ...inClause]) for (const i of valencesFor(c.aspect).keys()) judging.add(i);
    for (const i of [...judging].sort((a, b) => a - b)) {
      const subject = predicated.filter((c) => i >= c.predicate![0] && i <= c.predicate![1]);
      const owner = ownerOf(i);
      // "Fincher delivers a stylish, gripping drama": what a director makes is the film, judged with them.
      const madeBy = owner?.aspect === "overall" ? subject.filter((c) => c.aspect === "direction") : [];
      if (subject.length > 0 && (!owner || madeBy.length > 0)) {
        for (const c of [...(owner ? madeBy : subject), ...(owner ? [owner] : [])]) {
          // Of a person, the nouns of the predicate are mostly their character's story ("a man in pain").
          if (storyNoun(tokens, i) && (c.aspect.endsWith("performance") || c.aspect === "characterization")) continue;
          // "Sandler's Dracula is an overprotective single father": an adjective of who the character is to others.
          if (describesKin(tokens, i) && (c.aspect.endsWith("performance") || c.aspect === "characterization")) continue;
          add(c.aspect, valencesFor(c.aspect).get(i) ?? 0, clause.weight);
        }
        continue;
      }
      // "this absurdly long, occasionally miscast thriller lacks ...": the film's own adjectives judge it.
      const described = owner ? [] : predicated.filter((c) => c.aspect === "overall" && i >= c.first && i <= c.last && tokens[i]!.pos !== "NOUN");
      if (described.length > 0) {
        for (const c of described) add(c.aspect, valencesFor(c.aspect).get(i) ?? 0, clause.weight);
        continue;
      }
      // A fault word judges its aspect with its own words and an adverb before it ("absurdly long"), no others.
      const open = inClause.filter((c) => !c.fault || (i >= c.first - 1 && i <= c.last));
      if (open.length === 0) continue;
      // An adjective judges the noun it modifies ("an awesome Lin-Manuel Miranda soundtrack"), however near another cue stands.
      const head = headNoun(tokens, i);
      const nearest = open.find((c) => head >= c.first && head <= c.last) ?? open.reduce((best, c) => (distance(c, i) < distance(best, i) ? c : best));
      const sharing = inClause.filter((c) => c !== nearest && c.shared && c.first === nearest.first && c.last === nearest.last);
      // "Great plot, action, cinematography and storytelling": an adjective before a list judges every noun in it.
      // "I love the production design and soundtrack": a judging verb before a list of objects judges each too.
      const between = tokens.slice(i + 1, nearest.first);
      const modifies =
        i < nearest.first &&
        (between.every((t) => t.pos === "ADV" || t.pos === "ADJ") || (isJudgingVerb(tokens[i]!.lemma) && between.every((t) => t.pos === "ADV" || t.pos === "ADJ" || t.pos === "DET")));
      const listed = modifies ? coordinatedCues(tokens, nearest, lexicalCues) : [];
      // "The film is a marvel of production design": the craft the noun's phrase names is judged with the film.
      const phrased = judgedInItsOfPhrase(tokens, i, open);
      for (const c of [nearest, ...sharing, ...listed, ...(phrased && phrased !== nearest ? [phrased] : [])]) add(c.aspect, valencesFor(c.aspect).get(i) ?? 0, clause.weight);
    }
  });
  const aspectNames = [...new Set(found.map((c) => c.aspect))];
  const judgements: AspectJudgement[] = [];
  const findsFault = () => [...tokenValences(tokens, 0, tokens.length - 1, options).values()].some((v) => v < 0);
  const framed = faultFrame(tokens);
  const superlative = superlativeFrame(tokens);
  const reproach = asksInReproach(tokens);
  for (const aspect of aspectNames) {
    // "The best thing about this film is the score": the part the frame names takes its judgement; the film in the frame none.
    if (superlative && found.some((c) => c.aspect === aspect)) {
      if (found.filter((c) => c.aspect === aspect).every((c) => c.first < superlative.at)) continue;
      judgements.push({ aspect, polarity: superlative.polarity });
      for (const c of found.filter((f) => f.aspect === aspect)) for (let i = c.first; i <= c.last; i++) cueTokens.add(i);
      continue;
    }
    // "The real problem with the film is ...": the film named in the frame is what has the fault, not a verdict of its own.
    // "The only drawback is that the film is mired in cliché": one lesser fault, no verdict on the whole.
    if (framed >= 0 && aspect === "overall" && (found.every((c) => c.aspect !== "overall" || c.first < framed) || minorFaultFrame(tokens))) continue;
    // An aspect named in a clause without judging words takes the sentence's judgement when it is the only one.
    const lexical = found.some((c) => c.aspect === aspect && !c.predicate);
    const elaborated = aspect === "overall" ? undefined : found.filter((c) => c.aspect === aspect && !c.predicate).map((c) => elaboratedValence(tokens, c, options));
    const inherited = elaborated && elaborated.length > 0 && elaborated.every((v) => v !== undefined) ? elaborated[0] : undefined;
    const valence = inherited ?? attributed.get(aspect) ?? (aspectNames.length === 1 && lexical ? scoreClauses(tokens, clauses, options) : undefined);
    let polarity = valence ? polarityOf(valence) : "NEUTRAL";
    if (harmed && aspect === "overall") polarity = harmed.polarity;
    // "The score seems determined to ruin it": a craft whose clause harms the film is at fault, whatever else its words say.
    // Not when the clause only fails to rescue it ("Malhotra can't save the film": the film fails, not the acting).
    else if (harmed?.polarity === "NEGATIVE" && !harmed.rescue && bySubject.some((c) => c.aspect === aspect && harmed.film >= c.predicate![0] && harmed.film <= c.predicate![1])) polarity = "NEGATIVE";
    if (polarity === "NEUTRAL" && praisedWhenStated(definitions).has(aspect)) polarity = "POSITIVE";
    if (polarity !== "NEGATIVE" && found.some((c) => c.aspect === aspect && c.fault)) polarity = "NEGATIVE";
    if (polarity === "NEUTRAL" && (!valence || valence.negative === 0) && describedAsSubject(tokens, aspect, bySubject, definitions)) polarity = "POSITIVE";
    // "With a better set of directors, ...": the craft the critic wishes better; "with all the subtlety of a greeting card": irony.
    if (found.some((c) => c.aspect === aspect && !c.predicate && wishedBetter(tokens, c.first))) polarity = "NEGATIVE";
    // "The trouble is that Chazelle has cast two wonderful actors who can't really sing": the framed clause is the fault.
    // "The one downside is the length": an aspect the frame names is the fault, judging words or not.
    else if (framed >= 0 && (polarity !== "NEUTRAL" || lexical) && found.some((c) => c.aspect === aspect && c.first >= framed)) polarity = "NEGATIVE";
    else if (polarity === "POSITIVE" && mocksAQuality(tokens)) polarity = "NEGATIVE";
    // "Shouldn't someone make an effort to make the woods look magical?": the question finds the fault.
    if (reproach) polarity = "NEGATIVE";
    const read = aspect === "overall" ? constructionVerdict(tokens, polarity, findsFault) : polarity === "NEGATIVE" && namesEffectAsIntended(tokens) ? undefined : polarity;
    if (read === undefined || read === "NEUTRAL") continue;
    polarity = read;
    judgements.push({ aspect, polarity });
    for (const c of found.filter((f) => f.aspect === aspect)) for (let i = c.first; i <= c.last; i++) cueTokens.add(i);
  }
  // "It has almost no story", "lacks much mystery": a lacked part of a craft is that craft's fault.
  for (const aspect of lackedAspects(tokens, aspects, definitions)) {
    const at = judgements.findIndex((j) => j.aspect === aspect);
    if (at >= 0) judgements.splice(at, 1);
    judgements.push({ aspect, polarity: "NEGATIVE" });
  }
  // "It could easily lose twenty minutes": the length judged, not the film praised.
  if (aspects.has("pacing") && wishedShorter(tokens)) {
    const rest = judgements.filter((j) => j.aspect !== "pacing" && !(j.aspect === "overall" && j.polarity === "POSITIVE"));
    return { judgements: [...rest, { aspect: "pacing", polarity: "NEGATIVE" }], cueTokens, namedCues };
  }
  // "It runs a few minutes long but plays so well": the length judged, beside whatever else is.
  if (aspects.has("pacing") && !judgements.some((j) => j.aspect === "pacing") && runsLong(tokens)) judgements.push({ aspect: "pacing", polarity: "NEGATIVE", aside: true });
  markConceded(judgements, found, clauses);
  return { judgements, cueTokens, namedCues };
}

/**
 * "The film is a marvel of production design", "a masterclass in sound design": a judging noun, not
 * itself a craft's cue, whose "of"/"in" phrase names a craft judges that craft too, whatever the
 * clause's subject. Returns the cue
 * the phrase names (its first word within three tokens of the preposition, only determiners,
 * adjectives and adverbs between), or undefined.
 */
function judgedInItsOfPhrase(tokens: readonly Token[], i: number, cues: readonly CueAt[]): CueAt | undefined {
  if (tokens[i]!.pos !== "NOUN" || !JUDGED_BY_ITS_PHRASE.has(tokens[i + 1]?.normal ?? "")) return undefined;
  // "a flatulence gag of such length": a noun that is itself a craft's cue is judged itself.
  if (cues.some((c) => c.aspect !== "overall" && i >= c.first && i <= c.last)) return undefined;
  for (let k = i + 2; k <= i + 4 && k < tokens.length; k++) {
    const cue = cues.find((c) => c.first === k && c.aspect !== "overall");
    if (cue) return cue;
    if (!MODIFIER_POS.has(tokens[k]!.pos)) return undefined;
  }
  return undefined;
}
const MODIFIER_POS = new Set(["DET", "ADJ", "ADV"]);

/**
 * "It's got its plot-holes, but Marshall carries it off with a punky flair": a judgement whose
 * cues all lie in what a "but" answers or an "although" clause concedes is said in passing
 * (`aside`) when the main clause judges another aspect the other way; it stays a judgement of its
 * aspect but leaves the sentence's sentiment to the main clause, as clause weights do for words.
 */
function markConceded(judgements: AspectJudgement[], found: readonly CueAt[], clauses: Clause[]): void {
  const roleOf = (c: CueAt) => clauseOf(clauses, c.first)?.role;
  const cuesOf = (j: AspectJudgement) => found.filter((c) => c.aspect === j.aspect);
  const conceded = (j: AspectJudgement) => cuesOf(j).length > 0 && cuesOf(j).every((c) => roleOf(c) === "contrasted" || roleOf(c) === "concessive");
  const opposed = (a: Polarity, b: Polarity) => (a === "POSITIVE" && b === "NEGATIVE") || (a === "NEGATIVE" && b === "POSITIVE");
  for (const j of judgements) {
    if (j.aside || !conceded(j)) continue;
    if (judgements.some((o) => o !== j && opposed(o.polarity, j.polarity) && cuesOf(o).some((c) => roleOf(c) === "main"))) j.aside = true;
  }
}
