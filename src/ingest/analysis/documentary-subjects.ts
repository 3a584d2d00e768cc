import type { AspectJudgement, PeopleInSentence } from "./aspects";

const PERFORMANCE_ASPECTS = new Set(["performance", "supporting performance"]);

/**
 * Whether the people a sentence judges are a documentary's subjects: everyone of the cast it names
 * is credited only as themselves ("Philippe Petit ... Himself"), or, naming no one, its "he"/"she"
 * stands for such a person.
 */
function judgesSubjects(people: PeopleInSentence): boolean {
  if (people.cast.length > 0) return people.cast.every((c) => c.asSelf);
  return people.antecedent?.asSelf === true;
}

/**
 * The sentence's judgements with those of a documentary subject's "performance" read as the
 * film's depiction of them ("Petit emerges as a tremendously charismatic central figure",
 * "Honnold is a fascinating subject"): someone filmed as themselves is not acting, and the
 * annotation guidelines judge how the film portrays its real subject as depiction. Unchanged when
 * the film context has no depiction aspect. One judgement per aspect and polarity.
 */
export function subjectsAsDepiction(judgements: AspectJudgement[], people: PeopleInSentence, aspects: ReadonlySet<string>): AspectJudgement[] {
  if (!aspects.has("depiction") || !judgements.some((j) => PERFORMANCE_ASPECTS.has(j.aspect)) || !judgesSubjects(people)) return judgements;
  const read = judgements.map((j) => (PERFORMANCE_ASPECTS.has(j.aspect) ? { ...j, aspect: "depiction" } : j));
  return read.filter((j, i) => read.findIndex((k) => k.aspect === j.aspect && k.polarity === j.polarity) === i);
}
