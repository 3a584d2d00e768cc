import { relativeClause } from "./character-descriptions";
import type { Token } from "./tokens";

// Nouns of a part of a film, by lemma: what happens in it is the story.
const MOMENT_NOUNS = new Set([
  "scene", "sequence", "section", "segment", "moment", "opening", "ending", "finale", "climax", "shot", "episode",
  "stretch", "passage", "montage", "prologue", "epilogue", "coda", "bit", "part", "chapter",
]);
// "where", "when", "in which", "during which".
const MOMENT_RELATIVES = new Set(["where", "when"]);
const PREPOSITIONS_BEFORE_WHICH = new Set(["in", "during", "at"]);

/**
 * Tokens that tell what happens in a part of the film a sentence names: the relative clause after
 * "the opening section where Reeves and Daniels defuse a bomb threat", "a scene in which she loses
 * her temper", up to the clause's end. The bomb and the threat are the story, not the critic's
 * judgement; the rest of the sentence ("..., this is one of the classic edge-of-the-seaters")
 * still judges. Token indexes.
 */
export function storyMoments(tokens: Token[]): Set<number> {
  const told = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.pos !== "NOUN" || !MOMENT_NOUNS.has(t.lemma)) return;
    const next = tokens[i + 1]?.normal ?? "";
    const opener = MOMENT_RELATIVES.has(next) ? i + 1 : PREPOSITIONS_BEFORE_WHICH.has(next) && tokens[i + 2]?.normal === "which" ? i + 2 : -1;
    if (opener < 0) return;
    for (const k of relativeClause(tokens, opener)) told.add(k);
  });
  return told;
}
