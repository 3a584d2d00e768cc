/** The credit a sentence gives a name by the words around it. */
export type NamedCredit = "cast" | "director" | "writer";

// "Brenner's film", "Kroll's debut", "Ortega's camera": what the possessive owns.
const OWNED: Record<string, NamedCredit> = {
  film: "director", movie: "director", picture: "director", debut: "director", feature: "director", documentary: "director",
  latest: "director", direction: "director", directing: "director", camera: "director", staging: "director", eye: "director",
  script: "writer", screenplay: "writer", dialogue: "writer", writing: "writer",
  performance: "cast", turn: "cast", portrayal: "cast", acting: "cast", character: "cast", role: "cast", delivery: "cast",
};
// "Kroll stages the crossing", "Brenner shoots it in one take", "Sato plays it straight", "Ruiz wrote".
const DOING: Record<string, NamedCredit> = {
  directs: "director", directed: "director", stages: "director", staged: "director", shoots: "director", shot: "director",
  frames: "director", framed: "director", films: "director", filmed: "director", helms: "director", helmed: "director",
  orchestrates: "director", choreographs: "director", "co-directed": "director", pace: "director", paces: "director", paced: "director",
  writes: "writer", wrote: "writer", scripted: "writer", "co-wrote": "writer", "co-writes": "writer",
  plays: "cast", played: "cast", playing: "cast", portrays: "cast", portraying: "cast", stars: "cast", starring: "cast",
  "co-stars": "cast", voices: "cast", voicing: "cast", steals: "cast", embodies: "cast", inhabits: "cast",
};
const ADVERB = /^\s+\p{Ll}+ly\b/u;
// "Kroll knows how to pace a thriller", "Kroll manages to stage ...": the doing after a verb of skill.
const SKILL = /^\s+(?:knows\s+(?:how|when)\s+to|manages\s+to|knew\s+(?:how|when)\s+to|managed\s+to)\b/u;
// The noun a possessive owns, past a few describing words ("Brenner's assured debut", "Sato's quiet, precise turn").
// A year may stand among them ("Marwick's 2018 debut").
const OWNED_WORDS = /^\s+((?:[\p{Ll}\d-]+,?\s+){0,2}[\p{Ll}-]+)/u;
// "As the husband who may not be dead, Brenner ...", "In the lead, Sato ...": the part played, said before the name.
const PART_BEFORE = /(?:^|[.;:!?]\s+)(?:As\s+[^,;:]{2,60}|In\s+the\s+(?:lead|title\s+role|leading\s+role|central\s+role|role\s+of\s+[^,;:]{2,40}))\s*,\s*$/u;
// "Marchetti, playing a maid of honour, ...", "Sato, as the engineer, ...".
const PART_AFTER = /^\s*,\s*(?:playing|as)\s/u;
// "Sallow, filming her own parents, ...", "Ruiz, writing from his own youth, ...": the craft at work, said after the name.
const CRAFT_AFTER: Record<string, NamedCredit> = { filming: "director", directing: "director", shooting: "director", writing: "writer", scripting: "writer" };

/**
 * The credit the words around the name at [start, end) of `sentence` give it: cast for "As the
 * husband, Brenner ...", "Marchetti, playing ...", "Sato plays ...", "Brenner's performance";
 * director for "Brenner's film", "Kroll stages ...", "Sallow, filming her parents, ..."; writer for
 * "Ruiz's script", "Ruiz wrote ...".
 * Undefined when they say nothing of the kind.
 */
export function creditNear(sentence: string, start: number, end: number): NamedCredit | undefined {
  let after = sentence.slice(end);
  // The possessive may be part of the name's surface ("Brenner's") or follow it.
  const possessive = /(?:['’]s|(?<=s)['’])$/u.test(sentence.slice(start, end)) || /^['’]s\b/u.test(after);
  after = after.replace(/^['’]s\b/u, "");
  if (possessive) {
    const owned = OWNED_WORDS.exec(after)?.[1]?.split(/,?\s+/).find((w) => OWNED[w] !== undefined);
    if (owned) return OWNED[owned];
  }
  const verb = /^\s+([\p{Ll}-]+)/u.exec(after.replace(ADVERB, "").replace(SKILL, ""))?.[1];
  if (!possessive && verb && DOING[verb]) return DOING[verb];
  const craft = /^\s*,\s*(\p{Ll}+)\s/u.exec(after)?.[1];
  if (craft && CRAFT_AFTER[craft]) return CRAFT_AFTER[craft];
  if (PART_AFTER.test(after) || PART_BEFORE.test(sentence.slice(0, start))) return "cast";
  // "Marwick, who is eleven, is thoroughly uncanny as the little girl", "Callender ... holds the
  // screen": the part or the acting said later in the clause the name opens.
  const clause = CLAUSE_AFTER.exec(after)?.[0] ?? "";
  if (AS_A_PART.test(clause) || ACTING_IDIOMS.test(clause)) return "cast";
  return undefined;
}
// The rest of the clause after the name, up to a full stop, a semicolon, a colon or a dash.
const CLAUSE_AFTER = /^[^.;:!?—–]{0,140}/u;
// "as the little girl", "as Ottilie's feckless younger brother"; not "as a director", "as a whole", "as a result".
const AS_A_PART =
  /\bas\s+(?:the|a|an|his|her|their|\p{Lu}[\p{L}-]*['’]s)\s+(?!(?:whole|result|rule|matter|director|writer|filmmaker|screenwriter|co-writer|producer|storyteller|stylist)\b)[\p{Ll}-]+/u;
const ACTING_IDIOMS = /\b(?:holds?|held|holding)\s+the\s+screen\b|\bwalks?\s+off\s+with\s+the\s+(?:film|movie|picture|show)\b|\bsteals?\s+(?:the|every)\s+(?:film|movie|picture|show|scene)\b/u;

/**
 * The words of the part said before the name: "As the sheriff, Ware ..." -> ["sheriff"]; lowercase
 * content words only (not "the", "a"), empty when no part is said there.
 */
export function partBefore(sentence: string, start: number): string[] {
  const part = /(?:^|[.;:!?]\s+)As\s+([^,;:]{2,60})\s*,\s*$/u.exec(sentence.slice(0, start))?.[1];
  return part ? part.toLowerCase().split(/\s+/).filter((w) => w.length > 2 && w !== "the") : [];
}
