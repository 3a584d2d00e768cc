import criticismLexicon from "./criticism-lexicon.json";
import { nlp } from "./nlp";

/** A word of the review with where it is, what it is and whether a negation governs it. */
export interface Token {
  text: string;
  /** Lowercase form. */
  normal: string;
  lemma: string;
  pos: string;
  negated: boolean;
  start: number;
  end: number;
}

/**
 * Tokens of a text with character offsets. wink keeps each token's surface form, so the offsets
 * come from finding the tokens in order in the text.
 */
export function tokenize(text: string): { tokens: Token[]; sentenceSpans: [number, number][] } {
  const its = nlp().its;
  const doc = readDocument(text);
  const values = doc.tokens().out(its.value);
  // wink types its.lemma as a model add-on, which out() accepts at run time.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value);
  const pos = doc.tokens().out(its.pos);
  const negated = doc.tokens().out(its.negationFlag) as unknown as boolean[];
  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const found = text.indexOf(value, cursor);
    const start = found < 0 ? cursor : found;
    const end = found < 0 ? cursor : found + value.length;
    cursor = end;
    tokens.push({
      text: value,
      // A clitic typed with the typographic apostrophe ("n’t", "’ve", "’s") is the one typed with "'":
      // the rules compare the normal form with one spelling.
      normal: value.toLowerCase().replace(/^(n?)’(t|s|ve|re|ll|m|d)$/u, "$1'$2"),
      lemma: (lemmas[i] ?? value).toLowerCase(),
      pos: pos[i] ?? "X",
      negated: negated[i] === true,
      start,
      end,
    });
  });
  tokens.forEach((t, i) => {
    if (namePartTaggedAsVerb(tokens, i)) {
      t.pos = "PROPN";
      t.lemma = t.normal;
    }
    // "ain't" is "ai" + "n't" to wink: the verb, not the initials of artificial intelligence.
    if (t.normal === "ai" && tokens[i + 1]?.normal === "n't" && tokens[i + 1]!.start === t.end) {
      t.normal = "is";
      t.lemma = "be";
      t.pos = "AUX";
    }
    if (contractedIs(tokens, i)) {
      t.pos = "AUX";
      t.lemma = "be";
    }
    if (nounTaggedAsVerb(tokens, i)) t.pos = "NOUN";
    // "in spectacular fashion thanks to Reeves": "thanks to" and "courtesy of" are prepositions, no noun of a compound.
    if ((t.normal === "thanks" && tokens[i + 1]?.normal === "to") || (t.normal === "courtesy" && tokens[i + 1]?.normal === "of")) t.pos = "ADP";
    if (participleTaggedAsAdjective(tokens, i)) t.pos = "VERB";
    if (gerundAfterAPossessive(tokens, i)) {
      t.pos = "NOUN";
      t.lemma = t.normal;
    }
    // "It doesn't help that the script is clumsy": the clause after "that" is asserted, not denied.
    if (t.lemma === "help" && tokens[i + 1]?.normal === "that" && tokens.slice(Math.max(0, i - 2), i).some((w) => w.normal === "n't" || w.normal === "not")) {
      for (let k = i + 2; k < tokens.length && tokens[k]!.text !== ";"; k++) tokens[k]!.negated = false;
    }
    if (verbTaggedAsNoun(tokens, i) || verbAfterAFloatingQuantifier(tokens, i)) t.pos = "VERB";
    // "The Matrix is not without problems - Reeves is as wooden as ever": a hyphen set off by spaces
    // is a typed dash, and breaks clauses as one does.
    if (t.text === "-" && /\s/.test(text.charAt(t.start - 1)) && /\s/.test(text.charAt(t.end))) {
      t.text = TYPED_DASH;
      t.normal = TYPED_DASH;
      t.lemma = TYPED_DASH;
    }
  });
  // "voiced by an irritating Josh Gad": a participle between an article and a name describes the person.
  tokens.forEach((t, i) => {
    if (t.pos === "NOUN" && /ing$/u.test(t.normal) && ARTICLES.has(tokens[i - 1]?.normal ?? "") && tokens[i + 1]?.pos === "PROPN" && CAPITALIZED.test(tokens[i + 1]!.text)) t.pos = "ADJ";
    if (judgingParticipleBeforeNoun(tokens, i) || adjectiveTaggedAsVerb(tokens, i) || compoundAdjectiveTaggedAsVerb(tokens, i)) t.pos = "ADJ";
  });
  const sentenceSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  return { tokens, sentenceSpans };
}

