import type { Token } from "./tokens";

/**
 * Qualities a sentence names as expected, intended or missed rather than had:
 * - `unmet`: "could have been great", "what should have been a thrilling climax", "is supposed to
 *   be moving", "was meant to be funny", "tries so hard to be clever", "should be devastating;
 *   instead ...". The praise there is what the film lacks (criticism); a fault there is one it
 *   escaped ("could have been a disaster"), no judgement.
 * - `unsurpassed`: "couldn't have been better", "could not be more timely", "can't get any better":
 *   a denied comparison is the highest praise (or, with "worse", the strongest fault); the word
 *   keeps its own sign and no negation turns it.
 * - `escaped`: "A lesser director could have squandered the opportunity", "In other hands this
 *   would have been a disaster": the fault a lesser other would have made is one this film
 *   escaped, praise.
 * Both are token indexes of the words the construction governs (adjectives, nouns and adverbs up to
 * the next clause break, at most SCOPE words).
 */
export interface UnrealizedQualities {
  unmet: ReadonlySet<number>;
  unsurpassed: ReadonlySet<number>;
  escaped: ReadonlySet<number>;
}

const SCOPE = 8;
const COUNTERFACTUAL_MODALS = new Set(["could", "should", "would", "might", "ought"]);
const HAVE = new Set(["have", "'ve", "of"]);
// Verbs of aiming at a quality: "wants to be a searing satire", "tries too hard to be clever".
const AIMING = new Set(["want", "try", "pretend", "aspire", "aim", "strain", "strive", "struggle", "attempt", "intend"]);
const INTENDED = new Set(["supposed", "meant", "intended"]);
const AIM_ADVERBS = new Set(["so", "too", "very", "really", "desperately", "hard", "awfully", "mightily", "clearly", "obviously"]);
const CONTRASTS = new Set(["but", "yet", "instead", "though", "although", "while", "whereas"]);
const GOVERNED = new Set(["ADJ", "NOUN", "ADV", "DET", "NUM", "CCONJ"]);
// A person's approval a film would have earned is praise of the film ("Hitchcock would have been proud").
const APPROVAL = new Set(["proud", "pleased", "delighted", "thrilled", "impressed", "happy"]);
// What a film would have won is praise ("should have won the Palme d'Or").
const EARNED = new Set(["win", "earn", "receive", "get", "deserve"]);
// The object of a counterfactual doing: "could have played Mae as a villain".
const OBJECT_TAGS = new Set(["PROPN", "PRON", "ADP", "PART"]);
const NEGATORS = new Set(["not", "n't", "never", "hardly", "scarcely"]);
const RARELY = new Set(["rarely", "seldom"]);
// The tagger leaves some comparatives as nouns ("duller"): a doubled consonant or "-ier" before "-er" marks them too.
const isComparative = (t: Token | undefined) =>
  t !== undefined &&
  (t.normal === "more" || t.normal === "less" || (t.pos === "ADJ" && t.normal !== t.lemma && /(er)$/.test(t.normal)) || t.normal === "better" || t.normal === "worse" || /(?:([b-df-hj-np-tv-z])\1|i)er$/u.test(t.normal));

const cache = new WeakMap<Token[], UnrealizedQualities>();

