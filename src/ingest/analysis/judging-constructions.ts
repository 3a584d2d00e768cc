import type { Polarity } from "../../graph/review-writes";
import { relativeClause } from "./character-descriptions";
import { HARMING_VERBS } from "./harmed-qualities";
import { criticismLexicon, wordValence } from "./lexicon";
import type { Token } from "./tokens";
import { TITLE_LEMMA } from "./title-mask";

// "a good forty-minute action film": what may stand between the article and the noun.
const MODIFIER_TAGS = new Set(["ADJ", "ADV", "NUM", "NOUN"]);
const FILM_NOUNS = new Set([...criticismLexicon.filmWords, "one"]);
const WITHIN = new Set(["in", "inside", "within"]);
// "a good film buried in it", "a better movie struggling to get out of this one".
const HIDDEN = new Set(["buried", "trapped", "hidden", "lurking", "somewhere", "struggling", "trying", "waiting", "here", "there"]);

/**
 * Whether the sentence praises a film inside the film rather than the film: "There is a good
 * forty-minute film in Pearl Harbor", "Somewhere inside it is a sweet little movie", "a good small
 * film inside a loud, overlong one", "a fine thriller here somewhere under all the bluster". Critics use the figure to say the whole falls short of a
 * part, so its praise is no verdict of the whole.
 */
export function praisesAFilmWithin(tokens: Token[]): boolean {
  const somewhereWithin = tokens.some((t, i) => t.normal === "somewhere" && WITHIN.has(tokens[i + 1]?.normal ?? ""));
  return tokens.some((t, i) => {
    if (!FILM_NOUNS.has(t.lemma) || t.lemma === "<title>" || i === 0) return false;
    // The noun is "a ... film": an indefinite film, not this one.
    let k = i - 1;
    while (k > 0 && (MODIFIER_TAGS.has(tokens[k]!.pos) || tokens[k]!.text === "-" || tokens[k]!.text === ",")) k--;
    if (tokens[k]!.normal !== "a" && tokens[k]!.normal !== "an") return false;
    if (somewhereWithin) return true;
    let j = i + 1;
    while (j < tokens.length && HIDDEN.has(tokens[j]!.normal)) j++;
    // "a fine thriller here somewhere under all the bluster": a film somewhere in this one is hidden in it.
    if (tokens.slice(i + 1, j).some((w) => w.normal === "somewhere")) return true;
    if (tokens[j]?.normal === "to" && tokens[j + 1]?.normal === "get" && tokens[j + 2]?.normal === "out") return true;
    return WITHIN.has(tokens[j]?.normal ?? "") && namesTheFilm(tokens, j + 1);
  });
}

const FILM_REFERENCES = new Set(["<title>", "it", "here", "there", "this", "that"]);

/** Whether the words from `at` name the film the praise is inside: its title, "it", "here", "a loud, overlong one". */
function namesTheFilm(tokens: Token[], at: number): boolean {
  if (FILM_REFERENCES.has(tokens[at]?.lemma ?? "") || FILM_REFERENCES.has(tokens[at]?.normal ?? "")) return true;
  if (tokens[at]?.normal !== "a" && tokens[at]?.normal !== "an" && tokens[at]?.normal !== "the") return false;
  for (let k = at + 1; k < Math.min(tokens.length, at + 7); k++) {
    if (FILM_NOUNS.has(tokens[k]!.lemma)) return true;
    if (!MODIFIER_TAGS.has(tokens[k]!.pos) && tokens[k]!.text !== "," && tokens[k]!.text !== "-") return false;
  }
  return false;
}

const POINT_SUBJECTS = new Set(["that", "which", "this", "it"]);

/**
 * Whether the sentence names the effect it describes as intended: "It is almost too much to watch,
 * and that is exactly the point", "occasionally confusing, which is part of the point". What reads
 * as a fault is then the film doing what it means to do, not criticism.
 */
export function namesEffectAsIntended(tokens: Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.lemma !== "point" || i < 2) return false;
    // "the point", "part of the point", "the whole point", "precisely the point"
    let k = i - 1;
    if (tokens[k]!.normal === "whole" || tokens[k]!.normal === "entire") k--;
    if (tokens[k]!.normal !== "the") return false;
    k--;
    if (tokens[k]?.normal === "of" && tokens[k - 1]?.normal === "part") k -= 2;
    while (k > 0 && tokens[k]!.pos === "ADV") k--;
    if (tokens[k]?.lemma !== "be" && tokens[k]?.normal !== "'s") return false;
    return POINT_SUBJECTS.has(tokens[k - 1]?.normal ?? "");
  });
}

/**
 * The whole-film verdict a sentence gives once its constructions are read: praise of a film within
 * the film becomes criticism of the whole (MIXED when the sentence also finds fault, "a good small
 * film inside a loud, overlong one"), and a fault named as intended is no criticism (undefined).
 */
export function constructionVerdict(tokens: Token[], polarity: Polarity, findsFault: () => boolean): Polarity | undefined {
  if (polarity === "NEGATIVE" && namesEffectAsIntended(tokens)) return undefined;
  if (polarity === "POSITIVE" && praisesAFilmWithin(tokens)) return findsFault() ? "MIXED" : "NEGATIVE";
  return polarity;
}

