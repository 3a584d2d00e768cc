import { NOT_CONTRASTING_BEFORE_BUT } from "./clauses";
import type { Token } from "./tokens";

/**
 * A subject and what the sentence says of it: "Toni Collette | gives a performance of frightening
 * range", "the editing | keeps every scene taut", "Alex Wolff, as her son Peter, | is nearly as good".
 * Token indexes into the sentence, inclusive.
 */
export interface Predication {
  /** The subject noun phrase, without appositions ("Céline, played by X," -> Céline). */
  subjectFirst: number;
  subjectLast: number;
  /** Comma- or bracket-delimited insertions inside the subject (", as her son Peter,"). */
  appositions: [number, number][];
  /** The first verb of the predicate (finite verb or auxiliary). */
  verb: number;
  /** The predicate runs from `verb` to here: the end of the clause. */
  last: number;
  /** Said under a condition ("If the film has a fault, ..."): supposed, not asserted. */
  conditional: boolean;
}

const CONDITIONS = new Set(["if", "unless", "whether"]);

// Where one predication ends and another may begin: a semicolon, colon or dash; a comma before a
// coordinating or contrasting word opens a new clause (", and the score ...", ", but he ...").
const HARD_BREAKS = new Set([";", ":", "—", "–"]);
const CLAUSE_OPENERS = new Set(["and", "but", "yet", "so", "while", "whereas", "although", "though", "because", "since", "meanwhile"]);
// A clause opened by one of these ("While Jackman shows ..., Gyllenhaal is ...") ends at the comma before the main clause's subject.
const SUBORDINATORS = new Set(["while", "whereas", "although", "though", "because", "since", "when", "if", "even", "as", "once"]);
const NEW_SUBJECT_POS = new Set(["PROPN", "DET", "PRON"]);
// Words that may open a clause before its subject ("But", "Ultimately,", "And yet").
const LEAD_POS = new Set(["CCONJ", "SCONJ", "ADV", "PUNCT", "INTJ", "PART"]);
const SUBJECT_POS = new Set(["NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM", "ADV", "PART"]);
const DISCOURSE_ADVERBS = new Set(["however", "though", "too", "also", "meanwhile", "therefore", "nonetheless", "nevertheless", "instead", "alone", "especially", "particularly", "certainly", "admittedly"]);
const PREVERBAL_ADVERBS = new Set(["always", "never", "often", "rarely", "sometimes", "consistently", "constantly", "frequently", "occasionally", "seldom", "truly", "simply", "just", "still", "finally", "ultimately", "largely", "mostly", "genuinely", "quite", "somehow", "repeatedly", "regularly", "invariably"]);
const RELATIVE_PRONOUNS = new Set(["who", "whose", "which"]);
// A subject longer than this is more likely a misparse than a noun phrase.
const MAX_SUBJECT_WORDS = 16;
// What opens the object of a preposition inside a subject ("with a traffic cop", "in Paris").
const PHRASE_OBJECT_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

const VERB_POS = new Set(["VERB", "AUX"]);
// What "that" follows when it opens a clause of its own: a copula, "help", or an adjective of certainty ("it's clear that").
const THAT_CLAUSE_HEADS = new Set(["be", "help", "clear", "obvious", "evident", "apparent", "true"]);
const THAT_SUBJECT_POS = new Set([...NEW_SUBJECT_POS, "ADJ", "NOUN"]);
// Verbs of the critic's own view ("I think that ..."); someone else's ("Amos says that ...") report their words.
const VIEW_VERBS = new Set(["think", "believe", "feel", "find", "suspect", "guess", "reckon", "suppose"]);
const CRITICS = new Set(["i", "we"]);
// Who may open a clause that follows such a verb without "that".
const BARE_CLAUSE_SUBJECTS = new Set(["it", "this", "he", "she", "they"]);

/**
 * Whether the pronoun at `at` opens a clause with no "that" after a verb of meaning or of the
 * critic's view: "All of which means it's a mess", "I think it's a mess". The pronoun must be
 * followed by a verb.
 */
