import { occupationNouns, personNouns } from "./name-words";
import type { Token } from "./tokens";

const LIST_POS = new Set(["ADJ", "ADV", "CCONJ", "PUNCT"]);
// wink tags some rarer adjectives as nouns ("pustular").
const DESCRIBING_POS = new Set(["ADJ", "ADV", "CCONJ", "VERB", "NOUN"]);
const LIST_WORDS = new Set(["by", "turns", "at", "once", "and", "but", "yet", "not"]);

/**
 * Tokens that describe a character, not judge an actor: "plays Anthony as charming, vain and
 * furious by turns" says who Anthony is; how well he is played is said elsewhere in the sentence.
 * So does an apposition after the character's name ("as Tony Lip, a man struggling for money"), and the
 * relative clause on the part a verb of playing names ("portraying an officer who is threatening").
 */
export function characterDescriptions(tokens: Token[]): Set<number> {
  const described = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.lemma !== "play") return;
    const as = tokens.findIndex((a, k) => k > i && k <= i + 5 && a.normal === "as");
    if (as < 0) return;
    // "playing Roxie as a not-too-bright blonde": the adjectives after an article, before the part's noun.
    const article = ARTICLES.has(tokens[as + 1]?.normal ?? "") ? as + 1 : as;
    for (let k = article + 1; k < tokens.length; k++) {
      const word = tokens[k]!;
      if (!LIST_POS.has(word.pos) && !LIST_WORDS.has(word.normal)) break;
      if (word.pos === "PUNCT" && word.text !== "," && word.text !== "-") break;
      described.add(k);
    }
  });
  // "as Tony Lip, a man struggling for money", "plays Sidney, who sent a man to death row", "X is
  // Sidney, a ...": the apposition or relative clause after the character's name says who they are.
  tokens.forEach((t, i) => {
    // "Ilse Navarro is Maren Holt, a bitter, grieving widow": a name is a name, the actor's part.
    // "Russell Crowe is bully-for-hire Jackson Healy": the actor is the titled character.
    const castAs = t.lemma === "be" && tokens[i - 1]?.pos === "PROPN" && (tokens[i + 1]?.pos === "PROPN" || nameAfterTitle(tokens, i + 1) > i + 1);
    if (t.normal !== "as" && t.lemma !== "play" && !castAs) return;
    // "plays test pilot Hal Jordan, who ...", "as struggling inventor Cade Yeager, who ...": a title before the name.
    const name = castAs && tokens[i + 1]?.pos === "PROPN" ? i + 1 : nameAfterTitle(tokens, i + 1);
    const k = nameRunEnd(tokens, name);
    const opener = tokens[k + 1]?.normal ?? "";
    // The title alone describes the character where no apposition follows ("is bully-for-hire Jackson Healy.").
    if (k > name && name > i + 1 && !(tokens[k]?.text === "," && (INDEFINITE.has(opener) || PERSON_RELATIVES.has(opener)))) {
      for (let j = i + 1; j < name; j++) described.add(j);
      return;
    }
    if (k === name || tokens[k]?.text !== "," || !(INDEFINITE.has(opener) || PERSON_RELATIVES.has(opener))) return;
    for (let j = i + 1; j < name; j++) described.add(j);
    let end = k + 1;
    // "a grizzled, scarred up individual": a comma between the apposition's adjectives does not end it.
    while (end < tokens.length && (!APPOSITION_ENDS.has(tokens[end]!.text) || listsQualities(tokens, end))) end++;
    // "Nick, a guy who drops into his bar, has a flirty chat ... and comes home to ...": the relative clause's
    // further predicates, after commas, describe him too.
    if (tokens.slice(k + 1, end).some((w) => PERSON_RELATIVES.has(w.normal))) {
      const verbal = (w: Token | undefined) => w?.pos === "VERB" || w?.pos === "AUX";
      const predicate = (at: number) => verbal(tokens[at]) || (tokens[at]?.normal === "and" && verbal(tokens[at + 1]));
      while (tokens[end]?.text === "," && predicate(end + 1)) {
        end++;
        while (end < tokens.length && !PREDICATE_ENDS.has(tokens[end]!.text)) end++;
      }
    }
    // "plays Peter, a successful lawyer, enjoying life with his new wife": a participle after the apposition goes on describing him.
    while (tokens[end]?.text === "," && tokens[end + 1]?.pos === "VERB" && /ing$/u.test(tokens[end + 1]!.normal)) {
      end++;
      while (end < tokens.length && !PREDICATE_ENDS.has(tokens[end]!.text)) end++;
    }
    if (tokens.slice(k + 1, end).some((w) => PART_WORDS.has(w.lemma))) return;
    for (let j = k + 1; j < end; j++) described.add(j);
  });
  // "plays Roy, also frozen in time, and even less appreciative": a participle after the character's
  // name says what befalls them, and so does what ", and" adds to it before a new subject.
  tokens.forEach((t, i) => {
    if (t.normal !== "as" && t.lemma !== "play") return;
    // "plays astronaut Mark Watney, left for dead": a title may stand before the name.
    const name = nameAfterTitle(tokens, i + 1);
    let k = name;
    while (k < tokens.length && k <= name + 3 && tokens[k]!.pos === "PROPN") k++;
    if (k === name || tokens[k]?.text !== ",") return;
    for (let j = i + 1; j < name; j++) described.add(j);
    let first = k + 1;
    if (STATE_ADVERBS.has(tokens[first]?.normal ?? "")) first++;
    if (tokens[first]?.pos !== "VERB" || tokens[first]!.normal === tokens[first]!.lemma) return;
    let end = first;
    for (;;) {
      while (end < tokens.length && !APPOSITION_ENDS.has(tokens[end]!.text)) end++;
      const continues = tokens[end]?.text === "," && tokens[end + 1]?.normal === "and" && !NEW_SUBJECT_POS.has(tokens[end + 2]?.pos ?? "");
      if (!continues) break;
      end += 2;
    }
    if (tokens.slice(k + 1, end).some((w) => PART_WORDS.has(w.lemma))) return;
    for (let j = k + 1; j < end; j++) described.add(j);
  });
  // "portraying an officer who is alternately threatening and laughable", "plays a man who loses his hearing",
  // "play the paper's team of reporters who work ...": the relative clause on the part a verb of playing
  // names, up to the clause's end or a manner phrase ("with ..."). The part's own adjectives may judge
  // the playing ("plays a terrific villain").
  tokens.forEach((t, i) => {
    if (!PLAYING.has(t.lemma)) return;
    const article = [i + 1, i + 2].find((k) => ARTICLES.has(tokens[k]?.normal ?? "") || OWNERS.has(tokens[k]?.normal ?? ""));
    if (article === undefined) return;
    let end = article;
    while (end < tokens.length && !APPOSITION_ENDS.has(tokens[end]!.text) && !MANNER_OPENERS.has(tokens[end]!.normal)) end++;
    const relative = tokens.findIndex((w, k) => k > article && k < end && RELATIVE_PRONOUNS.has(w.normal));
    if (relative < 0 || tokens.slice(article, end).some((w) => PART_WORDS.has(w.lemma))) return;
    for (let j = relative; j < end; j++) described.add(j);
  });
  // "stars as a brilliant, charming and fiendish SS colonel": after "as" and an article, the adjectives
  // before the part's noun are the character's ("is terrific as a charming colonel" keeps "terrific").
  // "is oddly cast as Amy's creepy ex", "stars as her cruel mother": after a possessive too.
  tokens.forEach((t, i) => {
    if (t.normal !== "as") return;
    const next = tokens[i + 1]?.normal ?? "";
    const owner = tokens[i + 1]?.pos === "PROPN" && POSSESSIVE_MARKS.has(tokens[i + 2]?.text ?? "");
    const from = ARTICLES.has(next) || OWNERS.has(next) ? i + 2 : owner ? i + 3 : -1;
    if (from < 0) return;
    // Only after a verb of casting ("stars as", "is cast as"): "emerges as a charismatic figure" judges.
    const verb = tokens[i - 1]?.pos === "ADV" ? tokens[i - 2] : tokens[i - 1];
    if (!CASTING_VERBS.has(verb?.lemma ?? "")) return;
    let k = from;
    while (k < tokens.length && (LIST_POS.has(tokens[k]!.pos) || LIST_WORDS.has(tokens[k]!.normal)) && tokens[k]!.text !== ".") k++;
    while (tokens[k]?.pos === "PROPN") k++;
    // The part's noun ("colonel"; "ex", which wink leaves untagged).
    if (k === from || (tokens[k]?.pos !== "NOUN" && tokens[k]?.pos !== "X") || PART_WORDS.has(tokens[k]!.lemma)) return;
    for (let j = from; j < k; j++) if (tokens[j]!.pos === "ADJ" || tokens[j]!.pos === "ADV") described.add(j);
  });
  // "As the dead man's sullen younger brother, Estrin makes ...": a part named before the actor, set
  // off by a comma, says who the character is ("As the lead, Vance is ..." names the part, and keeps it).
  tokens.forEach((t, i) => {
    if (t.normal !== "as" || (i > 0 && !CLAUSE_OPENING_POS.has(tokens[i - 1]!.pos)) || !(ARTICLES.has(tokens[i + 1]?.normal ?? "") || OWNERS.has(tokens[i + 1]?.normal ?? ""))) return;
    const comma = tokens.findIndex((w, k) => k > i + 1 && k <= i + 10 && APPOSITION_ENDS.has(w.text));
    if (comma < 0 || tokens[comma]!.text !== "," || tokens[comma + 1]?.pos !== "PROPN") return;
    const noun = tokens[comma - 1]!;
    if (noun.pos !== "NOUN" || PART_WORDS.has(noun.lemma) || !(personNouns.has(noun.normal) || occupationNouns.has(noun.normal) || STORY_PERSONS.has(noun.lemma))) return;
    for (let j = i + 1; j < comma; j++) described.add(j);
  });
  // "is a stand-out as the actor who must pretend he's Truman's friend", "is superb as a mother who
  // cannot forgive": after "as", the relative clause on the part says who the character is.
  tokens.forEach((t, i) => {
    if (t.normal !== "as" || !ARTICLES.has(tokens[i + 1]?.normal ?? "")) return;
    let k = i + 2;
    while (k < tokens.length && k <= i + 5 && (tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "NOUN") && !PERSON_RELATIVES.has(tokens[k]!.normal)) k++;
    if (k === i + 2 || tokens[k - 1]!.pos !== "NOUN" || !RELATIVE_PRONOUNS.has(tokens[k]?.normal ?? "")) return;
    if (tokens.slice(i + 2, k).some((w) => PART_WORDS.has(w.lemma))) return;
    for (const j of relativeClause(tokens, k)) described.add(j);
  });
  // "the envious scientist Hector (Peter Sarsgaard), bloated, pustular, and limping": the adjectives
  // after a character named with the actor in brackets describe the character.
  tokens.forEach((t, i) => {
    if (t.text !== "(" || !/^\p{Lu}/u.test(tokens[i - 1]?.text ?? "") || tokens[i + 1]?.pos !== "PROPN") return;
    let close = i + 1;
    while (tokens[close]?.pos === "PROPN") close++;
    if (tokens[close]?.text !== ")" || tokens[close + 1]?.text !== ",") return;
    let end = close + 2;
    while (end < tokens.length && (DESCRIBING_POS.has(tokens[end]!.pos) || tokens[end]!.text === ",")) end++;
    const run = tokens.slice(close + 2, end);
    if (!run.some((w) => w.pos === "ADJ") || run.some((w) => w.pos === "VERB" && !/(ing|ed)$/u.test(w.normal))) return;
    // The run ends the sentence or a clause, or is set off by commas before the verb ("Hector (X), bloated, is ...").
    if (end < tokens.length && !APPOSITION_ENDS.has(tokens[end]!.text) && tokens[end - 1]!.text !== ",") return;
    for (let j = close + 2; j < end; j++) described.add(j);
  });
  // "Sacha Baron Cohen's Kazakh journalist shares his racism with everyday folk": what an actor's (or
  // a director's) character does is the story, up to the clause's end; "Venn's pilot steals every
  // scene" judges the playing (JUDGED_ACTS), and "is"/"seems" ... is left to the predicate rules.
  tokens.forEach((t, i) => {
    if (t.pos !== "PROPN" || !POSSESSIVE_MARKS.has(tokens[i + 1]?.text ?? "")) return;
    // The owner opens a clause (not "a party in which William's friends compete ... is warm": the
    // relative clause's verb is not the sentence's).
    let owner = i;
    while (tokens[owner - 1]?.pos === "PROPN") owner--;
    const before = tokens[owner - 1];
    if (before && !CLAUSE_OPENING_POS.has(before.pos) && !CLAUSE_OPENING_WORDS.has(before.normal)) return;
    let k = i + 2;
    while (k < tokens.length && k <= i + 6 && OWNED_NOUN_PHRASE_POS.has(tokens[k]!.pos)) k++;
    const noun = tokens[k - 1]!;
    if (k === i + 2 || noun.pos !== "NOUN" || !(personNouns.has(noun.normal) || occupationNouns.has(noun.normal) || STORY_PERSONS.has(noun.lemma))) return;
    const verb = tokens[k];
    if (!verb || verb.pos !== "VERB" || JUDGED_ACTS.has(verb.lemma)) return;
    let end = k;
    while (end < tokens.length && !PREDICATE_ENDS.has(tokens[end]!.text)) end++;
    for (let j = k; j < end; j++) described.add(j);
  });
  // "Mr and Mrs Maitland (Baldwin, Davis), newly-deads who are confined to a living hell": the
  // apposition after characters credited in brackets, and its relative clause, say who they are.
  tokens.forEach((t, i) => {
    if (t.text !== "(" || tokens[i + 1]?.pos !== "PROPN") return;
    let close = i + 1;
    while (tokens[close] !== undefined && (tokens[close]!.pos === "PROPN" || tokens[close]!.text === "," || tokens[close]!.normal === "and")) close++;
    if (tokens[close]?.text !== ")" || tokens[close + 1]?.text !== ",") return;
    let k = close + 2;
    while (k < tokens.length && k <= close + 7 && (APPOSITION_POS.has(tokens[k]!.pos) || tokens[k]!.text === "-")) k++;
    if (k === close + 2 || !PERSON_RELATIVES.has(tokens[k]?.normal ?? "") || tokens.slice(close + 2, k).some((w) => PART_WORDS.has(w.lemma))) return;
    for (let j = close + 2; j < k; j++) described.add(j);
    for (const j of relativeClause(tokens, k)) described.add(j);
  });
  // "centers on a teenager who doesn't feel special", "follows a woman whose marriage is failing":
  // the relative clause on a person of the story says who they are, up to the clause's end.
  // "a failed poet who now edits wedding videos", "a failed stage actor who ...": a trade given with an
  // indefinite article is a character's, and so is its relative clause.
  tokens.forEach((t, i) => {
    const storyTrade = FILM_TRADES.has(t.lemma) && tokens.slice(Math.max(0, i - 3), i).some((w) => FORTUNES.has(w.normal));
    const trade = (occupationNouns.has(t.normal) || occupationNouns.has(t.lemma) || storyTrade) && indefiniteBefore(tokens, i);
    if (!(STORY_PERSONS.has(t.lemma) || trade) || (t.pos !== "NOUN" && t.pos !== "PROPN") || !PERSON_RELATIVES.has(tokens[i + 1]?.normal ?? "")) return;
    for (const j of relativeClause(tokens, i + 1)) described.add(j);
  });
  // "both men flawed by ambition", "a woman haunted by her past": a participle with its agent after a
  // person of the story says what marks them, up to the clause's end.
  tokens.forEach((t, i) => {
    const participle = tokens[i + 1];
    if (!STORY_PERSONS.has(t.lemma) || t.pos !== "NOUN" || !participle || !/(?:ed|en)$/u.test(participle.normal) || (participle.pos !== "VERB" && participle.pos !== "ADJ") || tokens[i + 2]?.normal !== "by") return;
    // "The men driven by greed are dull characters": the sentence's own verb ends it.
    for (let j = i + 1; j < tokens.length && !APPOSITION_ENDS.has(tokens[j]!.text) && (j < i + 3 || (tokens[j]!.pos !== "AUX" && tokens[j]!.pos !== "VERB")); j++) described.add(j);
  });
  return described;
}