// Comparatives of a craft a critic wishes the film had ("a better script", "a tighter edit").
const WISHED_BETTER = new Set(["better", "stronger", "tighter", "sharper", "firmer", "surer", "braver", "bolder", "leaner", "shorter", "defter", "subtler", "smarter", "wiser", "different"]);
// What makes the comparison a wish: a counterfactual modal or a verb of lack.
const WISHING = new Set(["would", "might", "could", "should", "need", "needs", "needed", "deserve", "deserves", "deserved", "want", "wanted", "use", "with"]);

/**
 * Whether the cue spanning `first..last` is named as what the film lacks: "With a better set of
 * directors, this might have been the film he deserved", "a tighter script would have helped",
 * "it needed a braver editor". The craft the critic wishes better is judged NEGATIVE whatever
 * else the sentence praises.
 */
export function wishedBetter(tokens: Token[], first: number): boolean {
  let k = first - 1;
  // "a better set of directors", "a much tighter script"
  if (tokens[k]?.normal === "of" && (tokens[k - 1]?.normal === "set" || tokens[k - 1]?.normal === "pair" || tokens[k - 1]?.normal === "team")) k -= 2;
  while (k >= 0 && tokens[k]!.pos === "ADJ" && !WISHED_BETTER.has(tokens[k]!.normal)) k--;
  if (!WISHED_BETTER.has(tokens[k]?.normal ?? "")) return false;
  const article = tokens[k - 1]?.normal === "much" || tokens[k - 1]?.normal === "far" ? tokens[k - 2] : tokens[k - 1];
  if (article?.normal !== "a" && article?.normal !== "an") return false;
  return tokens.some((t) => WISHING.has(t.normal));
}

// Qualities a critic denies by comparing them to a thing that has none ("all the subtlety of a sledgehammer").
const MOCKED_QUALITIES = new Set(["subtlety", "nuance", "finesse", "delicacy", "grace", "charm", "warmth", "heat", "depth", "wit", "spontaneity", "tension", "urgency", "energy", "life", "personality", "menace", "suspense", "romance", "passion", "chemistry"]);

/**
 * Whether the sentence mocks a quality by likening it to a thing ("with the subtlety of a greeting
 * card", "a romance that has all the heat of a perfume advert"): critics' irony, praise words read
 * as criticism. "All the X of a Y" is always the figure; "the X of a Y" only for subtlety and its
 * kin ("the grace of a dancer" is praise).
 */
export function mocksAQuality(tokens: Token[]): boolean {
  return tokens.some((t, i) => {
    if (!MOCKED_QUALITIES.has(t.normal) || tokens[i + 1]?.normal !== "of") return false;
    const article = tokens[i + 2]?.normal;
    if (article !== "a" && article !== "an") return false;
    if (tokens[i - 1]?.normal !== "the") return false;
    return tokens[i - 2]?.normal === "all" || ["subtlety", "nuance", "finesse", "delicacy"].includes(t.normal);
  });
}

// Labels of a synopsis in a review page ("Plot:", "IMDb Plot:", "Synopsis:").
const SYNOPSIS_LABELS = new Set(["plot", "synopsis", "logline", "storyline"]);
const LABEL_QUALIFIERS = new Set(["imdb", "official", "the", "short", "brief", "quick"]);

/**
 * Whether the sentence opens with a synopsis label ("Plot: Lee must deal with the death of his
 * brother ...", "IMDb Plot: In a stark desert landscape ..."): what follows tells the story. The
 * same label also heads a judged category on some sites ("Plot: predictable"), so it does not
 * silence the sentence's judgements.
 */
export function opensWithSynopsisLabel(tokens: Token[]): boolean {
  let k = 0;
  while (k < 2 && LABEL_QUALIFIERS.has(tokens[k]?.normal ?? "")) k++;
  return SYNOPSIS_LABELS.has(tokens[k]?.normal ?? "") && tokens[k + 1]?.text === ":";
}

/**
 * The index of a synopsis label whose sentence tells the story ("Plot: a gifted drummer loses his
 * hearing": a verb follows), or -1; a label before a verbless judgement ("Plot: thin and
 * predictable") heads a judged category and is not returned.
 */
export function synopsisLabelTold(tokens: Token[]): number {
  if (!opensWithSynopsisLabel(tokens)) return -1;
  const label = tokens.findIndex((t) => SYNOPSIS_LABELS.has(t.normal));
  return tokens.slice(label + 2).some((t) => t.pos === "VERB") ? label : -1;
}

const FILM_WORDS = new Set(criticismLexicon.filmWords);
const SUBJECT_ENDS = new Set(["that", "which", "who", "but", "yet", ";", ":", "—", "–", "(", "."]);

const FILM_SUBJECTS = new Set(["it", "this", TITLE_LEMMA]);
const ABOUT_ADVERBS = new Set(["all", "really", "ultimately", "just", "also", "mostly", "largely", "chiefly", "mainly", "partly", "finally", "very", "much", "less", "more", "not", "n't", "above"]);