/** The unrealized qualities of one sentence's tokens (cached per token array). */
export function unrealizedQualities(tokens: Token[]): UnrealizedQualities {
  const cached = cache.get(tokens);
  if (cached) return cached;
  const unmet = new Set<number>();
  const unsurpassed = new Set<number>();
  const escaped = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const unrivalled = unrivalledQuality(tokens, i);
    if (unrivalled.length > 0) {
      for (const k of unrivalled) unsurpassed.add(k);
      continue;
    }
    const wished = wishedSaying(tokens, i);
    if (wished > 0) {
      // The wish itself ("love") is no praise either.
      for (let k = i; k < tokens.length && !CONTRASTS.has(tokens[k]!.normal) && !WISH_ENDS.has(tokens[k]!.text); k++) unmet.add(k);
      continue;
    }
    const found = opensExpectation(tokens, i);
    if (!found) continue;
    const { scopeStart, denied, doing } = found;
    if (denied) {
      if (!isComparative(tokens[scopeStart])) continue;
      for (const k of governed(tokens, scopeStart, false)) unsurpassed.add(k);
    } else if (COUNTERFACTUAL_MODALS.has(tokens[i]!.normal) && lesserOther(tokens, i) >= 0) {
      for (const k of governed(tokens, scopeStart, doing)) escaped.add(k);
      // "A less gifted actress would have ...": the other's own qualities judge no one of this film.
      for (let k = lesserOther(tokens, i); k < i; k++) escaped.add(k);
    } else {
      for (const k of governed(tokens, scopeStart, doing)) unmet.add(k);
      // "cute where it should be wistful": what it is instead is no praise either.
      if (tokens[i]!.normal === "should" && wherePrecedes(tokens, i)) {
        for (let k = i - 3; k >= 0 && k >= i - 6 && (tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "ADV"); k--) unmet.add(k);
      }
    }
    i = scopeStart - 1;
  }
  averted(tokens, unmet, unsurpassed);
  // "Nobody could have played Quill better": the comparison with no equal wins over the modal's unmet expectation.
  for (const k of unsurpassed) unmet.delete(k);
  const result = { unmet, unsurpassed, escaped };
  cache.set(tokens, result);
  return result;
}

/**
 * Whether an expectation opens at token i, and where the words it governs begin: after "could
 * have been", "ought to (have) be(en)", "is supposed to be", "tries (so hard) to be", or "should be"
 * when "instead" follows in the sentence or "where it"/"when they" comes before it ("cute where it
 * should be wistful"), "could use", "could do with". `denied`: a negator inside a modal construction
 * ("couldn't have been", "could not be"). `doing`: a verb other than "been" follows ("could have made"),
 * and the words governed are that verb and its object.
 */