/**
 * The index just after the character's name that starts at `name`: its capitalised words, whatever
 * wink tags them ("Don/VERB"), and a nickname in quotes within it ("Don “Wardaddy” Collier"); at most
 * five words. `name` itself when no capitalised word stands there.
 */
function nameRunEnd(tokens: Token[], name: number): number {
  const capitalised = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.text) && !NOT_NAME_POS.has(t.pos);
  let k = name;
  let words = 0;
  while (k < tokens.length && words < 5) {
    if (capitalised(tokens[k])) {
      k++;
      words++;
    } else if (k > name && QUOTES.has(tokens[k]!.text) && capitalised(tokens[k + 1]) && QUOTES.has(tokens[k + 2]?.text ?? "") && capitalised(tokens[k + 3])) {
      k += 3;
      words++;
    } else break;
  }
  return k;
}
const NOT_NAME_POS = new Set(["DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT"]);
const QUOTES = new Set(['"', "“", "”", "'", "‘", "’"]);

/** Whether the comma at `at` lies between two of an apposition's qualities ("a grizzled, scarred up individual"). */
function listsQualities(tokens: Token[], at: number): boolean {
  const quality = (t: Token | undefined) => t !== undefined && (t.pos === "ADJ" || (t.pos === "VERB" && /(ed|ing)$/u.test(t.normal)));
  return tokens[at]!.text === "," && quality(tokens[at - 1]) && (quality(tokens[at + 1]) || (tokens[at + 1]?.pos === "ADV" && quality(tokens[at + 2])));
}