/** "The Descent is all about ...", "it's really about ...": the film, a copula, then "about" at i. */
function filmIsAbout(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && ABOUT_ADVERBS.has(tokens[k]!.normal)) k--;
  if (tokens[k]?.lemma !== "be") return false;
  k--;
  while (k >= 0 && tokens[k]!.pos === "ADV") k--;
  const subject = tokens[k];
  return subject !== undefined && (FILM_SUBJECTS.has(subject.lemma) || FILM_SUBJECTS.has(subject.normal) || (FILM_WORDS.has(subject.lemma) && subject.pos === "NOUN"));
}

/**
 * The words of what a film is about ("a film about time, about the terrible freedom of having no
 * consequences") or of the story it tells ("it tells the tale of how things went wrong"): they
 * tell its subject and judge nothing, up to a "but"; in a relative clause, only words of general
 * sentiment (storyInARelativeClause).
 */
export function subjectOfTheFilm(tokens: Token[]): number[] {
  const subject: number[] = [...toldByTheFilm(tokens)];
  tokens.forEach((t, i) => {
    const about = t.normal === "about" && (FILM_WORDS.has(tokens[i - 1]?.lemma ?? "") || filmIsAbout(tokens, i));
    if (!about && !opensTheStoryTold(tokens, i)) return;
    let k = i + 1;
    for (; k < tokens.length && !SUBJECT_ENDS.has(tokens[k]!.normal); k++) {
      if (tokens[k]!.text === "," && tokens[k + 1]?.normal !== "about" && tokens[k + 1]?.normal !== "and") break;
      // ", and it is dreadful": a new clause with its own subject.
      if (tokens[k]!.text === "," && tokens[k + 1]?.normal === "and" && tokens[k + 2]?.pos === "PRON") break;
      // "tells the story of a family with wit and tenderness": how a story is told is judged.
      if (!about && isCriticsWord(tokens[k]!)) continue;
      subject.push(k);
    }
    subject.push(...storyInARelativeClause(tokens, k, i + 1));
  });
  return subject;
}

const STORY_NOUNS = new Set(["story", "tale", "saga"]);
const TELLING = new Set(["tell", "be", "recount", "spin", "relate"]);

/**
 * "It tells the tale of how they met", "it is the story of a marriage", "it tells of a family",
 * "based on a true story of": "of" or "how" at i after a story the clause tells, is or is based
 * on (a determiner, adjectives and a story noun after a verb of telling, the copula or "based
 * on"), or straight after "tells". Not "the story of Amos is thin", where
 * the story is the subject.
 */
function opensTheStoryTold(tokens: Token[], i: number): boolean {
  if (tokens[i]!.normal !== "of" && tokens[i]!.normal !== "how") return false;
  const before = tokens[i - 1];
  if (before?.lemma === "tell" && (before.pos === "VERB" || before.pos === "AUX")) return true;
  if (!before || !STORY_NOUNS.has(before.lemma)) return false;
  // "the true story of", "a cautionary tale of": adjectives between the determiner and the noun.
  let d = i - 2;
  while (d > 0 && tokens[d]!.pos === "ADJ") d--;
  const determiner = tokens[d];
  const verb = tokens[d - 1];
  if (!(determiner?.normal === "the" || determiner?.normal === "a") || verb === undefined) return false;
  // "Based on a true story of paranormal investigators who ...": the source's story.
  if (SOURCE_PREPOSITIONS.has(verb.normal) && SOURCE_VERBS.has(tokens[d - 2]?.lemma ?? "")) return true;
  return TELLING.has(verb.lemma) && (verb.pos === "VERB" || verb.pos === "AUX");
}
const SOURCE_PREPOSITIONS = new Set(["on", "from", "by"]);
const SOURCE_VERBS = new Set(["base", "adapt", "inspire", "draw"]);

// What opens a relative clause after a noun of the story ("a marriage that goes horribly wrong").
const RELATIVES = new Set(["that", "which", "who", "whose"]);

/**
 * "about a marriage that goes horribly wrong": a relative clause at `at` after a noun of what the
 * film tells (from `from` on) goes on telling it. Its words of general sentiment are the story's;
 * a critic's word in it still judges ("about grief that never wallows"). Token indexes.
 */
function storyInARelativeClause(tokens: Token[], at: number, from: number): number[] {
  if (!RELATIVES.has(tokens[at]?.normal ?? "") || tokens[at - 1]?.pos !== "NOUN" || at - 1 < from) return [];
  return relativeClause(tokens, at).filter((k) => !isCriticsWord(tokens[k]!));
}

/** Whether a word has a critic's sense with a valence ("dull", "devastating"), not only a general one ("wrong", "terrible"). */
export function isCriticsWord(t: Token): boolean {
  const valence = wordValence(t.normal, t.lemma, true);
  return valence.critical && valence.value !== 0;
}