function opensExpectation(tokens: Token[], i: number): { scopeStart: number; denied: boolean; doing: boolean } | undefined {
  const t = tokens[i]!;
  const at = (k: number) => tokens[k]?.normal ?? "";
  if (COUNTERFACTUAL_MODALS.has(t.normal)) {
    let k = i + 1;
    if (t.normal === "ought" && at(k) === "to") k++;
    let denied = false;
    // "could easily have been", "could never have been", "couldn't have been"
    for (; k < i + 4 && (NEGATORS.has(at(k)) || tokens[k]?.pos === "ADV"); k++) if (NEGATORS.has(at(k))) denied = true;
    if (HAVE.has(at(k))) {
      k++;
      while (k < i + 6 && tokens[k]?.pos === "ADV" && !NEGATORS.has(at(k))) k++;
      if (at(k) === "been") return { scopeStart: k + 1, denied, doing: false };
      // "could have made a great film", "would have liked more", "could have played her as a villain": the doing and its object.
      const verb = tokens[k];
      if (!denied && verb?.pos === "VERB" && !EARNED.has(verb.lemma)) return { scopeStart: k, denied, doing: true };
      return undefined;
    }
    // "could use a stronger villain", "could do with some restraint": what it lacks.
    if (!denied && (t.normal === "could" || t.normal === "might") && (at(k) === "use" || (at(k) === "do" && at(k + 1) === "with"))) return { scopeStart: at(k) === "use" ? k + 1 : k + 2, denied, doing: true };
    // "could be great" is a hope, not a lack; "couldn't be better" is praise; "should be X; instead ..." a lack.
    // "Which would be fine, if the writers had ...", "If the script had been sharper, it would be a classic": a condition not met.
    if (at(k) === "be" && (denied ? t.normal === "could" : (t.normal === "should" && (insteadFollows(tokens, k) || wherePrecedes(tokens, i))) || t.normal === "ought" || pastConditionBeside(tokens, k))) return { scopeStart: k + 1, denied, doing: false };
    // "couldn't get any better": a degree no higher of which can be reached.
    if (denied && t.normal === "could" && at(k) === "get") return { scopeStart: afterDegreeWord(tokens, k + 1), denied, doing: false };
    return undefined;
  }
  // "if the writers had taken advantage of the comic potential", "if the script had been sharper": what was not done.
  const had = pastCondition(tokens, i);
  if (had >= 0) {
    let k = had + 1;
    while (k < had + 3 && tokens[k]?.pos === "ADV" && !NEGATORS.has(at(k))) k++;
    if (NEGATORS.has(at(k))) return undefined;
    if (at(k) === "been") return { scopeStart: k + 1, denied: false, doing: false };
    if (tokens[k]?.pos === "VERB") return { scopeStart: k, denied: false, doing: true };
    // "if it had a sharper script", "if they had better acting": what it would have needed.
    if (isComparative(tokens[k]) || ((at(k) === "a" || at(k) === "an") && isComparative(tokens[k + 1]))) return { scopeStart: k, denied: false, doing: false };
    return undefined;
  }
  if ((t.normal === "can" || t.normal === "ca") && NEGATORS.has(at(i + 1)) && at(i + 2) === "be") return { scopeStart: i + 3, denied: true, doing: false };
  if ((t.normal === "can" || t.normal === "ca") && NEGATORS.has(at(i + 1)) && at(i + 2) === "get") return { scopeStart: afterDegreeWord(tokens, i + 3), denied: true, doing: false };
  if (INTENDED.has(t.normal) && at(i + 1) === "to" && at(i + 2) === "be") return { scopeStart: i + 3, denied: false, doing: false };
  if (AIMING.has(t.lemma) && t.pos === "VERB") {
    let k = i + 1;
    while (AIM_ADVERBS.has(at(k)) && k < i + 4) k++;
    if (at(k) === "to" && at(k + 1) === "be") return { scopeStart: k + 2, denied: false, doing: false };
  }
  return undefined;
}

const SAYING = new Set(["say", "report", "tell", "claim", "write"]);
const WISH_ENDS = new Set([";", ":", "—", "–"]);
const WISHING = new Set(["like", "love"]);

/**
 * "I wish I could say the film is good", "We'd like to say there were some Gandalf in his
 * performance, but we would be lying", "I'd love to report that the score is wonderful": what the
 * critic wishes they could say is what the film lacks. Where the wished words begin, or -1.
 */
function wishedSaying(tokens: Token[], i: number): number {
  const at = (k: number) => tokens[k]?.normal ?? "";
  const speaker = (k: number) => at(k) === "i" || at(k) === "we";
  let k = -1;
  // "I wish I could say", "I wish I could report that"
  if (at(i) === "wish" && speaker(i - 1) && speaker(i + 1) && at(i + 2) === "could") k = i + 3;
  // "I'd like to say", "we would love to report", "I really wanted to say" is no wish of this kind.
  else if (speaker(i) && (at(i + 1) === "'d" || at(i + 1) === "would") && WISHING.has(at(i + 2)) && at(i + 3) === "to") k = i + 4;
  if (k < 0 || !SAYING.has(tokens[k]?.lemma ?? "")) return -1;
  k++;
  if (at(k) === "you") k++;
  if (at(k) === "that") k++;
  return k;
}

// "a lesser director", "in other hands", "in the wrong hands", "a less gifted actor": someone other than the film's makers.
const LESSER = new Set(["lesser", "weaker", "clumsier", "inferior"]);
const OTHER_HANDS = new Set(["other", "lesser", "wrong", "different", "weaker", "clumsier"]);
const LESSER_REACH = 12;
// Who a lesser other may be: "a less gifted actress", not "less emotional power than it could have had".
const MAKERS = new Set(["actor", "actress", "performer", "star", "cast", "director", "filmmaker", "writer", "screenwriter", "team", "crew", "storyteller", "comedian", "singer", "hand"]);