/**
 * Where the name starts after a title of at most three words that opens at `from` ("test pilot
 * Hal Jordan", "struggling inventor Cade Yeager"); `from` itself when no such title stands there.
 */
function nameAfterTitle(tokens: Token[], from: number): number {
  let k = from;
  // Hyphenated words count as one ("world-weary film actor Bob Harris").
  const limit = from + 3 + tokens.slice(from, from + 6).filter((t) => t.text === "-").length * 2;
  // A word between hyphens is part of the compound ("bully-for-hire").
  const inCompound = (at: number) => tokens[at - 1]?.text === "-" && tokens[at + 1]?.text === "-";
  while (k < limit && (TITLE_POS.has(tokens[k]?.pos ?? "") || (tokens[k]?.text === "-" && k > from) || inCompound(k)) && tokens[k]!.text !== ",") k++;
  return k > from && tokens[k]?.pos === "PROPN" && /^\p{Lu}/u.test(tokens[k]!.text) ? k : from;
}
const TITLE_POS = new Set(["NOUN", "ADJ", "VERB"]);

/**
 * The token indexes of the relative clause that opens at `from` (its pronoun: "who", "where"),
 * up to the clause's end: a punctuation mark, or a verb group after the clause's own ("a man who
 * lost his job is the film's heart" ends before "is"), unless a subject or a conjunction before it
 * opens a clause within it ("who cannot say she loves her children and cannot stop saying ...").
 */