// Verbs by which a film tells its story or subject ("The film chronicles his rise and struggles with fame").
const TELLING_VERBS = new Set(["follow", "chronicle", "document", "trace", "recount", "depict", "portray", "chart", "dramatize", "dramatise", "detail", "narrate", "relate", "recreate"]);
const OBJECT_GOES_ON = new Set(["DET", "PRON", "CCONJ"]);
// Verbs by which a film or its makers show a fact ("the filmmakers clearly show that these things are caused by abuse").
const SHOWING_VERBS = new Set(["show", "reveal", "demonstrate", "expose", "prove", "establish"]);
const SELF_PRONOUNS = new Set(["he", "she", "they", "it", "this", "we", "i"]);
const MAKERS = new Set(["filmmaker", "filmmakers", "documentarian", "documentarians", "documentary-maker", "documentary-makers"]);

/**
 * The object of a verb by which the film tells its subject, the film its subject ("The film
 * chronicles his rise and struggles with fame, his sexual identity, and what family really means",
 * "this documentary traces the abuse of orcas"), or the fact the film or its makers show ("the
 * filmmakers clearly show that these things are caused by animal abuse"): the story's words, not
 * the critic's, up to a relative clause, a "but" or a new clause. Critics' words in it still judge
 * ("depicts his decline with unflinching honesty"): only words of general sentiment (VADER's
 * "struggles", "abuse") are returned, as token indexes.
 */
function toldByTheFilm(tokens: Token[]): number[] {
  const told: number[] = [];
  tokens.forEach((t, i) => {
    const shows = SHOWING_VERBS.has(t.lemma) && (tokens[i + 1]?.normal === "that" || tokens[i + 1]?.normal === "how");
    if (!(TELLING_VERBS.has(t.lemma) || shows) || t.pos !== "VERB") return;
    let k = i - 1;
    while (k >= 0 && tokens[k]!.pos === "ADV") k--;
    const subject = tokens[k];
    const film = subject !== undefined && (FILM_SUBJECTS.has(subject.lemma) || FILM_SUBJECTS.has(subject.normal) || (FILM_WORDS.has(subject.lemma) && subject.pos === "NOUN"));
    if (!subject || !(film || (shows && MAKERS.has(subject.normal)))) return;
    // "shows that he can handle action", "proves that it has teeth": what the makers or the film can do is judged.
    if (shows && SELF_PRONOUNS.has(tokens[i + 2]?.normal ?? "")) return;
    let j = shows ? i + 2 : i + 1;
    for (; j < tokens.length && !SUBJECT_ENDS.has(tokens[j]!.normal); j++) {
      const w = tokens[j]!;
      // ", his sexual identity, and what family really means" goes on; ", and it is dreadful" is a new clause.
      if (w.text === "," && !(OBJECT_GOES_ON.has(tokens[j + 1]?.pos ?? "") && !(tokens[j + 1]?.normal === "and" && tokens[j + 2]?.pos === "PRON"))) break;
      if (!isCriticsWord(w)) told.push(j);
    }
    told.push(...storyInARelativeClause(tokens, j, i + 1));
  });
  return told;
}

const NEGATING = new Set(["not", "n't", "n’t", "never", "hardly", "barely", "nothing"]);
// Verbs of rescuing a film: denied, the film is a failure ("can't save a muddled drama").
const RESCUING_VERBS = new Set(["save", "rescue", "salvage", "redeem"]);
// "Nobody could rescue it", "nothing can save this film": a subject that denies the rescue.
const NEGATING_SUBJECTS = new Set(["nobody", "nothing", "no-one", "none"]);

/**
 * A fault said to harm the film, or said not to: "the ending ruins the film", "a subplot mars an
 * otherwise fine film" (NEGATIVE); "there are a few cookie-cutter moments, but they don't diminish
 * the film", "the lulls never detract from the film's power", "it fails to spoil it" (POSITIVE: the
 * film survives what the critic concedes); "can't save this muddled drama" (NEGATIVE: a rescue denied).
 * A verb among `subjects` (words that judge nothing: a
 * reported opinion) is skipped. Returns the index of the film's word with the verdict (`rescue`: the
 * words of a rescue denied, which blames no one of the clause),
 * or undefined. The film is "it", its title, or a film noun after a determiner (possessive too:
 * "the film's power").
 */