/**
 * Where the lesser other that is the subject of the counterfactual modal at `modal` is named
 * ("lesser", "a less gifted actor", "other hands" before it in its clause), or -1.
 */
function lesserOther(tokens: Token[], modal: number): number {
  for (let k = modal - 1; k >= 0 && k >= modal - LESSER_REACH; k--) {
    const t = tokens[k]!;
    if (CONTRASTS.has(t.normal) || t.text === ";" || t.text === ".") return -1;
    if (LESSER.has(t.normal) || (t.normal === "less" && tokens[k + 1]?.pos === "ADJ" && MAKERS.has(tokens[k + 2]?.lemma ?? ""))) return k;
    if ((t.normal === "hands" || t.normal === "hand") && OTHER_HANDS.has(tokens[k - 1]?.normal ?? "")) return k - 1;
  }
  return -1;
}

// What may stand between "if" and "had": the condition's subject ("if the writers had", "if Emmerich had").
const CONDITION_SUBJECT = new Set(["DET", "NOUN", "PRON", "PROPN", "ADJ"]);

// How far "and had" may stand from "if": "if they took a different approach and had better acting".
const COORDINATED_REACH = 10;

/**
 * Where "had" stands in a past condition opened at i ("if the writers had ...", "if they took a
 * different approach and had better acting"), or -1. Not in "as if", which compares.
 */
function pastCondition(tokens: Token[], i: number): number {
  if (tokens[i]!.normal !== "if" || tokens[i - 1]?.normal === "as") return -1;
  let k = i + 1;
  for (; k < tokens.length && k <= i + 5; k++) {
    if (tokens[k]!.normal === "had") return k > i + 1 ? k : -1;
    if (!CONDITION_SUBJECT.has(tokens[k]!.pos)) break;
  }
  if (k === i + 1 || tokens[k]?.pos !== "VERB") return -1;
  for (; k < tokens.length && k <= i + COORDINATED_REACH && tokens[k]!.pos !== "PUNCT"; k++) {
    if (tokens[k]!.normal === "had" && (tokens[k - 1]!.normal === "and" || tokens[k - 1]!.normal === "or")) return k;
  }
  return -1;
}

/** Whether the sentence holds a past condition ("if ... had") outside `k`: what "would be" says under it was not met. */
function pastConditionBeside(tokens: Token[], k: number): boolean {
  for (let j = 0; j < tokens.length; j++) if (j !== k && pastCondition(tokens, j) >= 0) return true;
  return false;
}

const NO_ONE = new Set(["nobody", "noone", "none"]);
// Verbs of making a work or giving a performance ("has never made a better film").
const MAKING = new Set(["make", "do", "give", "deliver", "produce", "direct", "write", "shoot", "turn"]);
const SINCE = new Set(["since", "in"]);
const ANY_WORK = new Set(["anything", "something"]);
// "more beautiful", "more assured" (a participle the tagger may read as a verb).
const QUALITY_TAGS = new Set(["ADJ", "ADV", "VERB"]);
const DEMONSTRATIVE_DEGREE = new Set(["this", "that", "so"]);

/**
 * The words of a comparison that names no equal, opened at token i: "Nobody does flustered better
 * than Lucia Marchetti", "No one plays menace better", "X hasn't been this funny in years", "X has
 * never made anything scarier" (the quality and its comparative; empty when none opens there).
 */