export function opensBareClause(tokens: Token[], at: number): boolean {
  const verb = tokens[at - 1];
  if (verb === undefined || verb.pos !== "VERB" || !(verb.lemma === "mean" || criticsView(tokens, at - 1))) return false;
  return BARE_CLAUSE_SUBJECTS.has(tokens[at]?.normal ?? "") && VERB_POS.has(tokens[at + 1]?.pos ?? "");
}

/** Whether the verb at `verb` is the critic's view: "I think", "I do feel", "we suspect". */
function criticsView(tokens: Token[], verb: number): boolean {
  if (!VIEW_VERBS.has(tokens[verb]?.lemma ?? "")) return false;
  let k = verb - 1;
  while (k >= 0 && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "AUX")) k--;
  return CRITICS.has(tokens[k]?.normal ?? "");
}
// "no denying", "little doubt", "no question" (that ...): a frame of certainty before the asserted clause.
const CERTAINTY = new Set(["denying", "doubt", "question", "disputing", "doubting"]);
const DENIERS = new Set(["no", "little", "without"]);

/**
 * "The acting is great but the editing is sloppy": a "but" or "whereas" without a comma opens a
 * clause when a new subject and a verb follow it ("slow but rewarding" is one predicate).
 */
function opensClauseWithoutComma(tokens: Token[], i: number): boolean {
  const word = tokens[i]!.normal;
  if (word !== "but" && word !== "whereas") return false;
  if (NOT_CONTRASTING_BEFORE_BUT.has(tokens[i - 1]?.normal ?? "")) return false;
  if (!NEW_SUBJECT_POS.has(tokens[i + 1]?.pos ?? "")) return false;
  return tokens.slice(i + 2).some((t) => VERB_POS.has(t.pos));
}

const GAP_DETERMINERS = new Set(["the", "its", "his", "her", "their", "this"]);
const GAP_NOUN_PHRASE = new Set(["NOUN", "ADJ", "PROPN"]);
const GAP_JUDGEMENT = new Set(["ADJ", "ADV", "NUM"]);

/**
 * "The story is sophomoric, the special effects second rate and the acting equally unimpressive":
 * after a comma or "and", a noun phrase and its judgement with the verb left out (gapping) is a
 * clause of its own, and so is one with its verb ("The score is lovely, the editing is choppy").
 * Only after the clause before it has its verb ("The music and the sound design are superb" is one
 * subject). At i: the comma or "and"; then a determiner, a noun phrase ending in a noun, then a verb, or an
 * adjective, adverb or number and no verb before the next comma, "and" or the end.
 */
function opensGappedClause(tokens: Token[], i: number): boolean {
  if (tokens[i]!.text !== "," && tokens[i]!.normal !== "and") return false;
  let k = i + 1;
  if (!GAP_DETERMINERS.has(tokens[k]?.normal ?? "")) return false;
  k++;
  // The noun phrase ends at its first noun that an adjective, adverb, number or verb follows ("the editing choppy").
  // An adverb before a modifier, and a modifier wink tags as a verb before the noun, stay in the
  // noun phrase ("the supposedly tender moments").
  const inPhrase = (j: number) =>
    GAP_NOUN_PHRASE.has(tokens[j]!.pos) ||
    (tokens[j]!.pos === "ADV" && (tokens[j + 1]?.pos === "ADJ" || tokens[j + 1]?.pos === "VERB") && tokens[j + 2]?.pos !== "DET") ||
    (tokens[j]!.pos === "VERB" && tokens[j + 1]?.pos === "NOUN" && tokens[j - 1]?.pos !== "NOUN");
  while (k < tokens.length && inPhrase(k) && !(tokens[k]!.pos === "NOUN" && (GAP_JUDGEMENT.has(tokens[k + 1]?.pos ?? "") || VERB_POS.has(tokens[k + 1]?.pos ?? "")))) k++;
  if (tokens[k]?.pos !== "NOUN") return false;
  k++;
  // "The score is lovely, the editing is choppy": a clause of its own, verb and all.
  if (VERB_POS.has(tokens[k]?.pos ?? "")) return true;
  for (; k < tokens.length && tokens[k]!.text !== "," && tokens[k]!.normal !== "and"; k++) if (VERB_POS.has(tokens[k]!.pos)) return false;
  return true;
}

