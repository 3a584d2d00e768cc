import type { Polarity } from "../../graph/review-writes";
import { criticismLexicon } from "./lexicon";
import { TITLE_LEMMA } from "./title-mask";
import type { Token } from "./tokens";

const CRITICS = new Set(["i", "we"]);
const LIKING = new Set(["like", "enjoy", "love", "adore", "dislike", "hate"]);
// "Small children will adore it", "audiences will love it": the critic's forecast of an audience's liking.
const AUDIENCES = new Set(["children", "kids", "audiences", "viewers", "moviegoers", "filmgoers", "families", "adults", "parents", "teens", "teenagers", "everyone", "everybody", "you"]);
const FORECASTING = new Set(["will", "wo", "'ll", "’ll", "would", "'d", "’d"]);
const DISLIKING = new Set(["dislike", "hate"]);
const NEGATIONS = new Set(["not", "n't", "n’t", "never"]);
// "I liked it", "we enjoyed every minute", "I really liked this film".
const OBJECTS = new Set(["it", "this", "every", "all"]);
const FILM_WORDS = new Set(criticismLexicon.filmWords);
const ARTICLES = new Set(["the", "this"]);

/**
 * Whether the word at i is the audience of a forecast of liking: "Small children will adore it",
 * "kids will love it" (the audience noun, then "will" or "would", adverbs, a verb of liking). Such an
 * audience says who will like the film, not what the film is about.
 */
export function forecastAudience(tokens: Token[], i: number): boolean {
  if (!AUDIENCES.has(tokens[i]?.normal ?? "") || !FORECASTING.has(tokens[i + 1]?.normal ?? "")) return false;
  let k = i + 2;
  while (tokens[k]?.pos === "ADV" || tokens[k]?.pos === "PART") k++;
  return LIKING.has(tokens[k]?.lemma ?? "");
}

/**
 * The critic's liking of the film, said plainly: "I liked this film", "I was surprised that I liked
 * it so much", "we really enjoyed it", "I didn't like it", "I hated every minute". "I" or "we",
 * adverbs or auxiliaries, a verb of liking (like, enjoy, love; dislike, hate), and the film as its
 * object ("it", "this", "every minute", a film word, the title); an audience's liking forecast
 * ("small children will adore it", "audiences will love this film") too. VADER gives "like" no sense here
 * (it is as often a preposition), so the construction carries the verdict. POSITIVE or NEGATIVE
 * (a negation or a verb of disliking), or undefined. "I would not have missed a second of it", "I had
 * a blast watching it" and "I almost skipped it, which would have been a mistake" are liking too;
 * "I didn't have much fun" is not.
 */
export function criticsLiking(tokens: Token[]): Polarity | undefined {
  const amount = amountToLike(tokens);
  if (amount) return amount;
  const words = ` ${tokens.map((t) => t.normal).join(" ")} `;
  const fun = HAD_FUN.exec(words);
  if (fun) return fun[1] ? "NEGATIVE" : "POSITIVE";
  if (ALMOST_MISSED.test(words)) return "POSITIVE";
  for (let i = 0; i < tokens.length; i++) {
    const critic = CRITICS.has(tokens[i]!.normal) && tokens[i]!.pos === "PRON";
    const audience = forecastAudience(tokens, i);
    if (!critic && !audience) continue;
    let k = i + 1;
    let negated = false;
    while (k < tokens.length && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "AUX" || tokens[k]!.pos === "PART")) {
      if (NEGATIONS.has(tokens[k]!.normal)) negated = true;
      k++;
    }
    const verb = tokens[k];
    // "I would not have missed a second of it", "I wouldn't miss it": not missing the film is liking it.
    if (verb?.lemma === "miss" && negated && missedTheFilm(tokens, k + 1)) return "POSITIVE";
    if (!verb || verb.pos !== "VERB" || !LIKING.has(verb.lemma)) continue;
    let object = k + 1;
    if (ARTICLES.has(tokens[object]?.normal ?? "")) object++;
    const film = tokens[object];
    if (!film || !(OBJECTS.has(film.normal) || FILM_WORDS.has(film.lemma) || film.lemma === TITLE_LEMMA)) continue;
    return negated !== DISLIKING.has(verb.lemma) ? "NEGATIVE" : "POSITIVE";
  }
  return undefined;
}

// "I had a blast watching it", "we had a great time", "I didn't have much fun": the critic's time at the film.
const HAD_FUN =
  / (?:i|we) (?:(?:really|truly|just|certainly|definitely|genuinely|honestly|absolutely|also) )?(did (?:not|n't|n’t) |never )?(?:had|have|has) (?:an? |such an? |so much |much |a lot of |lots of )?(?:(?:absolute|total|real|great|good|wonderful|terrific|fantastic|fun|lovely|grand) )?(?:blast|ball|fun|riot|(?<=(?:great|good|wonderful|terrific|fantastic|fun|lovely|grand) )time) /u;
// "I almost skipped it, which would have been a huge mistake": not missing the film was right.
const ALMOST_MISSED = / (?:i|we) (?:almost|nearly) (?:skipped|missed|passed) .*\b(?:would|'d|’d) have been an? (?:[\p{L}-]+ )?(?:mistake|shame|pity|error|crime) /u;

// "a second of it", "a minute of this film", "a frame of it".
const MOMENTS = new Set(["second", "minute", "moment", "frame", "beat", "scene"]);

/** Whether the words from `at` are the film or a moment of it: "it", "this film", "a second of it". */
function missedTheFilm(tokens: Token[], at: number): boolean {
  const first = tokens[at];
  if (!first) return false;
  if (OBJECTS.has(first.normal) || FILM_WORDS.has(first.lemma) || first.lemma === TITLE_LEMMA) return true;
  if ((first.normal === "a" || first.normal === "one") && MOMENTS.has(tokens[at + 1]?.lemma ?? "") && tokens[at + 2]?.normal === "of") return missedTheFilm(tokens, at + 3);
  return ARTICLES.has(first.normal) && FILM_WORDS.has(tokens[at + 1]?.lemma ?? "");
}

// "so much to love", "a lot to admire", "plenty to enjoy"; "little to like", "nothing to recommend".
const MANY = new Set(["much", "lot", "lots", "plenty", "many"]);
const FEW = new Set(["little", "nothing"]);
const WORTH = new Set(["like", "love", "enjoy", "admire", "recommend", "savour", "savor", "relish", "cherish", "praise"]);
const FAULT = new Set(["dislike", "hate", "fault", "criticise", "criticize", "complain"]);

/**
 * How much the film gives to like, as the critic counts it: "There is so much to love about this
 * film", "a lot to like here" (POSITIVE), "little to recommend it", "not much to enjoy" (NEGATIVE),
 * "nothing to dislike" (POSITIVE). A quantity, "to", a verb of liking or of faulting; undefined otherwise.
 */
function amountToLike(tokens: Token[]): Polarity | undefined {
  for (let k = 2; k < tokens.length; k++) {
    const verb = tokens[k]!;
    if (tokens[k - 1]!.normal !== "to" || !(WORTH.has(verb.lemma) || FAULT.has(verb.lemma))) continue;
    const quantity = tokens[k - 2]!.normal;
    const denied = NEGATIONS.has(tokens[k - 3]?.normal ?? "") || tokens[k - 3]?.normal === "no";
    const many = MANY.has(quantity) ? !denied : FEW.has(quantity) ? false : undefined;
    if (many === undefined) continue;
    return many !== FAULT.has(verb.lemma) ? "POSITIVE" : "NEGATIVE";
  }
  return undefined;
}