function unrivalledQuality(tokens: Token[], i: number): number[] {
  const at = (k: number) => tokens[k]?.normal ?? "";
  const t = tokens[i]!;
  if (NO_ONE.has(t.normal) || (t.normal === "no" && (at(i + 1) === "one" || tokens[i + 1]?.pos === "NOUN"))) {
    // "No one could have played Pell better than Voss"; "Nobody has made the Fens look lovelier, or lonelier" (no "than").
    for (let k = i + 1; k < i + 9 && k < tokens.length; k++) {
      if (tokens[k]!.pos === "PUNCT") return [];
      if ((at(k) === "better" || at(k) === "worse") && at(k + 1) === "than") return Array.from({ length: k - i }, (_, n) => i + 1 + n);
      if (k > i + 2 && t.normal !== "none" && inflectedComparative(tokens[k]) && (tokens[k + 1] === undefined || tokens[k + 1]!.pos === "PUNCT")) return [k];
    }
    return [];
  }
  // "Body horror doesn't get much more inventive than this", "I can't imagine a better Fane than
  // Achterberg": nothing matches this film, or this actor.
  // "Family films rarely come better crafted than this": seldom matched is the same praise.
  if (NEGATORS.has(t.normal) || RARELY.has(t.normal)) {
    const compared = unmatchedStandard(tokens, i);
    if (compared.length > 0) return compared;
  }
  // "Vasić has never made anything scarier", "she has never done anything better": none of their work matches it.
  if (NEGATORS.has(t.normal)) {
    const anything = tokens.findIndex((w, k) => k > i && k <= i + 3 && ANY_WORK.has(w.normal));
    if (anything > 0 && tokens.slice(i + 1, anything).every((w) => w.pos === "VERB" || w.pos === "AUX" || w.pos === "ADV")) {
      const next = tokens[anything + 1];
      if (next?.normal === "more" && QUALITY_TAGS.has(tokens[anything + 2]?.pos ?? "")) return [anything + 1, anything + 2];
      if (isComparative(next) && next!.normal !== "less") return [anything + 1];
    }
  }
  // "Feld has never made a better film", "she has never done better work", "has never given a finer
  // performance": none of their work before matches this.
  if (NEGATORS.has(t.normal)) {
    let k = i + 1;
    while (k <= i + 3 && (tokens[k]?.pos === "AUX" || tokens[k]?.pos === "ADV")) k++;
    if (MAKING.has(tokens[k]?.lemma ?? "") && (tokens[k]!.pos === "VERB" || tokens[k]!.pos === "AUX")) {
      let c = k + 1;
      if (tokens[c]?.normal === "a" || tokens[c]?.normal === "an") c++;
      const next = tokens[c];
      const noun = (at: number) => tokens[at]?.pos === "NOUN";
      if (next?.normal === "more" && QUALITY_TAGS.has(tokens[c + 1]?.pos ?? "") && noun(c + 2)) return [c, c + 1];
      if (isComparative(next) && next!.normal !== "less" && noun(c + 1)) return [c];
    }
  }
  // "hasn't been this funny in years", "has never been so good since ...": no time since has matched it.
  if (NEGATORS.has(t.normal) && at(i + 1) === "been" && DEMONSTRATIVE_DEGREE.has(at(i + 2))) {
    let k = i + 3;
    while (tokens[k]?.pos === "ADV") k++;
    if (tokens[k]?.pos === "ADJ" && SINCE.has(at(k + 1)) && (at(k + 1) === "since" || /^(?:years|ages|decades|a|an|ten|twenty|some)$/.test(at(k + 2)))) return [k];
  }
  return [];
}

/**
 * After the negator at i ("doesn't get", "can't imagine"), within a few words, a comparative
 * ("better", "more inventive", "a better Lionel Fane") and "than" with this film or a person
 * ("than this", "than Achterberg"): the comparative's words, or none. "isn't better than the
 * original" compares with another work, a plain denial.
 */