const SUBJECT_HEAD_POS = new Set(["NOUN", "PROPN", "PRON", "AUX"]);

/**
 * ", as this primal family faces a threat": "as" with a subject and a verb of its own before the
 * next comma opens a clause; ", as the sniper, is", ", as a soldier pulled from the sea," or ", as
 * ever," does not.
 */
function asClause(tokens: Token[], i: number): boolean {
  // "as a shivering soldier pulled from the sea": "as a/an" names a part.
  if (tokens[i]?.normal !== "as" || !NEW_SUBJECT_POS.has(tokens[i + 1]?.pos ?? "") || tokens[i + 1]!.normal === "a" || tokens[i + 1]!.normal === "an") return false;
  // The verb follows its subject's head ("family faces", "he struggles"), not an article ("the grown-up Murph").
  for (let k = i + 2; k < tokens.length && tokens[k]!.text !== "," && !HARD_BREAKS.has(tokens[k]!.text); k++) if (VERB_POS.has(tokens[k]!.pos) && SUBJECT_HEAD_POS.has(tokens[k - 1]!.pos)) return true;
  return false;
}

// "That said,", "Having said that,", "That being said,": a discourse marker of contrast, not a clause with a subject.
const SAID_MARKER = /^(?:(?:all )?(?:that|this|which)(?: being)? said|having said (?:that|this|all that)|with that said)$/u;

/** Whether the comma at `comma` closes a discourse marker of "said" that opens the segment at `from`. */
function closesSaidMarker(tokens: Token[], from: number, comma: number): boolean {
  if (tokens[comma]!.text !== "," || comma - from > 4) return false;
  return SAID_MARKER.test(tokens.slice(from, comma).map((w) => w.normal).join(" "));
}

/** Spans of the sentence between clause breaks, first..last inclusive. */
function segments(tokens: Token[]): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const after = tokens[i + 1]?.normal ?? "";
    // ", and the score ...", ", even as its pacing drags": a comma before a word that opens a clause.
    const opensClause = t.text === "," && (CLAUSE_OPENERS.has(after) || (after === "even" && SUBORDINATORS.has(tokens[i + 2]?.normal ?? "")) || (SUBORDINATORS.has(after) && after !== "as" && after !== "even") || asClause(tokens, i + 1));
    // "And just as things couldn't get any worse, her friend ...": the subordinator after a conjunction and adverbs.
    let opener = from;
    while (opener < i && (tokens[opener]!.pos === "CCONJ" || tokens[opener]!.pos === "ADV") && !SUBORDINATORS.has(tokens[opener]!.normal)) opener++;
    const closesSubordinate = t.text === "," && SUBORDINATORS.has(tokens[opener]?.normal ?? "") && NEW_SUBJECT_POS.has(tokens[i + 1]?.pos ?? "");
    if (closesSaidMarker(tokens, from, i)) {
      // The marker is no span of its own: "That" is no subject, "said" no verb.
      from = i + 1;
    } else if (HARD_BREAKS.has(t.text) || opensClause || closesSubordinate) {
      if (i - 1 >= from) spans.push([from, i - 1]);
      from = i + 1;
    } else if (t.normal === "that" && (THAT_CLAUSE_HEADS.has(tokens[i - 1]?.lemma ?? "") || criticsView(tokens, i - 1)) && i - 1 > from && THAT_SUBJECT_POS.has(tokens[i + 1]?.pos ?? "") && tokens.slice(i + 2).some((w) => VERB_POS.has(w.pos))) {
      // "The downside is that the story fizzles out", "It doesn't help that the story is stupid",
      // "I think that most characters are flat": the clause after "that" has its own subject.
      spans.push([from, i]);
      from = i + 1;
    } else if (i > from && opensBareClause(tokens, i + 1)) {
      // "All of which means it's a mess", "I think it's a mess": a clause with no "that" after a verb of meaning or of the critic's view.
      spans.push([from, i]);
      from = i + 1;
    } else if (CERTAINTY.has(t.normal) && DENIERS.has(tokens[i - 1]?.normal ?? "")) {
      // "There's little denying that this one is up there with the best": the clause after the frame is the assertion.
      if (i - 1 >= from) spans.push([from, i]);
      from = after === "that" ? i + 2 : i + 1;
      i = from - 1;
    } else if (i > from && tokens.slice(from, i).some((w) => VERB_POS.has(w.pos)) && opensGappedClause(tokens, i)) {
      spans.push([from, i - 1]);
      from = i + 1;
    } else if (t.normal === "whose" && tokens[i - 1]?.pos === "NOUN" && i > from && tokens.slice(from, i).some((w) => VERB_POS.has(w.pos))) {
      // "dusts off Wendell for a sequel whose jokes have not travelled well": the relative clause has its own subject.
      spans.push([from, i - 1]);
      from = i;
    } else if (i > from && opensClauseWithoutComma(tokens, i)) {
      spans.push([from, i - 1]);
      from = i;
    }
  }
  if (tokens.length - 1 >= from) spans.push([from, tokens.length - 1]);
  return spans;
}

