import { criticismLexicon } from "./lexicon";
import { personNouns, relationNouns } from "./name-words";
import type { Token } from "./tokens";

// Who a verb of dragging takes in the story: a person ("drags his wife", "drags Tracy", "drags them").
const DRAGGED_PRONOUNS = new Set(["him", "her", "them", "us", "me", "you", "everyone", "everybody"]);
const POSSESSIVES = new Set(["his", "her", "their", "our", "my", "your", "the"]);
// "drags its feet", "drags its heels": the idiom of a slow film, not the story.
const FEET = new Set(["foot", "feet", "heel", "heels"]);
// "He dragged the movie down": the film dragged is a fault of the film, not the story.
const FILM_WORDS = new Set(criticismLexicon.filmWords);
const PASSIVE_AUXILIARIES = new Set(["be", "get"]);
// Where someone is dragged: "into hell", "off to jail", "through the mud", "away".
const PLACES_TO = new Set(["into", "to", "off", "away", "through", "across", "along", "down", "under", "back", "out", "from", "onto", "inside"]);

/**
 * The words of pace critics also use for what a character does to someone: "drags his wife and
 * kids to a new town", "drags Tracy along". A form of "drag" whose object is someone of the story
 * (a name, a pronoun, a possessive or "the" and a noun other than "feet" or "heels", adjectives between) is an action
 * of the story, and so is "dragged" after "be"/"get" and before a word of where to ("is dragged into hell"):
 * neither the pacing's cue nor a judgement ("the film drags", "drags its feet" are).
 * Token indexes.
 */
export function storyActions(tokens: Token[]): Set<number> {
  const actions = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.lemma !== "drag" || t.pos !== "VERB") return;
    const next = tokens[i + 1];
    if (!next) return;
    // "drags the old trunk": adjectives may stand before the noun.
    let noun = i + 2;
    while (tokens[noun]?.pos === "ADJ" && noun < i + 5) noun++;
    const object = tokens[noun];
    const someone = next.pos === "PROPN" || DRAGGED_PRONOUNS.has(next.normal) || (POSSESSIVES.has(next.normal) && object?.pos === "NOUN" && !FEET.has(object.lemma) && !FILM_WORDS.has(object.lemma));
    // "she would be dragged into hell", "is dragged off to jail": someone of the story is dragged somewhere
    // ("is dragged down by its script" is the harm a fault does).
    // "the parents dragged along to the matinee": people so dragged, the participle after them.
    const people = (w: Token | undefined) => w !== undefined && w.pos === "NOUN" && [w.normal, w.lemma].some((form) => personNouns.has(form) || relationNouns.has(form));
    const draggedSomewhere = t.normal === "dragged" && (PASSIVE_AUXILIARIES.has(tokens[i - 1]?.lemma ?? "") || people(tokens[i - 1])) && PLACES_TO.has(next.normal) && tokens[i + 2]?.normal !== "by";
    if (someone || draggedSomewhere) actions.add(i);
  });
  return actions;
}
