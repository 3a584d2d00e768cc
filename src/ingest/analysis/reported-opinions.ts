import { TITLE_LEMMA } from "./title-mask";
import type { Token } from "./tokens";

// Verbs by which a review reports what someone else thinks of the film ("Mitch has since complained that ...").
const REPORTING_VERBS = new Set(["complain", "claim", "argue", "say", "insist", "contend", "allege", "suggest", "believe", "think", "worry", "fear", "object", "grumble", "protest", "maintain", "explain"]);
// Verbs whose infinitive reports a claim too ("has claimed to have no interest in ...").
const CLAIMING = new Set(["claim", "profess", "purport", "allege"]);
// Passives by which a review says what others hold the film to be ("is considered a classic").
const HELD_BY_OTHERS = new Set(["consider", "regard", "hail", "deem", "acclaim", "tout", "call", "dub", "label"]);
// "is rightly considered", "is justly hailed": the critic agrees.
const ENDORSING = new Set(["rightly", "justly", "deservedly", "justifiably", "correctly", "rightfully", "convincingly", "persuasively"]);
// The critic's own voice: "I think that ...", "we believe that ..." is the review's judgement.
const CRITIC = new Set(["i", "we"]);
// What may stand between the subject and the verb: "has since complained", "have long argued".
const BETWEEN = new Set(["AUX", "ADV", "PART"]);
const BETWEEN_WORDS = new Set(["since", "long"]);
const HARD_ENDS = new Set([";", ":", "—", "–"]);
const JOINS = new Set(["and", "but", "yet"]);
// Verbs of thinking that take the film and what it is thought to be ("might think it jingoistic").
const THINKING_OF = new Set(["think", "believe", "consider"]);
const OBJECTS = new Set(["it", "this", TITLE_LEMMA]);
// Others in general, whose view a review reports without "that" ("Some could argue these ...", "Many will say it ...").
const OTHERS = new Set(["some", "many", "others", "people", "critics", "fans", "viewers", "detractors", "purists", "skeptics", "sceptics", "cynics"]);

/** A subject (a pronoun, a determiner or a noun) and, within three words, a verb: a clause starts at `at`. */
function startsAClause(tokens: Token[], at: number): boolean {
  const first = tokens[at];
  if (!first || !["PRON", "DET", "NOUN", "PROPN"].includes(first.pos)) return false;
  return tokens.slice(at + 1, at + 4).some((t) => t.pos === "AUX" || t.pos === "VERB");
}

/**
 * Tokens of an opinion the review reports as someone else's: the "that" clause after a verb of
 * saying or thinking whose subject is not the critic ("Mitch has since complained that the film is
 * unfair"), the infinitive after a verb of claiming ("Stanton has claimed to have no interest in"),
 * or the film and what it is thought to be after a verb of thinking ("some people might think it
 * jingoistic"), up to the end of that clause (a semicolon, a dash, or ", and"/", but"), and the
 * verb itself; and the complement of a passive of holding ("this is considered a classic", "was hailed
 * as a masterpiece"). What a subject of the film or a commentator thinks is not the critic's
 * verdict. Token indexes into the sentence.
 */
export function reportedOpinions(tokens: Token[]): Set<number> {
  const reported = new Set<number>();
  // "this is considered a classic", "was hailed as a masterpiece": what others hold it to be, up to
  // the clause's end ("is rightly considered" is the critic agreeing).
  tokens.forEach((t, i) => {
    const passive = tokens[i - 1]?.lemma === "be" || (tokens[i - 1]?.pos === "ADV" && tokens[i - 2]?.lemma === "be");
    if (!HELD_BY_OTHERS.has(t.lemma) || t.normal === t.lemma || !passive || ENDORSING.has(tokens[i - 1]?.normal ?? "")) return;
    reported.add(i);
    // The complement, up to a break or the next verb ("... a classic of sorts makes me cringe").
    for (let k = i + 1; k < tokens.length; k++) {
      const w = tokens[k]!;
      if (HARD_ENDS.has(w.text) || w.text === "," || w.pos === "VERB") break;
      reported.add(k);
    }
  });
  tokens.forEach((t, i) => {
    // "explains, patiently, that ...": an adverb set off by commas may stand before "that".
    let j = i + 1;
    while (j <= i + 3 && (tokens[j]?.text === "," || tokens[j]?.pos === "ADV") && tokens.slice(j, i + 5).some((w) => w.normal === "that")) j++;
    const next = tokens[j]?.normal === "that" ? "that" : tokens[i + 1]?.normal;
    const thatAt = next === "that" ? j : i + 1;
    // "argues, convincingly, that ...": the critic agrees, and the claim is the review's.
    if (tokens.slice(i + 1, thatAt).some((w) => ENDORSING.has(w.normal))) return;
    // "some people might think it jingoistic": thinking the film something, without "that".
    const smallClause = THINKING_OF.has(t.lemma) && OBJECTS.has(next ?? "");
    let s = i - 1;
    while (s >= 0 && (BETWEEN.has(tokens[s]!.pos) || BETWEEN_WORDS.has(tokens[s]!.normal))) s--;
    const subject = tokens[s];
    // "Some could argue these should not detract from the film": others, and a clause without "that".
    const clause = OTHERS.has(subject?.normal ?? "") && startsAClause(tokens, i + 1);
    if (!REPORTING_VERBS.has(t.lemma) || (t.pos !== "VERB" && t.pos !== "NOUN") || !(next === "that" || smallClause || clause || (next === "to" && CLAIMING.has(t.lemma)))) return;
    // "A young man sits at a piano and explains that ...": a second verb shares the clause's subject, if not the critic.
    const shared = JOINS.has(subject?.normal ?? "") && next === "that" && !tokens.slice(0, s).some((w) => CRITIC.has(w.normal));
    if (!shared && (!subject || CRITIC.has(subject.normal) || (subject.pos !== "PROPN" && subject.pos !== "NOUN" && subject.pos !== "PRON" && !OTHERS.has(subject.normal)))) return;
    // The verb too: "complained", "argued" report, they do not judge.
    reported.add(i);
    // "Angry critics insist ...": what the reporters are called is theirs too, not the critic's verdict
    // (wink tags a sentence's capitalized first word a proper noun).
    for (let m = s - 1; m >= 0 && (tokens[m]!.pos === "ADJ" || (m === 0 && tokens[m]!.pos === "PROPN")) && OTHERS.has(subject?.normal ?? ""); m--) reported.add(m);
    for (let k = smallClause || (clause && next !== "that") ? i + 1 : thatAt + 1; k < tokens.length; k++) {
      const w = tokens[k]!;
      if (HARD_ENDS.has(w.text) || (w.text === "," && JOINS.has(tokens[k + 1]?.normal ?? ""))) break;
      reported.add(k);
    }
  });
  return reported;
}
