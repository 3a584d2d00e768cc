import { criticismLexicon } from "./lexicon";
import { PhraseMatcher } from "./phrase-matcher";
import type { AnalysedSentence } from "./sentences";
import { TITLE_LEMMA } from "./title-mask";
import type { Token } from "./tokens";

let matcher: PhraseMatcher<true> | undefined;
function patterns(): PhraseMatcher<true> {
  if (matcher) return matcher;
  matcher = new PhraseMatcher();
  for (const p of criticismLexicon.recommendationPatterns) matcher.add(p, true);
  return matcher;
}

let audiences: PhraseMatcher<true> | undefined;
/**
 * Whether a recommending sentence names whom the film is for ("if you like intimate storytelling",
 * "fans of slow cinema", "you'll enjoy it"): its craft words then describe a taste, not the film.
 * "Kolawole is always worth watching" names no one: its judgements stand.
 */
export function namesAnAudience(tokens: Token[]): boolean {
  if (!audiences) {
    audiences = new PhraseMatcher();
    for (const p of [...criticismLexicon.audienceMarkers, ...AUDIENCE_PATTERNS]) audiences.add(p, true);
  }
  return audiences.find(tokens).length > 0;
}
const AUDIENCE_PATTERNS = ["fans of", "you would", "you'd", "you will", "you'll", "for those"];

/** Sentences that recommend the film to someone ("You would enjoy this if you like ..."). */
export function findRecommendations(sentences: AnalysedSentence[]): AnalysedSentence[] {
  return sentences.filter((s) => patterns().find(s.tokens).length > 0 && !s.tokens.some((t) => t.negated && t.lemma === "recommend"));
}

// Words that may open the sentence before the imperative ("So see it", "Just go and see it").
const OPENERS = new Set(["so", "and", "but", "just", "please", "then", "by", "all", "means", ","]);
const SEEING = new Set(["see", "watch", "catch"]);
const READERS = new Set(["you", "one", "everyone", "everybody"]);
// "You should see how bad it is": a perception, not a recommendation.
const WH_WORDS = new Set(["how", "what", "why", "whether", "if", "where", "who"]);
const THE_FILM = new Set(["it", "this"]);
const URGING_MODALS = [["should"], ["must"], ["need", "to"], ["needs", "to"], ["have", "to"], ["has", "to"], ["ought", "to"]];
const VERBAL = new Set(["VERB", "AUX"]);

/**
 * "See it on the biggest screen you can find", "Go and see it", "Catch it if you can", "Don't miss
 * it": the critic urges the reader to see the film, an imperative whose object is the film ("it",
 * "this", the title, "the film"), also after an opening condition ("If you can, see it") or as time
 * spent ("spend an evening watching it"), or "you/one/everyone should see ..." ("the kind of movie
 * one should see with friends"). Such a sentence is a favourable verdict on the whole.
 */
export function urgesSeeing(tokens: Token[]): boolean {
  // "the kind of movie one should see with friends", "everyone should see it".
  // "you need to see this film", "you have to see it", "everyone ought to see it".
  const urged = tokens.some((t, i) => {
    if (!READERS.has(t.normal)) return false;
    const modal = URGING_MODALS.find((m) => m.every((w, j) => tokens[i + 1 + j]?.normal === w));
    if (!modal) return false;
    const verb = i + 1 + modal.length;
    return SEEING.has(tokens[verb]?.lemma ?? "") && !WH_WORDS.has(tokens[verb + 1]?.normal ?? "") && !tokens[i + 1]!.negated;
  });
  if (urged || couldDoWorse(tokens)) return true;
  let k = conditionEnd(tokens);
  while (k < tokens.length && OPENERS.has(tokens[k]!.normal)) k++;
  // "spend an evening watching it": the time given to seeing the film.
  if (tokens[k]?.normal === "spend") {
    const gerund = [k + 2, k + 3, k + 4].find((g) => SEEING_GERUNDS.has(tokens[g]?.normal ?? ""));
    if (gerund === undefined) return false;
    return theFilmAt(tokens, gerund + 1);
  }
  // "Do see it": emphasis.
  if (tokens[k]?.normal === "do" && SEEING.has(tokens[k + 1]?.lemma ?? "")) k++;
  if (tokens[k]?.normal === "go") {
    k++;
    if (tokens[k]?.normal === "and") k++;
  }
  const verb = tokens[k];
  if (!verb || verb.normal !== verb.lemma) return false;
  const object = tokens[k + 1]?.normal ?? "";
  // "Watch it fail": what follows the object is not another verb.
  const after = tokens[k + 2];
  if (SEEING.has(verb.lemma)) return (THE_FILM.has(object) && (after === undefined || !VERBAL.has(after.pos))) || (object !== "it" && object !== "this" && theFilmAt(tokens, k + 1));
  // "Don't miss it".
  const denied = verb.normal === "do" && tokens[k + 1]?.lemma === "not" && tokens[k + 2]?.lemma === "miss";
  return denied && THE_FILM.has(tokens[k + 3]?.normal ?? "");
}

/**
 * "You could do a great deal worse than ninety minutes with Marigold", "one could do worse than
 * this": the reader told that this is no bad way to spend the time, a mild recommendation.
 */
function couldDoWorse(tokens: Token[]): boolean {
  return tokens.some((t, i) => {
    if (!READERS.has(t.normal) || !DOING_MODALS.has(tokens[i + 1]?.normal ?? "") || tokens[i + 2]?.lemma !== "do") return false;
    const worse = tokens.findIndex((w, k) => k > i + 2 && k <= i + 7 && w.normal === "worse");
    return worse > 0 && tokens[worse + 1]?.normal === "than" && !tokens.slice(i + 1, worse).some((w) => w.pos === "PUNCT" || w.negated);
  });
}
const DOING_MODALS = new Set(["could", "can", "might"]);

/**
 * Where the sentence's main clause starts after an opening condition ("If you want to lose weight,
 * see it"): the index after the condition's comma, or 0 when the sentence opens with none.
 */
function conditionEnd(tokens: Token[]): number {
  if (!CONDITION_OPENERS.has(tokens[0]?.normal ?? "")) return 0;
  const comma = tokens.findIndex((t) => t.text === ",");
  return comma < 0 ? 0 : comma + 1;
}
const CONDITION_OPENERS = new Set(["if", "whether", "unless"]);
const SEEING_GERUNDS = new Set(["watching", "seeing"]);

/** Whether the film itself stands at `at`: "it", "this", its title, or "this film" / "the film" (a film word). */
function theFilmAt(tokens: Token[], at: number): boolean {
  const word = tokens[at];
  if (!word) return false;
  if (THE_FILM.has(word.normal) && !VERBAL.has(tokens[at + 1]?.pos ?? "")) return true;
  if (word.lemma === TITLE_LEMMA) return true;
  return FILM_DETERMINERS.has(word.normal) && FILM_NOUNS.has(tokens[at + 1]?.lemma ?? "") && !VERBAL.has(tokens[at + 2]?.pos ?? "");
}
const FILM_DETERMINERS = new Set(["this", "the"]);
const FILM_NOUNS = new Set(["film", "movie", "documentary", "picture"]);