// A lowercase word and its full stop ending a sentence: "fell ill.", "give it a miss.", "does the wash.".
const WORD_AND_STOP_AT_SENTENCE_END = /\b([a-z]{2,})\.(?=\s*$|\s+["“‘'(]?[A-Z])/gu;

/**
 * wink's document of the text. wink reads a few words with a full stop as abbreviations ("ill."
 * Illinois, "miss." Mississippi, "wash." Washington), one proper noun, wherever they stand; ending
 * a sentence, they are the word and its stop. Such a text is read again with a space before those
 * stops: the tokens' values are then found in the text as typed (tokenize), so offsets stay true.
 */
function readDocument(text: string) {
  const doc = nlp().readDoc(text);
  const values = doc.tokens().out(nlp().its.value);
  const abbreviationEndsASentence = values.some((v, i) => /^[a-z]{2,}\.$/u.test(v) && (i === values.length - 1 || /^["“‘'(]?[A-Z]/u.test(values[i + 1]!)));
  return abbreviationEndsASentence ? nlp().readDoc(text.replace(WORD_AND_STOP_AT_SENTENCE_END, "$1 .")) : doc;
}

const POSSESSIVE = new Set(["'s", "’s"]);
const NOUN_PHRASE_OPENERS = new Set(["DET", "NUM", "PRON"]);
const POSSESSIVE_DETERMINERS = new Set(["his", "her", "its", "their", "my", "your", "our"]);
const PHRASE_ENDS = new Set(["PUNCT", "ADP", "CCONJ"]);

/**
 * A base-form word wink tags as a verb that ends a noun phrase after a determiner and adjectives:
 * "in one superb edit.", "a terrific cut, ...", "a fun watch": the noun.
 */
function nounTaggedAsVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== "VERB" || t.normal !== t.lemma || tokens[i - 1]?.pos !== "ADJ") return false;
  const next = tokens[i + 1];
  if (next && !PHRASE_ENDS.has(next.pos)) return false;
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "ADV" || tokens[k]!.text === ",")) k--;
  const opener = tokens[k];
  return opener !== undefined && NOUN_PHRASE_OPENERS.has(opener.pos) && (opener.pos !== "PRON" || POSSESSIVE_DETERMINERS.has(opener.normal));
}
const ARTICLES = new Set(["a", "an", "the"]);
// Prepositions after an actor's verb ("returns for", "stars in", "shines as").
const VERB_PREPOSITIONS = new Set(["for", "in", "as", "with", "to", "into", "from", "at", "on"]);

/**
 * A word in -ing wink tags as a verb between a possessive and "of": "Castellano's handling of the
 * sound design", "her staging of the duel". The noun it heads (its lemma is the word itself).
 */
function gerundAfterAPossessive(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1]?.normal ?? "";
  return t.pos === "VERB" && /ing$/u.test(t.normal) && (POSSESSIVE.has(before) || POSSESSIVE_DETERMINERS.has(before)) && tokens[i + 1]?.normal === "of";
}

/**
 * A third-person verb wink tags as a noun between a capitalized name and an article, another
 * capitalized name or a preposition: "Joshua James Richards shoots the desert", "Fincher directs
 * the film", "Iturbe shoots Lisbon", "Venn returns for a sequel". The verb.
 */
function verbTaggedAsNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const objectFollows =
    ARTICLES.has(after?.normal ?? "") ||
    // "Vance charms her way through ...": the verb of "one's way".
    (OWNERS.has(after?.normal ?? "") && tokens[i + 2]?.normal === "way") ||
    (t.text === t.normal && ((after?.pos === "PROPN" && CAPITALIZED.test(after.text)) || VERB_PREPOSITIONS.has(after?.normal ?? "")));
  // "Penhallow anchors handsome but chilly period piece": a verb of carrying a film, whatever opens its object.
  const carrying = CARRYING_VERBS.has(t.lemma) && OBJECT_WORDS.has(after?.pos ?? "");
  if (t.pos === "NOUN" && /[^s]s$/u.test(t.normal) && t.lemma !== t.normal && before?.pos === "PROPN" && CAPITALIZED.test(before.text) && (objectFollows || carrying)) return true;
  // "an actor who now edits wedding videos": a noun in -s right after a relative pronoun (and adverbs) is its verb.
  let relative = i - 1;
  while (tokens[relative]?.pos === "ADV") relative--;
  if (t.pos === "NOUN" && /[^s]s$/u.test(t.normal) && relative < i - 1 && RELATIVE_PRONOUNS.has(tokens[relative]?.normal ?? "") && OBJECT_WORDS.has(after?.pos ?? "")) return true;
  // "the story ties itself in knots": a noun in -s before a reflexive pronoun is the verb.
  if (t.pos === "NOUN" && /[^s]s$/u.test(t.normal) && t.lemma !== t.normal && REFLEXIVES.has(after?.normal ?? "") && (before?.pos === "NOUN" || before?.pos === "PROPN")) return true;
  // "even in this sketchy little role he scores": after "he"/"she"/"it", a noun in -s is the verb.
  return t.pos === "NOUN" && /[^s]s$/u.test(t.normal) && t.lemma !== t.normal && SINGULAR_SUBJECTS.has(before?.normal ?? "") && (after === undefined || after.pos === "PUNCT" || after.pos === "ADP" || after.pos === "ADV" || after.pos === "DET");
}
const SINGULAR_SUBJECTS = new Set(["he", "she", "it"]);
const OWNERS = new Set(["his", "her", "their", "its"]);
const REFLEXIVES = new Set(["itself", "himself", "herself", "themselves"]);
const RELATIVE_PRONOUNS = new Set(["who", "which", "that"]);
const CARRYING_VERBS = new Set(["anchor", "carry", "steal", "charm", "dominate", "elevate", "ground", "command", "lift", "power", "propel"]);
const OBJECT_WORDS = new Set(["ADJ", "DET", "NOUN", "PRON", "PROPN", "ADV"]);

const FLOATING_QUANTIFIERS = new Set(["all", "both", "each"]);
const PLURAL_PRONOUNS = new Set(["they", "we", "you"]);
const OBJECT_OPENERS = new Set(["DET", "ADJ", "ADV", "PRON", "NUM", "PROPN"]);

/**
 * The verb after a quantifier that floats after its plural subject, which wink tags as a noun:
 * "Venn and Brey all get strong moments", "the actors all give fine performances", "they each get
 * a showcase". The subject is a name, a plural pronoun or a plural noun, and what follows opens an
 * object or a complement ("two films each year." is no verb).
 */
function verbAfterAFloatingQuantifier(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const quantifier = tokens[i - 1];
  const subject = tokens[i - 2];
  if (t.pos !== "NOUN" || !quantifier || !FLOATING_QUANTIFIERS.has(quantifier.normal) || !subject) return false;
  const plural = (subject.pos === "PROPN" && CAPITALIZED.test(subject.text)) || PLURAL_PRONOUNS.has(subject.normal) || (subject.pos === "NOUN" && subject.normal.endsWith("s") && subject.lemma !== subject.normal);
  return plural && OBJECT_OPENERS.has(tokens[i + 1]?.pos ?? "");
}