function unmatchedStandard(tokens: Token[], i: number): number[] {
  for (let k = i + 1; k < i + 6 && k < tokens.length; k++) {
    if (tokens[k]!.pos === "PUNCT") return [];
    const more = tokens[k]!.normal === "more" && QUALITY_TAGS.has(tokens[k + 1]?.pos ?? "");
    if (!more && !(isComparative(tokens[k]) && tokens[k]!.normal !== "less" && tokens[k]!.normal !== "more")) continue;
    const quality = more ? k + 1 : k;
    let than = quality + 1;
    // "rarely come better crafted than this", "a more beautifully shot film": a participle or noun the comparative grades.
    while (than <= quality + 3 && (tokens[than]?.pos === "PROPN" || tokens[than]?.pos === "NOUN" || participle(tokens[than]))) than++;
    // "You won't see a more beautifully shot film this year": nothing to be seen matches it.
    if (tokens[than]?.normal !== "than") return seenNowhereElse(tokens, i, k, than) ? [k, quality] : [];
    const standard = tokens[than + 1];
    return standard && (THIS_FILM.has(standard.normal) || standard.pos === "PROPN") ? [k, quality] : [];
  }
  return [];
}
const THIS_FILM = new Set(["this", "that", "here"]);
const IRREGULAR_PARTICIPLES = new Set(["shot", "made", "cut", "built", "told", "sung", "spun", "lit", "set", "done", "wrought"]);
const participle = (t: Token | undefined) => t !== undefined && (t.pos === "VERB" || t.pos === "ADJ") && (/(?:ed|en|wn)$/u.test(t.normal) || IRREGULAR_PARTICIPLES.has(t.normal));
// Verbs of coming across a film or a performance: "you won't see", "you'll never find", "I can't recall".
const COMING_ACROSS = new Set(["see", "find", "watch", "encounter", "hear", "witness", "recall", "remember"]);
// A span the comparison covers: "this year", "all year", "anywhere", "in years", or the clause's end.
const NOWHERE_ELSE = new Set(["this", "all", "anywhere", "in", "for", "soon", "any"]);

/**
 * Whether the negator at i denies coming across anything of a higher degree ("You won't see a
 * more beautifully shot film this year", "you'll never find a better ensemble anywhere"): a verb of
 * seeing or finding between it and the comparative at k, and after the compared noun phrase
 * (ending before `end`) a span of time or place, or the clause's end.
 */
function seenNowhereElse(tokens: Token[], i: number, k: number, end: number): boolean {
  if (!tokens.slice(i + 1, k).some((t) => COMING_ACROSS.has(t.lemma))) return false;
  const after = tokens[end];
  return after === undefined || after.pos === "PUNCT" || NOWHERE_ELSE.has(after.normal);
}
const inflectedComparative = (t: Token | undefined) => t !== undefined && t.pos === "ADJ" && t.normal !== t.lemma && /er$/u.test(t.normal);

/**
 * "Without Phoenix's genius, Fleck would become camp, or worse": what the opening "without"
 * phrase names is had (no negation turns it), and the fault the counterfactual clause after it
 * names is averted (unmet: a fault there judges nothing).
 */
function averted(tokens: Token[], unmet: Set<number>, unsurpassed: Set<number>): void {
  let k = 0;
  while (tokens[k]?.pos === "CCONJ" || tokens[k]?.pos === "ADV") k++;
  if (tokens[k]?.normal !== "without") return;
  const comma = tokens.findIndex((t, j) => j > k && t.text === ",");
  if (comma < 0 || comma > k + 10) return;
  const modal = tokens.findIndex((t, j) => j > comma && j <= comma + 5 && COUNTERFACTUAL_MODALS.has(t.normal));
  if (modal < 0) return;
  for (let j = k + 1; j < comma; j++) unsurpassed.add(j);
  for (let j = modal + 1; j < tokens.length; j++) unmet.add(j);
}

// "any better", "much worse": the degree word before the comparative.
const afterDegreeWord = (tokens: Token[], k: number) => (tokens[k]?.normal === "any" || tokens[k]?.normal === "much" ? k + 1 : k);

