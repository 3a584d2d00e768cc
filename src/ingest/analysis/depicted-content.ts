import type { Token } from "./tokens";

// Verbs by which a film or a craft renders something ("captures the pain", "conveys the horror").
// Verbs by which a film takes up a subject ("tackles America's sin of slavery", "confronts the horror").
const SUBJECT_VERBS = ["tackle", "address", "confront", "explore", "examine", "chronicle", "document", "dramatize", "dramatise", "recount", "probe"];
const DEPICTING_VERBS = new Set(["capture", "convey", "evoke", "depict", "portray", "render", "express", "communicate", "channel", "mirror", "reflect", "embody", ...SUBJECT_VERBS]);
// Nouns that introduce a film's subjects, and the words that open the list ("themes such as", "questions of").
const SUBJECT_NOUNS = new Set(["theme", "subject", "issue", "question", "idea", "motif"]);
const LISTING = new Set(["of", "like", "including"]);
// A possessive name belongs to the object ("America's primal sin").
const OBJECT_TAGS = new Set(["DET", "PRON", "ADJ", "NOUN", "NUM", "CCONJ", "PROPN", "PART"]);
const OBJECT_REACH = 8;

/**
 * The words of what a film or a craft is said to render: "her use of music captures the pain and
 * essence of the time", "the score conveys the horror of the era". What is rendered is the story's
 * content, not the critic's judgement: its words carry no valence (the manner, "perfectly", still
 * does). Token indices of the object noun phrases.
 */
export function depictedContent(tokens: Token[]): Set<number> {
  const content = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const verb = tokens[i]!;
    // The tagger may read "captures" as a plural noun before its object's determiner.
    const verbal = verb.pos === "VERB" || (verb.pos === "NOUN" && tokens[i + 1]?.pos === "DET");
    if (!verbal || !DEPICTING_VERBS.has(verb.lemma)) continue;
    for (let j = i + 1; j < tokens.length && j <= i + OBJECT_REACH; j++) {
      const t = tokens[j]!;
      if (!OBJECT_TAGS.has(t.pos) && !(t.normal === "of" && j > i + 1)) break;
      content.add(j);
    }
  }
  // "plays with themes such as the damnation of guilt", "questions of faith": what a theme noun introduces is content too.
  for (let i = 0; i < tokens.length; i++) {
    if (!SUBJECT_NOUNS.has(tokens[i]!.lemma) || tokens[i]!.pos !== "NOUN") continue;
    let from = i + 1;
    if (tokens[from]?.normal === "such" && tokens[from + 1]?.normal === "as") from += 2;
    else if (LISTING.has(tokens[from]?.normal ?? "")) from += 1;
    else continue;
    for (let j = from; j < tokens.length && j <= from + OBJECT_REACH + 4; j++) {
      const t = tokens[j]!;
      if (!OBJECT_TAGS.has(t.pos) && t.normal !== "of") break;
      content.add(j);
    }
  }
  return content;
}