export function harmToTheFilm(tokens: Token[], subjects: ReadonlySet<number> = new Set()): { film: number; polarity: Polarity; rescue?: { first: number; last: number } } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const verb = tokens[i]!;
    // "Some could argue these should not detract from the film": someone else's view (`subjects`: words that judge nothing).
    if (subjects.has(i)) continue;
    const rescuing = RESCUING_VERBS.has(verb.lemma);
    if ((!HARMING_VERBS.has(verb.lemma) && !rescuing) || (verb.pos !== "VERB" && verb.pos !== "NOUN")) continue;
    // "Don't let anyone spoil it for you": a warning against spoilers, no harm the film does itself.
    if (verb.lemma === "spoil" && spoiledForSomeone(tokens, i)) continue;
    let object = i + 1;
    if (verb.lemma === "detract" && tokens[object]?.normal === "from") object++;
    if (tokens[object]?.normal === "down") object++;
    const film = tokens[object]?.normal === "it" || tokens[object]?.lemma === "<title>" ? object : filmNounFrom(tokens, object);
    if (film < 0) continue;
    // "don't diminish", "does not quite ruin", "never spoils", "fails to sink", "can't ruin"
    let k = i - 1;
    while (k >= 0 && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "AUX") && !NEGATING.has(tokens[k]!.normal)) k--;
    const failsTo = tokens[k]?.normal === "to" && ["fail", "manage"].includes(tokens[k - 1]?.lemma ?? "");
    const negated = NEGATING.has(tokens[k]?.normal ?? "") || (failsTo && tokens[k - 1]!.lemma === "fail");
    // "can't save this muddled drama", "nobody could rescue it": a film no one rescues is a failed one;
    // one rescued ("the cast saves the film") is left to the rest of the sentence.
    if (rescuing) {
      // "Not even Oona Falk can save ...": the subject denied by "not even".
      const notEven = tokens.slice(0, i).some((t, j) => t.normal === "not" && tokens[j + 1]?.normal === "even");
      if (!negated && !notEven && !NEGATING_SUBJECTS.has(tokens[k]?.normal ?? "") && !NEGATING_SUBJECTS.has(tokens[i - 1]?.normal ?? "")) continue;
      // The whole verb group ("ca", "n't", "save"): the idiom's valence sits on its first word.
      let first = Math.min(k, i);
      while (first > 0 && ["AUX", "PART", "ADV"].includes(tokens[first - 1]!.pos)) first--;
      return { film, polarity: "NEGATIVE", rescue: { first, last: i } };
    }
    return { film, polarity: negated ? "POSITIVE" : "NEGATIVE" };
  }
  return undefined;
}

const SPOILED_FOR = new Set(["you", "everyone", "anyone", "yourself", "audiences"]);
const SPOILER_REACH = 20;
/** "spoil The Conjuring, a thriller in the tradition of ..., for you": "spoil" with "for" someone after it in its clause. */
function spoiledForSomeone(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + SPOILER_REACH && tokens[k]!.text !== ";"; k++) {
    if (tokens[k]!.normal === "for" && SPOILED_FOR.has(tokens[k + 1]?.normal ?? "")) return true;
  }
  return false;
}

/** The index of the film noun of a noun phrase that starts at `at` with a determiner ("the film", "an otherwise fine film"), or -1. */
function filmNounFrom(tokens: Token[], at: number): number {
  const determiner = tokens[at]?.normal ?? "";
  if (!["the", "this", "a", "an", "its", "his", "her", "their"].includes(determiner)) return -1;
  for (let k = at + 1; k < Math.min(tokens.length, at + 6); k++) {
    if (FILM_NOUNS.has(tokens[k]!.lemma) && tokens[k]!.lemma !== "one") return k;
    if (!MODIFIER_TAGS.has(tokens[k]!.pos) && tokens[k]!.text !== "," && tokens[k]!.text !== "-") return -1;
  }
  return -1;
}

// Cutting verbs and the units of a film's length a critic would cut ("could lose twenty minutes").
const CUTTING = new Set(["lose", "trim", "cut", "shed", "shave", "drop", "lop"]);
const LENGTH_UNITS = new Set(["minute", "minutes", "hour", "hours", "reel", "reels", "mins"]);
const LENGTH_WORD_TAGS = new Set(["NUM", "DET", "ADJ", "ADV"]);
const LENGTH_WORDS = new Set(["by", "a", "an", "half", "about", "around", "some", "at", "least", "good"]);
const WISHING_MODALS = new Set(["could", "should", "would", "might", "can", "need", "needs", "needed"]);

/**
 * Whether the critic wishes the film shorter: "this 120-minute film could have easily lost half an
 * hour", "it could stand to lose a reel", "should have been trimmed by twenty minutes", "needs to
 * shed forty minutes". A modal (or "need") before a cutting verb whose object is a length of
 * screen time: the pacing judged NEGATIVE, whatever the lexicon makes of "easily" or "well".
 */
export function wishedShorter(tokens: Token[]): boolean {
  return tokens.some((t, i) => {
    if (!CUTTING.has(t.lemma) || t.pos !== "VERB") return false;
    const before = tokens.slice(Math.max(0, i - 5), i);
    if (!before.some((b) => WISHING_MODALS.has(b.normal) || b.lemma === "need")) return false;
    // The object is the length itself ("half an hour", "by twenty minutes", "a good reel"), not "his job within minutes".
    for (let k = i + 1; k < Math.min(tokens.length, i + 7); k++) {
      const a = tokens[k]!;
      if (LENGTH_UNITS.has(a.normal)) return true;
      if (!LENGTH_WORD_TAGS.has(a.pos) && !LENGTH_WORDS.has(a.normal)) return false;
    }
    return false;
  });
}

// Nouns that name a fault and, as a sentence's subject, frame what follows as it ("The trouble is that ...").
const FAULT_NOUNS = new Set(["trouble", "problem", "catch", "snag", "flaw", "weakness", "drawback", "downside", "rub", "fault", "quibble", "complaint", "misstep"]);
const FRAME_OPENERS = new Set(["but", "and", "yet", "still", "alas", "sadly", ","]);
const FRAME_DETERMINERS = new Set(["the", "its", "my", "one", "his", "her", "their"]);
const FAULT_PLACES = new Set(["with", "here", "to", "in", "of", "about"]);