// The critics' judging words in -ing that are adjectives before a noun, not gerunds taking it as object ("killing time").
const JUDGING_PARTICIPLES = new Set(Object.keys(criticismLexicon.craftValence).filter((w) => w.endsWith("ing") && w !== "killing" && w !== "sing"));

/**
 * A base-form word wink tags as a verb between a determiner (and an adverb) and a noun: "the
 * supposedly tender moments", "a tender moment". It modifies the noun.
 */
function adjectiveTaggedAsVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== "VERB" || t.normal !== t.lemma || tokens[i + 1]?.pos !== "NOUN") return false;
  const before = tokens[i - 1]?.pos === "ADV" ? tokens[i - 2] : tokens[i - 1];
  return before?.pos === "DET" && (tokens[i + 2] === undefined || tokens[i + 2]!.pos !== "DET");
}

/**
 * A past participle in -en wink tags as an adjective right after a form of "have" and before its
 * object: "the owner has forbidden any music", "he had written a letter". The verb of a perfect.
 */
function participleTaggedAsAdjective(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const object = tokens[i + 1];
  return t.pos === "ADJ" && t.normal.endsWith("en") && tokens[i - 1]?.lemma === "have" && object !== undefined && (object.pos === "DET" || object.pos === "NOUN" || object.pos === "PROPN");
}

// Prefixes that make a verb of a verb ("re-edited", "co-directed"), not an adjective of a noun.
const VERB_PREFIXES = new Set(["re", "co", "pre", "un", "mis", "over", "under", "out", "de"]);

/**
 * The "-ed" end of a compound adjective, which wink tags as a verb and so ends the noun phrase
 * before its noun: "this good-natured and funny film", "a kind-hearted, slow-paced drama". A word
 * and the "-ed" word joined by a hyphen without spaces.
 */
function compoundAdjectiveTaggedAsVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const hyphen = tokens[i - 1];
  const head = tokens[i - 2];
  if (t.pos !== "VERB" || !t.normal.endsWith("ed") || hyphen?.text !== "-" || !head) return false;
  if (hyphen.start !== head.end || hyphen.end !== t.start) return false;
  return (head.pos === "ADJ" || head.pos === "NOUN" || head.pos === "ADV" || head.pos === "NUM") && !VERB_PREFIXES.has(head.normal);
}

/**
 * A critic's judging word in -ing that wink tags as a verb between "of" or a determiner and a noun:
 * "plenty of underwhelming aspects", "some engrossing scenes". It modifies the noun.
 */
function judgingParticipleBeforeNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== "VERB" || !JUDGING_PARTICIPLES.has(t.normal) || tokens[i + 1]?.pos !== "NOUN") return false;
  const before = tokens[i - 1];
  return before !== undefined && (before.normal === "of" || before.pos === "DET" || before.pos === "NUM");
}
const TYPED_DASH = "–";
const CAPITALIZED = /^\p{Lu}/u;

/**
 * A capitalized word wink tags as a verb that continues a name, opens one or owns something: "Bradley
 * Cooper's film", "Cooper's second film" (a cooper makes barrels), "Chris Pine", "by Josh Gad". "Let's" stays a verb.
 */
function namePartTaggedAsVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== "VERB" || !CAPITALIZED.test(t.text) || t.lemma === "let") return false;
  const before = tokens[i - 1];
  const continuesName = before !== undefined && before.pos === "PROPN" && CAPITALIZED.test(before.text) && before.end === t.start - 1;
  // "by an irritating Josh Gad": a first name before a surname, not at the head of a sentence.
  const after = tokens[i + 1];
  const opensName = i > 0 && after !== undefined && after.pos === "PROPN" && CAPITALIZED.test(after.text) && after.start === t.end + 1;
  return continuesName || opensName || opensSentenceName(tokens, i) || POSSESSIVE.has(tokens[i + 1]?.text ?? "");
}

