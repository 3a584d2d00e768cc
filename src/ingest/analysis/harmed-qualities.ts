import type { Token } from "./tokens";

/** Verbs by which a fault does harm ("the ending ruins the film", "detracts from the tension"), as lemmas. */
export const HARMING_VERBS: ReadonlySet<string> = new Set([
  "ruin", "spoil", "sink", "derail", "undermine", "diminish", "mar", "hurt", "damage", "detract", "wreck", "cripple", "hobble",
  "sabotage", "torpedo", "weaken", "cheapen", "undo", "tarnish", "blemish", "sap", "drain", "deflate", "dampen", "blunt", "hamper", "undercut", "flatten",
]);
const PREVENTING = new Set(["prevent", "stop"]);
const NEGATING = new Set(["not", "n't", "n’t", "never", "hardly", "barely", "nothing"]);
// The words of the harmed thing's noun phrase ("my overall enjoyment", "much of the tension").
const OBJECT_TAGS = new Set(["DET", "PRON", "ADJ", "ADV", "NOUN", "NUM"]);
const OBJECT_REACH = 6;

// "The charm is missing", "its energy is sorely lacking", "any wit is nowhere to be found": a quality said to be absent.
const ABSENT = new Set(["missing", "absent", "lacking", "gone", "awol"]);
const ABSENT_PHRASES = [["nowhere", "to", "be", "found"], ["nowhere", "to", "be", "seen"], ["in", "short", "supply"]];
const ABSENCE_COPULAS = new Set(["be", "seem", "feel", "remain"]);
// The words of the subject before the copula ("The play's buoyant energy and poignant nostalgia, however,").
const SUBJECT_TAGS = new Set([...OBJECT_TAGS, "PROPN", "PART", "CCONJ", "ADP"]);
const SUBJECT_REACH = 12;

// "the formula melts away", "the charm fades", "the clichés fall away": verbs by which a subject goes.
const VANISHING = new Set(["vanish", "disappear", "evaporate", "dissipate", "dissolve", "fade", "melt", "fall", "dry", "peter", "wear"]);
// Verbs that go only with their particle ("the formula melts away", "the cleverness dries up", "the
// novelty wears off"); the others alone too ("the charm fades").
const VANISHING_PARTICLES = new Map([["melt", "away"], ["fall", "away"], ["dry", "up"], ["peter", "out"], ["wear", "off"]]);
// Forms of those verbs the tagger reads as nouns or adjectives ("the humour dries up", "the laughs dry up", "the suspense
// peters out"): verbs before their particle.
const PARTICLE_VERB_FORMS = new Map([["dry", "dry"], ["dries", "dry"], ["dried", "dry"], ["peters", "peter"], ["petered", "peter"], ["petering", "peter"]]);

/**
 * The words of a subject said to be absent ("The play's buoyant energy and poignant nostalgia,
 * however, are somehow missing", "Its energy is sorely lacking"): the copula, adverbs, then an
 * absence word (into `into`); or said to go ("the formula melts away", "the magic fades", "the
 * clichés disappear"; into `gone`): a fault that goes is no fault, a quality that goes is lost. Not
 * when negated ("the humour is never missing").
 */