/**
 * Where the clause a fault frame introduces begins ("The trouble is that Chazelle has cast two
 * wonderful actors who can't really sing", "But the real problem with the film is its villain"),
 * or -1: the sentence opens (after a conjunction) with a determiner, adjectives, a fault noun, an
 * optional phrase of where the fault lies ("with the film", "to Bridesmaids", "in it") and
 * "is"/"was", then an optional "that". What follows is the fault, whatever praise it names on the
 * way. "The only problem is that ..." is a compliment's form ("the only problem is that it ends"),
 * unless what follows names a fault ("the only drawback is that the film is mired in cliché").
 */
export function faultFrame(tokens: Token[]): number {
  const conditional = conditionalFaultFrame(tokens);
  if (conditional >= 0) return conditional;
  let k = 0;
  while (FRAME_OPENERS.has(tokens[k]?.normal ?? "")) k++;
  if (!FRAME_DETERMINERS.has(tokens[k]?.normal ?? "")) return -1;
  k++;
  let only = false;
  while ((tokens[k]?.pos === "ADJ" || tokens[k]?.normal === "one" || tokens[k]?.normal === "only") && !FAULT_NOUNS.has(tokens[k]!.normal)) {
    if (tokens[k]!.normal === "only") only = true;
    k++;
  }
  if (!FAULT_NOUNS.has(tokens[k]?.normal ?? "")) return -1;
  k++;
  if (FAULT_PLACES.has(tokens[k]?.normal ?? "")) {
    const verb = tokens.findIndex((t, j) => j > k && j <= k + 8 && (t.normal === "is" || t.normal === "was"));
    if (verb < 0) return -1;
    k = verb;
  }
  if (tokens[k]?.normal !== "is" && tokens[k]?.normal !== "was") return -1;
  k++;
  const clause = tokens[k]?.normal === "that";
  if (clause) k++;
  if (only && clause && !tokens.slice(k).some((t) => wordValence(t.normal, t.lemma, true).value < 0)) return -1;
  return k < tokens.length ? k : -1;
}

const THERE_IS = new Set(["is", "'s", "was"]);
const CONDITIONAL_DETERMINERS = new Set(["a", "an", "one", "any"]);

/**
 * "If there is a fault to this fine film it's the ending", "If there's one weakness in The Salt
 * Road, it is the pacing": a fault conceded on a condition, then named after "it is"/"it's"/"it
 * was" (an optional "that" skipped). Where the named fault begins, or -1. The condition makes it a
 * lesser fault, so the film named before it gets no verdict of its own (minorFaultFrame).
 */
function conditionalFaultFrame(tokens: Token[]): number {
  let k = 0;
  while (FRAME_OPENERS.has(tokens[k]?.normal ?? "")) k++;
  if (tokens[k]?.normal !== "if" || tokens[k + 1]?.normal !== "there" || !THERE_IS.has(tokens[k + 2]?.normal ?? "")) return -1;
  k += 3;
  if (!CONDITIONAL_DETERMINERS.has(tokens[k]?.normal ?? "")) return -1;
  k++;
  while (tokens[k]?.pos === "ADJ" || tokens[k]?.normal === "only" || tokens[k]?.normal === "real") k++;
  if (!FAULT_NOUNS.has(tokens[k]?.normal ?? "")) return -1;
  const it = tokens.findIndex((t, j) => j > k && j <= k + 10 && t.normal === "it" && THERE_IS.has(tokens[j + 1]?.normal ?? ""));
  if (it < 0) return -1;
  const at = tokens[it + 2]?.normal === "that" ? it + 3 : it + 2;
  return at < tokens.length - 1 ? at : -1;
}

const FRAME_ASIDES = new Set(["truly", "honestly", "frankly", "perhaps", "probably", "i", "think", "'d", "say", "would", "for", "me", "my", "money"]);
const FRAMED_NOUNS = new Set(["thing", "things", "part", "parts", "element", "elements", "aspect", "aspects", "feature", "features", "asset", "assets"]);

/**
 * "The best thing about this film is the score", "the most egregious thing about it is its
 * runtime", "Its strongest element is the cast": a superlative frame whose copula names the part
 * judged. Where the named part begins (after "is"/"was") and the frame's polarity, or undefined.
 * The film named inside the frame is where the part lies, not a verdict of its own.
 */