/**
 * From `from`, adverbs, adjectives and participles ("occasionally miscast", "moving") up to a noun:
 * the index of the last of them, or -1 when no noun follows them.
 */
function listedModifiersEnd(tokens: Token[], from: number, last: number): number {
  let j = from;
  while (j <= last && (tokens[j]!.pos === "ADV" || tokens[j]!.pos === "ADJ" || tokens[j]!.pos === "VERB")) j++;
  const listed = j > from && j <= last && (tokens[j]!.pos === "NOUN" || tokens[j]!.pos === "PROPN") && tokens.slice(from, j).some((w) => w.pos === "ADJ" || w.pos === "VERB");
  return listed ? j - 1 : -1;
}

/**
 * From `from`, the rest of a list of nouns that ends in "and"/"or" and a last conjunct right before
 * the verb ("editing and cinematography" after "The score,"): the index of the list's last token,
 * or -1 when what follows is no such list (an apposition closed by a comma, a clause).
 */
function listedNounsEnd(tokens: Token[], from: number, last: number): number {
  let joined = false;
  let nounAfterJoin = false;
  for (let k = from; k <= last; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (t.text === ",") {
      // "Sheeran, a hitman and union man, kills": a comma after the last conjunct closes an apposition.
      if (nounAfterJoin) return -1;
      continue;
    }
    if (t.pos === "CCONJ" && (t.normal === "and" || t.normal === "or")) joined = true;
    else if (t.pos === "NOUN" || t.pos === "PROPN") nounAfterJoin ||= joined;
    // "set design", "the costuming, ...": a word tagged as a verb before a noun or a comma is a noun of the list.
    else if (t.pos === "VERB" && (next?.pos === "NOUN" || next?.text === "," || next?.pos === "CCONJ")) continue;
    else if (t.pos === "VERB" || t.pos === "AUX") return nounAfterJoin && (tokens[k - 1]!.pos === "NOUN" || tokens[k - 1]!.pos === "PROPN") ? k - 1 : -1;
    else if (t.pos !== "DET" && t.pos !== "ADJ") return -1;
  }
  return -1;
}

/**
 * Whether tokens first..last are one noun phrase of determiners, adjectives and nouns (no second
 * determiner after a noun); a possessive ("Venn's breakdown") determines the noun after it.
 */
function onePlainNounPhrase(tokens: Token[], first: number, last: number): boolean {
  let nounSeen = false;
  for (let k = first; k <= last; k++) {
    const pos = tokens[k]!.pos;
    if (pos === "PART" && (tokens[k]!.text === "'s" || tokens[k]!.text === "’s") && nounSeen) nounSeen = false;
    else if (pos === "NOUN" || pos === "PROPN") nounSeen = true;
    else if (pos === "DET" && nounSeen) return false;
    else if (pos !== "DET" && pos !== "ADJ" && pos !== "NUM" && pos !== "ADV") return false;
  }
  return true;
}

/** The index of the token closing an insertion that opens at `open` ("," or "("), or -1. */
function insertionEnd(tokens: Token[], open: number, last: number): number {
  const closer = tokens[open]!.text === "(" ? ")" : ",";
  for (let k = open + 1; k <= last; k++) {
    if (tokens[k]!.text === closer) return k;
    if (closer === "," && HARD_BREAKS.has(tokens[k]!.text)) return -1;
  }
  return -1;
}