export function relativeClause(tokens: Token[], from: number): number[] {
  const span: number[] = [];
  let verbGroups = 0;
  for (let j = from; j < tokens.length && !APPOSITION_ENDS.has(tokens[j]!.text); j++) {
    const startsVerbGroup = VERBAL.has(tokens[j]!.pos) && !VERB_GROUP.has(tokens[j - 1]?.pos ?? "");
    if (startsVerbGroup && verbGroups > 0 && tokens[j - 1]!.pos !== "PRON" && !CLAUSE_JOINS.has(tokens[j - 1]!.normal)) break;
    if (startsVerbGroup) verbGroups++;
    span.push(j);
  }
  return span;
}

const PART_NOUNS = new Set(["character", "hero", "heroine", "protagonist"]);
// Trades of the arts a character may have, told by their fortunes ("a failed stage actor", "a struggling
// poet"): name-lexicon.json leaves them out of its occupations, since "the actor who plays Amos" and
// "a director who knows how to pace a thriller" speak of the film's people.
const FILM_TRADES = new Set(["actor", "actress", "performer", "director", "filmmaker", "editor", "composer", "writer", "screenwriter", "poet", "novelist", "painter", "musician", "singer", "artist", "photographer"]);
const FORTUNES = new Set(["failed", "struggling", "aspiring", "washed-up", "would-be", "unemployed", "out-of-work", "fading", "former", "budding", "frustrated", "blocked", "unsuccessful"]);
/** Whether "a"/"an" opens the noun phrase whose head is at `head` (at most three modifiers between). */
const indefiniteBefore = (tokens: Token[], head: number): boolean => {
  for (let k = head - 1; k >= 0 && k >= head - 4; k--) {
    if (tokens[k]!.normal === "a" || tokens[k]!.normal === "an") return true;
    if (!["ADJ", "NOUN", "VERB", "ADV"].includes(tokens[k]!.pos) && tokens[k]!.text !== "-") return false;
  }
  return false;
};
// People of a story, and what they are to one another (name-lexicon.json's person nouns, less the
// words for a part, "character", "hero", "protagonist", whose relative clause judges the writing:
// "a protagonist who is hard to root for").
const STORY_PERSONS = new Set([
  ...personNouns,
  "mother", "father", "mom", "dad", "parent", "friend", "girlfriend", "boyfriend", "couple", "family",
  "student", "teen", "youngster", "grandmother", "grandfather", "uncle", "aunt", "cousin", "neighbour", "neighbor",
].filter((w) => !PART_NOUNS.has(w)));
const PERSON_RELATIVES = new Set(["who", "whose"]);
// What ends a relative clause (relativeClause).
const VERBAL = new Set(["VERB", "AUX"]);
const VERB_GROUP = new Set(["VERB", "AUX", "PART", "ADV"]);
const CLAUSE_JOINS = new Set(["and", "or", "but", "who", "whose", "to"]);
const PLAYING = new Set(["play", "portray"]);
// "stars as a ...", "is cast as a ...", "appears as a ...": the part follows.
const CASTING_VERBS = new Set(["star", "cast", "appear", "play", "portray", "co-star", "costar"]);
const MANNER_OPENERS = new Set(["with"]);
const RELATIVE_PRONOUNS = new Set(["who", "whose", "that", "which"]);
const INDEFINITE = new Set(["a", "an"]);
const ARTICLES = new Set(["a", "an", "the"]);
const OWNERS = new Set(["his", "her", "their"]);
const POSSESSIVE_MARKS = new Set(["'s", "’s"]);
const APPOSITION_POS = new Set(["ADJ", "ADV", "NOUN", "DET"]);
const OWNED_NOUN_PHRASE_POS = new Set(["ADJ", "PROPN", "NOUN"]);
const CLAUSE_OPENING_POS = new Set(["PUNCT", "CCONJ", "SCONJ"]);
// Subordinators wink tags as adverbs.
const CLAUSE_OPENING_WORDS = new Set(["when", "as", "while", "once", "until", "after", "before"]);
// Verbs that say how a character is played, not what the character does ("Venn's pilot steals every scene").
const JUDGED_ACTS = new Set(["steal", "shine", "dominate", "carry", "anchor", "elevate", "sell", "nail", "impress", "dazzle", "sparkle", "electrify", "command", "ground", "disappoint", "grate", "annoy", "bore", "overact", "underwhelm", "convince", "captivate", "mesmerize", "mesmerise", "charm", "lift", "stand"]);
// "plays Roy, also frozen in time": adverbs of state before the participle.
const STATE_ADVERBS = new Set(["also", "still", "now", "once", "similarly", "likewise", "equally"]);
const NEW_SUBJECT_POS = new Set(["PRON", "DET", "PROPN", "NOUN"]);
const APPOSITION_ENDS = new Set([",", ";", ":", ".", "!", "?", ")", "—", "–"]);
// A relative clause's further predicates run over brackets ("the barmaid (Carrie Coon) and comes home").
const PREDICATE_ENDS = new Set([",", ";", ":", ".", "!", "?", "—", "–"]);
// An apposition that names the part or the acting judges it ("as Tony, a role he was born to play").
const PART_WORDS = new Set(["role", "part", "turn", "performance", "portrayal", "character", "casting"]);

const APPOSITION_OPENERS = new Map([[",", ","], ["–", "–"], ["—", "—"], ["(", ")"]]);

/**
 * "Christopher Nolan – a director fascinated with dissecting the human condition –", "Greta
 * Gerwig, who grew up in Sacramento,": the apposition set off after a person's name (its tokens
 * from `name`, the name's first token) says who the person is, not what the film is about. Token
 * indexes of the apposition, up to its closing mark or the end of the sentence.
 */
export function appositionAfterName(tokens: Token[], name: number): number[] {
  let k = name;
  while (tokens[k + 1]?.pos === "PROPN") k++;
  const closer = APPOSITION_OPENERS.get(tokens[k + 1]?.text ?? "");
  if (closer === undefined) return [];
  const span: number[] = [];
  for (let j = k + 2; j < tokens.length && tokens[j]!.text !== closer && tokens[j]!.text !== "."; j++) span.push(j);
  return span;
}