export function superlativeFrame(tokens: Token[]): { at: number; polarity: "POSITIVE" | "NEGATIVE" } | undefined {
  let k = 0;
  // "Truly, I think the most egregious thing ...": asides before the frame.
  while (FRAME_OPENERS.has(tokens[k]?.normal ?? "") || FRAME_ASIDES.has(tokens[k]?.normal ?? "")) k++;
  if (!FRAME_DETERMINERS.has(tokens[k]?.normal ?? "")) return undefined;
  k++;
  let value = 0;
  let superlative = false;
  while (tokens[k]?.pos === "ADJ" || tokens[k]?.pos === "ADV") {
    const t = tokens[k]!;
    if (t.normal === "most" || t.normal === "best" || t.normal === "worst" || /est$/u.test(t.normal)) superlative = true;
    value += wordValence(t.normal, t.lemma, true).value;
    k++;
  }
  if (!superlative || value === 0 || !FRAMED_NOUNS.has(tokens[k]?.normal ?? "")) return undefined;
  const verb = tokens.findIndex((t, j) => j > k && j <= k + 8 && (t.normal === "is" || t.normal === "was" || t.normal === "are" || t.normal === "were"));
  if (verb < 0 || verb + 1 >= tokens.length) return undefined;
  return { at: verb + 1, polarity: value > 0 ? "POSITIVE" : "NEGATIVE" };
}

/**
 * Whether the sentence's fault frame calls its fault the only or the one fault ("The only drawback
 * is that the film is mired in cliché", "the one downside to it is the length"): a lesser fault of
 * a film the critic otherwise likes, so no verdict on the whole. (faultFrame finds the frame.)
 */
export function minorFaultFrame(tokens: Token[]): boolean {
  if (faultFrame(tokens) < 0) return false;
  if (conditionalFaultFrame(tokens) >= 0) return true;
  let k = 0;
  while (FRAME_OPENERS.has(tokens[k]?.normal ?? "")) k++;
  if (tokens[k]?.normal === "one") return true;
  for (k++; k < tokens.length && !FAULT_NOUNS.has(tokens[k]!.normal); k++) if (tokens[k]!.normal === "only" || tokens[k]!.normal === "one") return true;
  return false;
}

// What may stand between "runs" and "long": "runs a few minutes long", "runs a little too long".
const RUN_LENGTH_TAGS = new Set(["DET", "ADJ", "ADV", "NUM"]);
const RUN_LENGTH_WORDS = new Set(["minute", "minutes", "bit", "tad", "touch", "hair"]);

/**
 * Whether the film is said to run long: "runs a few minutes long", "the film runs long", "ran a
 * little too long" (a form of "run", then at most four words of measure, then "long" or
 * "overlong" that no noun follows: "runs a long race" is the story). The pacing judged NEGATIVE.
 */
export function runsLong(tokens: Token[]): boolean {
  return feelsLong(tokens) || tokens.some((t, i) => {
    if (t.lemma !== "run" || t.pos !== "VERB") return false;
    for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
      const w = tokens[k]!;
      if (w.normal === "long" || w.normal === "overlong") return tokens[k + 1]?.pos !== "NOUN";
      if (!RUN_LENGTH_TAGS.has(w.pos) && !RUN_LENGTH_WORDS.has(w.normal)) return false;
    }
    return false;
  });
}

// "feels painfully longer", "feels twice as long", "feels like three hours", "feels like an eternity".
const FEELS_LONG = new Set(["longer", "long", "overlong", "interminable", "endless", "eternity", "forever"]);
const FEELS_LONG_BETWEEN = new Set(["ADV", "DET", "NUM", "ADP"]);
const FEELS_LONG_WORDS = new Set(["much", "far", "twice", "as", "like", "every", "minute", "minutes", "hours", "hour", "three", "four", "an", "a", "even", "so", "way", "painfully"]);

/**
 * Whether the film is said to feel long: "it feels painfully longer", "feels twice as long", "feels
 * like three hours" (a form of "feel", then at most five words of measure, then a word of length or
 * "hours"). Not negated ("never feels long" judges nothing here: the negation reads it).
 */
function feelsLong(tokens: Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.lemma !== "feel" || t.pos !== "VERB") return false;
    if ([tokens[i - 1], tokens[i - 2]].some((w) => w?.normal === "never" || w?.normal === "n't" || w?.normal === "not")) return false;
    for (let k = i + 1; k < Math.min(tokens.length, i + 7); k++) {
      const w = tokens[k]!;
      if (FEELS_LONG.has(w.normal) && tokens[k + 1]?.pos !== "NOUN") return true;
      if ((w.normal === "hours" || w.normal === "hour") && tokens.slice(i + 1, k).some((x) => x.normal === "like")) return true;
      if (!FEELS_LONG_BETWEEN.has(w.pos) && !FEELS_LONG_WORDS.has(w.normal)) return false;
    }
    return false;
  });
}

// The verbs that open a yes-no question ("Is it worth watching?", "Does it work?", "Should you see it?").
const QUESTION_OPENERS = new Set(["is", "are", "was", "were", "does", "do", "did", "should", "can", "could", "will", "would", "has", "have", "might", "must"]);
const CLOSING_QUOTES = new Set(['"', "'", "”", "’", ")"]);
const QUESTION_LEADS = new Set(["so", "but", "and", "well", "now", "then", "ultimately", "finally", "still", "yet", "ok", "okay"]);

/**
 * Whether the sentence asks a yes-no question ("Is it worth watching?", "Does the ending land?"):
 * it asks what the review then answers, and judges nothing itself. A negated opening ("Isn't it
 * glorious?") and "is there ..." ("Is there a lovelier film?") are rhetorical, and still judge.
 */