/** The subject and predicate of one segment, or undefined when it has none (a fragment, a list). */
function predicationIn(tokens: Token[], first: number, last: number): Predication | undefined {
  let s = first;
  while (s <= last && (LEAD_POS.has(tokens[s]!.pos) || CLAUSE_OPENERS.has(tokens[s]!.normal))) {
    // An adverb before a noun is the subject's ("Only Scott's weary lieutenant").
    if (tokens[s]!.pos === "ADV" && (tokens[s + 1]?.pos === "PROPN" || tokens[s + 1]?.pos === "DET")) break;
    s++;
  }
  // ", as this primal family faces a threat": the subordinator opens a clause with its own subject.
  if (asClause(tokens, s)) s++;
  // "but this time he comes across as ...", "these days she plays ...": a time before the subject.
  s = afterOpeningTime(tokens, s, last);
  // "Sure, it looks great", "True, the script sags": a word of concession and its comma open the clause.
  if ((tokens[s]?.pos === "ADJ" || tokens[s]?.pos === "INTJ") && tokens[s + 1]?.text === ",") {
    s += 2;
    while (s <= last && LEAD_POS.has(tokens[s]!.pos)) s++;
  }
  // An opening phrase ("From the first second to the last, he commands ..."): the subject follows its comma.
  // "Whatever its shortcomings, Brey carries every scene": a concession opened by "whatever" too.
  if (tokens[s]?.pos === "ADP" || tokens[s]?.pos === "VERB" || tokens[s]?.pos === "SCONJ" || tokens[s]?.normal === "whatever") {
    const comma = tokens.findIndex((t, k) => k > s && k <= last && t.text === ",");
    if (comma < 0) return undefined;
    s = comma + 1;
    while (s <= last && LEAD_POS.has(tokens[s]!.pos)) s++;
  }
  const focused = cleftFocus(tokens, s, last);
  if (focused) return focused;
  const appositions: [number, number][] = [];
  let subjectLast = -1;
  let words = 0;
  for (let k = s; k <= last; k++) {
    const t = tokens[k]!;
    // "Scott's weary, sardonic lieutenant": a comma between adjectives lists them.
    // "this absurdly long, occasionally miscast thriller", "this gorgeous, moving film": adverbs and participles too.
    const listEnd = t.text === "," && tokens[k - 1]?.pos === "ADJ" ? listedModifiersEnd(tokens, k + 1, last) : -1;
    if (listEnd >= 0) {
      words += listEnd - k;
      subjectLast = listEnd;
      k = listEnd;
      continue;
    }
    // "The score, editing and cinematography are superb": a comma between nouns lists the subject's conjuncts.
    const nounsEnd = t.text === "," && ["NOUN", "PROPN", "VERB"].includes(tokens[k - 1]?.pos ?? "") ? listedNounsEnd(tokens, k + 1, last) : -1;
    if (nounsEnd >= 0) {
      words += nounsEnd - k;
      subjectLast = nounsEnd;
      k = nounsEnd;
      continue;
    }
    if ((t.text === "," || t.text === "(") && k > s) {
      const end = insertionEnd(tokens, k, last);
      if (end < 0) return undefined;
      appositions.push([k, end]);
      k = end;
      continue;
    }
    // "Al Powell, who befriends McClane over the radio, gives ...": a relative clause after an insertion's comma is one too.
    if (RELATIVE_PRONOUNS.has(t.normal) && tokens[k - 1]?.text === "," && k > s) {
      const end = insertionEnd(tokens, k - 1, last);
      if (end < 0) return undefined;
      appositions.push([k, end]);
      k = end;
      continue;
    }
    // "his singing voice", "the opening scene": a gerund between a determiner and its noun modifies the noun.
    // "The costuming, set design and ...": a gerund between a determiner and a list's comma is a noun of the list.
    const gerundAfterDeterminer = t.pos === "VERB" && /ing$/u.test(t.normal) && GAP_DETERMINERS.has(tokens[k - 1]?.normal ?? "") && k > s;
    const modifier = gerundAfterDeterminer && (tokens[k + 1]?.pos === "NOUN" || (tokens[k + 1]?.text === "," && listedNounsEnd(tokens, k + 2, last) >= 0));
    if (modifier) {
      subjectLast = k;
      words++;
      continue;
    }
    if (t.pos === "VERB" || t.pos === "AUX") {
      // A participle or gerund right after a noun is part of the phrase only after "as" ("Jake, as the young detective").
      if (subjectLast < s) return undefined;
      // An adjective that modifies nothing ("this all sounds very tone-poem-y, that's ..."): a verb was read as a noun.
      const dangling = tokens.slice(s, subjectLast + 1).some((w, j) => w.pos === "ADJ" && !["NOUN", "PROPN", "ADJ", "CCONJ", "PUNCT", "ADV", "NUM"].includes(tokens[s + j + 1]?.pos ?? ""));
      // "sounds very": a noun with an adverb after it ends no subject (a pronoun may: "it ultimately works").
      // "The animation however is ...": a discourse adverb after the subject is no part of it.
      if (DISCOURSE_ADVERBS.has(tokens[subjectLast]!.normal) && subjectLast > s) subjectLast--;
      // "The animation always dazzles", "the plot never quite works": an adverb of frequency or degree before the verb.
      while (PREVERBAL_ADVERBS.has(tokens[subjectLast]!.normal) && subjectLast > s && tokens[subjectLast - 1]!.pos !== "ADJ") subjectLast--;
      const adverbAfterNoun = tokens[subjectLast]!.pos === "ADV" && tokens[subjectLast - 1]?.pos === "NOUN";
      if (dangling || adverbAfterNoun || tokens[subjectLast]!.pos === "ADJ") return undefined;
      // "even if the score seems determined to ruin it": a concession, asserted.
      const conditional = tokens.slice(first, s).some((w, j) => CONDITIONS.has(w.normal) && tokens[first + j - 1]?.normal !== "even");
      return { subjectFirst: s, subjectLast, appositions, verb: k, last, conditional };
    }
    // "Cho Yeo-jeong", "the grown-up Murph": a hyphen written against both words joins them; "Deakins’
    // cinematography": an apostrophe after a name in -s is its possessive.
    const joining =
      (t.text === "-" && k > s && tokens[k - 1]!.end === t.start && tokens[k + 1]?.start === t.end) ||
      ((t.text === "’" || t.text === "'") && k > s && tokens[k - 1]!.end === t.start && /s$/iu.test(tokens[k - 1]!.text));
    // "The set-up is absurd", "the build-up drags": the word after such a hyphen is part of the compound, whatever its tag.
    const joined = tokens[k - 1]?.text === "-" && k - 1 > s && tokens[k - 1]!.end === t.start && tokens[k - 2]!.end === tokens[k - 1]!.start;
    // "Jake Gyllenhaal as the young detective is": a part named with "as" belongs to the subject.
    // "The romance with a traffic cop is pure formula", "the scenes in the desert": a phrase after the head noun.
    // Only after one plain noun phrase: in "Gracey, a director, cuts every sequence to the beat" a second one is the predicate's.
    const nounPhraseAfter =
      t.pos === "ADP" &&
      (tokens[k - 1]?.pos === "NOUN" || tokens[k - 1]?.pos === "PROPN") &&
      PHRASE_OBJECT_POS.has(tokens[k + 1]?.pos ?? "") &&
      appositions.length === 0 &&
      onePlainNounPhrase(tokens, s, k - 1);
    // "“Frozen” is ...": the quote that closes a title opened before the subject belongs to neither.
    if (CLOSING_QUOTES.has(t.text) && k > s && OPENING_QUOTES.has(tokens[s - 1]?.text ?? "") && tokens[k - 1]!.end === t.start) continue;
    if (!joining && !joined && !nounPhraseAfter && !SUBJECT_POS.has(t.pos) && !(t.pos === "ADP" && (t.normal === "as" || t.normal === "of")) && t.pos !== "CCONJ" && t.text !== "'s" && t.text !== "’s") return undefined;
    subjectLast = k;
    if (++words > MAX_SUBJECT_WORDS) return undefined;
  }
  return undefined;
}