/**
 * "Ted Katz is a class act": a first name opening the sentence before a surname and the clause's
 * finite verb ("is", "has", a verb in -s), not an imperative before a name ("Watch Tom Hanks shine").
 */
function opensSentenceName(tokens: Token[], i: number): boolean {
  if (i !== 0) return false;
  let k = 1;
  while (tokens[k]?.pos === "PROPN" && CAPITALIZED.test(tokens[k]!.text)) k++;
  const verb = tokens[k];
  return k > 1 && verb !== undefined && ((verb.pos === "AUX" && FINITE_AUXILIARIES.has(verb.normal)) || (verb.pos === "VERB" && /[^s]s$/u.test(verb.normal)));
}
const FINITE_AUXILIARIES = new Set(["is", "was", "has", "had", "'s", "does", "did"]);

// Words after which "'s" may be "is": "this one's up there with the best", "that's", "what's".
const IS_HOSTS = new Set(["one", "this", "that", "there", "here", "what", "who", "everything", "nothing", "something", "it"]);
const NOT_AFTER_IS = new Set(["NOUN", "PROPN", "NUM"]);
// Words no possessive is followed by: after any noun, "'s" before them is "is" ("The film's a mite slow", "the plot's too thin").
const ONLY_AFTER_IS = new Set(["a", "an", "the", "not", "n't", "too", "so", "never", "also", "just", "still", "always", "quite", "rather", "pretty", "really", "often"]);

/**
 * A "'s" wink tags as a possessive that is the verb "is": after a pronoun-like word ("this one's
 * up there", "everything's fine") and before no noun it could own ("one's own ambition" keeps it);
 * after any noun, before a word no possessive takes ("the film's a mite slow", "the plot's too thin").
 */
function contractedIs(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== "PART" || !POSSESSIVE.has(t.normal)) return false;
  const next = tokens[i + 1];
  if (next && ONLY_AFTER_IS.has(next.normal) && (tokens[i - 1]?.pos === "NOUN" || tokens[i - 1]?.pos === "PROPN")) return true;
  if (!IS_HOSTS.has(tokens[i - 1]?.normal ?? "")) return false;
  if (!next || NOT_AFTER_IS.has(next.pos)) return false;
  if (next.pos === "ADJ" && NOT_AFTER_IS.has(tokens[i + 2]?.pos ?? "")) return false;
  return true;
}

/** A phrase's words as phraseLemmas gives them: shared between callers, so read-only. */
export interface PhraseWords {
  readonly lemmas: readonly string[];
  readonly normals: readonly string[];
  readonly pos: readonly string[];
}

// phraseLemmas' answers by phrase. The lexicons' and the taxonomy's matchers ask for ~11,800
// phrases when a process (an analysis worker) first analyses, ~6,400 of them distinct: each asked
// again is not tokenized again. wink-nlp is deterministic, so the answer is the same.
const phraseWords = new Map<string, PhraseWords>();
/** Phrases kept (the shipped lexicons and taxonomy have ~6,400); past that the cache starts afresh. */
const KEEP_PHRASES = 50_000;

/** Lemmas of a short phrase (a cue, a synonym, a pattern), tokenized the same way as the review. */
export function phraseLemmas(phrase: string): PhraseWords {
  let words = phraseWords.get(phrase);
  if (!words) {
    const tokens = tokenize(phrase).tokens.filter((t) => t.pos !== "SPACE");
    words = Object.freeze({
      lemmas: Object.freeze(tokens.map((t) => t.lemma)),
      normals: Object.freeze(tokens.map((t) => t.normal)),
      pos: Object.freeze(tokens.map((t) => t.pos)),
    });
    if (phraseWords.size >= KEEP_PHRASES) phraseWords.clear();
    phraseWords.set(phrase, words);
  }
  return words;
}