function absentSubjects(tokens: Token[], into: Set<number>, gone: Set<number>): void {
  tokens.forEach((verb, i) => {
    const particleVerb = PARTICLE_VERB_FORMS.get(verb.normal);
    const lemma = particleVerb !== undefined && tokens[i + 1]?.normal === VANISHING_PARTICLES.get(particleVerb) ? particleVerb : verb.lemma;
    if (VANISHING.has(lemma) && (verb.pos === "VERB" || lemma === particleVerb) && !verb.negated && !NEGATING.has(tokens[i - 1]?.normal ?? "")) {
      const particle = VANISHING_PARTICLES.get(lemma);
      if (particle !== undefined && tokens[i + 1]?.normal !== particle) return;
      let first = i - 1;
      while (first >= 0 && first >= i - SUBJECT_REACH && (SUBJECT_TAGS.has(tokens[first]!.pos) || tokens[first]!.text === "'s" || tokens[first]!.text === "’s") && tokens[first]!.pos !== "CCONJ") first--;
      for (let j = first + 1; j < i; j++) gone.add(j);
      return;
    }
    if (!ABSENCE_COPULAS.has(verb.lemma) || (verb.pos !== "AUX" && verb.pos !== "VERB")) return;
    const phraseAt = (at: number) => ABSENT_PHRASES.some((p) => p.every((w, d) => tokens[at + d]?.normal === w));
    let k = i + 1;
    while (tokens[k]?.pos === "ADV" && !NEGATING.has(tokens[k]!.normal) && !phraseAt(k)) k++;
    const absent = ABSENT.has(tokens[k]?.normal ?? "") || phraseAt(k);
    if (!absent || verb.negated || NEGATING.has(tokens[i - 1]?.normal ?? "")) return;
    let first = i - 1;
    while (first >= 0 && first >= i - SUBJECT_REACH && (SUBJECT_TAGS.has(tokens[first]!.pos) || tokens[first]!.text === "," || tokens[first]!.text === "'s" || tokens[first]!.text === "’s")) first--;
    for (let j = first + 1; j < i; j++) into.add(j);
  });
}

/**
 * The words of what a fault is said to harm: "the slow pacing detracted from my enjoyment",
 * "a clumsy subplot undermines the tension", "spoils the fun". Their praise is lost, not given: the
 * polarity reader counts them as negated. When the harm is denied ("never detracts from its
 * power", "it never spoils the fun") they are `spared`: the negation is the verb's, and the quality
 * stands. What is prevented ("prevents you from fully engaging", "stops it from being dull") is
 * `prevented`: its praise is lost and its fault averted. Token indices of the object noun phrases.
 */
export function harmedQualities(tokens: Token[]): { harmed: Set<number>; spared: Set<number>; prevented: Set<number> } {
  const harmed = new Set<number>();
  const spared = new Set<number>();
  const prevented = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const verb = tokens[i]!;
    // "The score spoils the fun": a verb the tagger may read as a plural noun, before its object's determiner.
    const verbal = verb.pos === "VERB" || (verb.pos === "NOUN" && (tokens[i + 1]?.pos === "DET" || tokens[i + 1]?.pos === "PRON"));
    // "prevents you from fully engaging with it", "stops it from reaching the highs": what is prevented is harmed.
    if (PREVENTING.has(verb.lemma) && verb.pos === "VERB") {
      const from = tokens.findIndex((t, j) => j > i && j <= i + 5 && t.normal === "from");
      if (from > 0 && !tokens.slice(i + 1, from).some((t) => t.pos === "VERB" || t.pos === "PUNCT")) {
        let k = i - 1;
        while (k >= 0 && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "AUX") && !NEGATING.has(tokens[k]!.normal)) k--;
        const into = NEGATING.has(tokens[k]?.normal ?? "") || verb.negated ? spared : prevented;
        for (let j = from + 1; j < tokens.length && j <= from + OBJECT_REACH && tokens[j]!.pos !== "PUNCT"; j++) into.add(j);
      }
      continue;
    }
    if (!HARMING_VERBS.has(verb.lemma) || !verbal) continue;
    let k = i - 1;
    while (k >= 0 && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "AUX") && !NEGATING.has(tokens[k]!.normal)) k--;
    const into = NEGATING.has(tokens[k]?.normal ?? "") || verb.negated ? spared : harmed;
    let object = i + 1;
    if (tokens[object]?.normal === "away") object++;
    if (tokens[object]?.normal === "from") object++;
    for (let j = object; j < tokens.length && j < object + OBJECT_REACH; j++) {
      const t = tokens[j]!;
      if (!OBJECT_TAGS.has(t.pos) && !(t.normal === "of" && j > object)) break;
      into.add(j);
    }
  }
  absentSubjects(tokens, harmed, prevented);
  return { harmed, spared, prevented };
}