export function asksYesOrNo(tokens: Token[]): boolean {
  let end = tokens.length - 1;
  while (end > 0 && CLOSING_QUOTES.has(tokens[end]!.text)) end--;
  if (tokens[end]?.text !== "?") return false;
  let first = tokens.findIndex((t) => t.pos !== "PUNCT");
  // "So is it worth its weight in gold?", "But does the ending land?": a word that links the question to what came before.
  while (first >= 0 && (QUESTION_LEADS.has(tokens[first]!.normal) || tokens[first]!.text === ",")) first++;
  if (first < 0 || !QUESTION_OPENERS.has(tokens[first]?.normal ?? "")) return false;
  // "Is there a lovelier film than Paddington 2?": a question of whether anything compares is praise.
  const next = tokens[first + 1]?.normal ?? "";
  return next !== "n't" && next !== "not" && next !== "there";
}

// "has almost no story", "lacks much mystery", "is devoid of tension": what a film is said to lack.
const HAVING = new Set(["have", "with"]);
const LACKING = new Set(["lack", "lacking"]);
const NONE = new Set(["no", "little", "zero"]);
// "in the absence of much plot", "for lack of a decent script", "for want of tension".
const ABSENCE_NOUNS = new Set(["absence", "lack", "want", "dearth", "paucity", "shortage"]);
const ALTERNATIVES = new Set(["or", "nor"]);
const NONE_ADVERBS = new Set(["almost", "virtually", "practically", "precious", "very", "next", "to", "hardly", "any", "much", "real", "a"]);

/**
 * The token indexes of the nouns a sentence says the film lacks: after "has (almost) no", "has
 * precious little", "with no", "lacks (any, much)", "is devoid of", "in the absence of", "for lack
 * of", "a dearth of" ("It has almost no story", "this thriller lacks much mystery"), and the
 * nouns after "or" ("no plot or character complexity"). The caller reads each as a fault of the aspect the noun names.
 * A negated verb ("doesn't lack wit") denies the lack: no nouns.
 */
export function lackedNouns(tokens: Token[]): number[] {
  const lacked: number[] = [];
  tokens.forEach((t, i) => {
    let k: number;
    if (LACKING.has(t.lemma) && t.pos === "VERB") k = i + 1;
    else if (t.normal === "devoid" && tokens[i + 1]?.normal === "of") k = i + 2;
    else if (ABSENCE_NOUNS.has(t.normal) && t.pos === "NOUN" && tokens[i + 1]?.normal === "of" && (t.normal !== "want" || tokens[i - 1]?.normal === "for")) k = i + 2;
    else if (HAVING.has(t.lemma)) {
      k = i + 1;
      while (NONE_ADVERBS.has(tokens[k]?.normal ?? "") && !NONE.has(tokens[k]!.normal)) k++;
      if (!NONE.has(tokens[k]?.normal ?? "")) return;
      k++;
    } else return;
    if ([tokens[i - 1], tokens[i - 2]].some((w) => w !== undefined && (w.normal === "not" || w.normal === "n't" || w.normal === "never"))) return;
    for (;;) {
      while (k < tokens.length && (NONE_ADVERBS.has(tokens[k]!.normal) || tokens[k]!.pos === "ADJ")) k++;
      while (tokens[k]?.pos === "NOUN") lacked.push(k++);
      // "no plot or character complexity": what follows "or" is lacked too.
      if (!ALTERNATIVES.has(tokens[k]?.normal ?? "")) break;
      k++;
    }
  });
  return lacked;
}

// Plural words for films of a kind: "the JFK of serial killer movies", "the Citizen Kane of heist films".
const KINDS_OF_FILMS = new Set(["movies", "films", "pictures", "thrillers", "comedies", "westerns", "musicals", "dramas", "documentaries", "romcoms", "rom-coms", "biopics", "blockbusters", "horror", "sequels", "epics", "weepies", "procedurals"]);
const CLASSIC_OPENERS = new Set(["the", "an", "a"]);

/**
 * Whether the sentence likens the film to a classic of its kind: a title-cased name between "the"
 * (or "an") and "of", then a few words and a plural kind of film ("Zodiac is the JFK of serial
 * killer movies, an All The President's Men of detective movies"). Critics' highest praise; not
 * when a fault qualifies the kind ("the Citizen Kane of bad movies").
 */
export function likenedToAClassic(tokens: Token[]): boolean {
  return tokens.some((t, i) => {
    if (!CLASSIC_OPENERS.has(t.normal)) return false;
    let k = i + 1;
    while (k < tokens.length && k <= i + 6 && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
    if (k === i + 1 || tokens[k]?.normal !== "of") return false;
    for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
      if (tokens[j]!.pos === "PUNCT") return false;
      if (wordValence(tokens[j]!.normal, tokens[j]!.lemma, true).value < 0 && tokens[j]!.pos === "ADJ") return false;
      if (KINDS_OF_FILMS.has(tokens[j]!.normal)) return true;
    }
    return false;
  });
}