const insteadFollows = (tokens: Token[], from: number) => tokens.slice(from).some((t) => t.normal === "instead");
// "cute where it should be wistful", "loud when they should be quiet": what it is, set against what it should be.
const wherePrecedes = (tokens: Token[], modal: number) => tokens[modal - 1]?.pos === "PRON" && (tokens[modal - 2]?.normal === "where" || tokens[modal - 2]?.normal === "when");

/** The judging words a construction governs from `start`: its predicate, up to a clause break or contrast. */
function governed(tokens: Token[], start: number, doing: boolean): number[] {
  const words: number[] = [];
  for (let k = start; k < tokens.length && k < start + SCOPE; k++) {
    const t = tokens[k]!;
    if (CONTRASTS.has(t.normal)) break;
    if (t.pos === "PUNCT" && t.text !== "-" && !(t.text === "," && GOVERNED.has(tokens[k + 1]?.pos ?? "") && tokens[k + 1]?.pos !== "CCONJ")) break;
    if (APPROVAL.has(t.normal)) return [];
    // "it would have been easy to make it maudlin": the quality is the doing's, not the film's.
    if (t.pos === "ADJ" && tokens[k + 1]?.normal === "to") return [];
    // A present participle is the quality itself ("supposed to be moving", "ought to be thrilling").
    if (GOVERNED.has(t.pos) || t.pos === "PUNCT" || (t.pos === "VERB" && (t.normal.endsWith("ing") || (doing && k === start))) || (doing && OBJECT_TAGS.has(t.pos))) words.push(k);
    else break;
  }
  return words;
}

// What may stand after "like" for the one who has no equal: a name, or a pronoun of a person.
const LIKENED_PRONOUNS = new Set(["him", "her", "them", "it"]);
const LIKENESS_REACH = 8;
// What an actor or a film-maker does that nobody does as well: "nobody plays ...", "no one shoots ...".
// A character's doings ("nobody wants to end up like Hanne") compare no one's craft.
const CRAFT_DOINGS = new Set(["play", "do", "make", "direct", "write", "shoot", "film", "sing", "act", "deliver", "portray", "capture", "handle", "voice", "dance", "inhabit", "sell", "frame", "stage"]);

/**
 * "Nobody plays a drifter like Dario Venn", "No one does it quite like her", "nobody shoots a desert
 * like Ek": a likeness nobody matches is praise of the one named after "like", though no word of
 * quality is said. `like`: the index of "like" (-1 when the sentence has no such construction);
 * `between`: the words from the negative subject to "like" ("plays a drifter"), which say what
 * is done, not how well ("a villain" judges no one). A comparative before "like" is read by
 * unrealizedQualities instead.
 */
export function unmatchedLikeness(tokens: Token[]): { like: number; between: ReadonlySet<number> } {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const noOne = NO_ONE.has(t.normal) && t.normal !== "none" ? i : t.normal === "no" && tokens[i + 1]?.normal === "one" ? i + 1 : -1;
    if (noOne < 0) continue;
    for (let k = noOne + 1; k < tokens.length && k <= noOne + LIKENESS_REACH; k++) {
      const w = tokens[k]!;
      if (w.pos === "PUNCT" || isComparative(w)) break;
      if (w.normal !== "like") continue;
      const after = tokens[k + 1];
      const named = after !== undefined && (after.pos === "PROPN" || LIKENED_PRONOUNS.has(after.normal));
      let end = k + 2;
      while (tokens[end]?.pos === "PROPN" || tokens[end]?.normal === "'s" || tokens[end]?.normal === "’s") end++;
      const crafted = tokens.slice(noOne + 1, k).some((v) => CRAFT_DOINGS.has(v.lemma) || CRAFT_DOINGS.has(v.normal.replace(/s$/u, "")));
      if (named && crafted && (tokens[end] === undefined || tokens[end]!.pos === "PUNCT")) {
        return { like: k, between: new Set(Array.from({ length: k - i }, (_, n) => i + n)) };
      }
      break;
    }
  }
  return { like: -1, between: new Set() };
}