/**
 * "it is Brightwater who deserves the credit", "it's Collette who really gets under your skin": a
 * cleft whose focus is a name; the name is the subject of the verb after "who" or "that".
 */
function cleftFocus(tokens: Token[], s: number, last: number): Predication | undefined {
  if (tokens[s]?.normal !== "it" || !CLEFT_COPULAS.has(tokens[s + 1]?.normal ?? "")) return undefined;
  let k = s + 2;
  while (k <= last && tokens[k]!.pos === "ADV") k++;
  const subjectFirst = k;
  while (k <= last && tokens[k]!.pos === "PROPN") k++;
  if (k === subjectFirst || !CLEFT_RELATIVES.has(tokens[k]?.normal ?? "")) return undefined;
  const subjectLast = k - 1;
  k++;
  while (k <= last && tokens[k]!.pos === "ADV") k++;
  if (k > last || !VERB_POS.has(tokens[k]!.pos)) return undefined;
  return { subjectFirst, subjectLast, appositions: [], verb: k, last, conditional: false };
}
const CLEFT_COPULAS = new Set(["is", "'s", "’s", "was"]);
const CLEFT_RELATIVES = new Set(["who", "that"]);

const OPENING_QUOTES = new Set(['"', "“", "‘", "'"]);
const CLOSING_QUOTES = new Set(['"', "”", "’", "'"]);
// "this time (round)", "these days", "this year": a noun of time with a demonstrative, before a pronoun subject.
const TIME_DEMONSTRATIVES = new Set(["this", "these", "that"]);
const TIME_NOUNS = new Set(["time", "times", "day", "days", "year", "week", "round", "outing"]);
const TIME_TAILS = new Set(["round", "around"]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you"]);

/** Where the subject starts after an opening noun of time with no comma ("this time he ..."): after it when a subject pronoun follows, else `s`. */
function afterOpeningTime(tokens: Token[], s: number, last: number): number {
  if (!TIME_DEMONSTRATIVES.has(tokens[s]?.normal ?? "") || !TIME_NOUNS.has(tokens[s + 1]?.normal ?? "")) return s;
  let k = s + 2;
  if (TIME_TAILS.has(tokens[k]?.normal ?? "")) k++;
  return k <= last && SUBJECT_PRONOUNS.has(tokens[k]!.normal) ? k : s;
}

const cache = new WeakMap<Token[], Predication[]>();

/**
 * The subject–predicate pairs of a sentence, one per clause that has both, found from the parts of
 * speech wink gives (no dependency parse): the subject is the noun phrase that opens the clause,
 * after any opening phrase and its comma, with appositions set aside; the predicate runs from the
 * first verb to the end of the clause. A clause that opens with a verb or has no verb has none.
 */
export function predications(tokens: Token[]): Predication[] {
  const cached = cache.get(tokens);
  if (cached) return cached;
  const found: Predication[] = [];
  for (const [first, last] of segments(tokens)) {
    const p = predicationIn(tokens, first, last) ?? sharedSubject(tokens, first, last, found.at(-1));
    if (p) found.push(p);
  }
  cache.set(tokens, found);
  return found;
}

/**
 * "Bullock waves her Blackberry, but somehow lacks the necessary conviction": a clause opened by
 * "but" or "yet" whose verb comes with no subject of its own shares the subject of the clause
 * before it.
 */
function sharedSubject(tokens: Token[], first: number, last: number, before: Predication | undefined): Predication | undefined {
  if (!before || before.conditional || !SHARING_OPENERS.has(tokens[first]?.normal ?? "")) return undefined;
  let k = first + 1;
  while (k <= last && tokens[k]!.pos === "ADV") k++;
  const verb = tokens[k];
  if (k > last || verb === undefined || (verb.pos !== "VERB" && verb.pos !== "AUX") || /ing$/u.test(verb.normal)) return undefined;
  return { subjectFirst: before.subjectFirst, subjectLast: before.subjectLast, appositions: before.appositions, verb: k, last, conditional: false };
}
const SHARING_OPENERS = new Set(["but", "yet"]);

/** Whether token i lies in the subject itself (not in one of its appositions). */
export function inSubjectCore(p: Predication, i: number): boolean {
  return i >= p.subjectFirst && i <= p.subjectLast && !p.appositions.some(([a, b]) => i >= a && i <= b);
}
