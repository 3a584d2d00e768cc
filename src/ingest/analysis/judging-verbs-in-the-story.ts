import { isJudgingVerb } from "./lexicon";
import { personNouns, relationNouns } from "./name-words";
import type { Token } from "./tokens";

const PERSON_PRONOUNS = new Set(["him", "her", "each"]);
const NOUN_PHRASE_OPENERS = new Set(["DET", "PRON", "ADJ", "NUM"]);
// Who may feel what the film does to them: the critic, the reader, an audience.
const VIEWERS = new Set(["i", "we", "you", "me", "us", "audience", "audiences", "viewer", "viewers", "critic", "critics", "fan", "fans", "moviegoer", "moviegoers"]);
const SUBJECT_REACH = 4;
const SUBJECT_POS = new Set(["PRON", "PROPN"]);

/**
 * "trying to impress their fathers", "Amos adores Hanne", "she charms him": a verb of judging or
 * feeling (criticismLexicon.judgingVerbs) whose object is a person of the story — a name, "him" or
 * "her", or a noun of a person or a relation (name-lexicon.json personNouns, relationNouns) —
 * tells what passes between characters, not what the film does to its viewers. Not when a viewer
 * ("I", "we", "audiences") is the subject just before it ("I adored Hanne"). `i`: the verb's index.
 */
export function feelingBetweenCharacters(tokens: Token[], i: number): boolean {
  const verb = tokens[i]!;
  // wink tags some verbs in -s after a subject as nouns ("She charms him").
  const verbInS = verb.pos === "NOUN" && verb.normal !== verb.lemma && verb.normal.endsWith("s") && SUBJECT_POS.has(tokens[i - 1]?.pos ?? "");
  if ((verb.pos !== "VERB" && !verbInS) || !isJudgingVerb(verb.lemma)) return false;
  for (let k = Math.max(0, i - SUBJECT_REACH); k < i; k++) if (VIEWERS.has(tokens[k]!.normal)) return false;
  const next = tokens[i + 1];
  if (next === undefined) return false;
  if (next.pos === "PROPN") return true;
  if (PERSON_PRONOUNS.has(next.normal) && next.pos === "PRON" && tokens[i + 2]?.pos !== "NOUN") return true;
  let k = i + 1;
  while (NOUN_PHRASE_OPENERS.has(tokens[k]?.pos ?? "") && k <= i + 3) k++;
  const head = tokens[k];
  if (head?.pos !== "NOUN" || k === i + 1) return false;
  return personNouns.has(head.lemma) || personNouns.has(head.normal) || relationNouns.has(head.lemma) || relationNouns.has(head.normal);
}

// After "work", what makes it labour in the story: a place or a partner ("works at the mine", "works alongside her father");
// not a manner ("Brey works hard" may praise an actor's effort).
const LABOUR_AFTER = new Set(["at", "in", "alongside", "beside", "under"]);
const PERSON_SUBJECTS = new Set(["he", "she", "they"]);

/**
 * "Yoshikazu still works at his father's side", "Amos works in a salt mine": "work" said of a
 * person (a name or "he", "she", "they" before it, adverbs between) with a place or a partner
 * after it is labour in the story, not the verb of judging ("it works", "the humour works for
 * me"). `i`: the verb's index.
 */
export function labourInTheStory(tokens: Token[], i: number): boolean {
  const verb = tokens[i]!;
  if (verb.lemma !== "work" || (verb.pos !== "VERB" && verb.pos !== "NOUN") || !LABOUR_AFTER.has(tokens[i + 1]?.normal ?? "")) return false;
  let k = i - 1;
  while (tokens[k]?.pos === "ADV") k--;
  const subject = tokens[k];
  return subject !== undefined && (subject.pos === "PROPN" || PERSON_SUBJECTS.has(subject.normal));
}
