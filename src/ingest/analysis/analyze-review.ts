import type { Polarity } from "../../graph/review-writes";
import type { AnalysisResult, Analyzer } from "../analysis-types";
import { verdictOf, type Verdict } from "../../graphql/verdict";
import { aspectOfBilling, comicsInAnotherSense, crewNamedInPassing, judgeAspects, otherWorkTokens, SUPPORTING_FROM_BILLING, type Antecedent } from "./aspects";
import { subjectsAsDepiction } from "./documentary-subjects";
import { reviewNames, sentenceMentions, type CastMention, type CrewMention, type SentenceMentions } from "./mentions";
import { recognizePeople } from "./name-linking";
import { compound, praisesFaintly, scoreClauses } from "./polarity";
import { splitClauses } from "./clauses";
import { findRecommendations, namesAnAudience, urgesSeeing } from "./recommendations";
import { adviceForOneTaste, adviceOnSeeing, readersCircumstances } from "./reader-advice";
import { splitSentences } from "./sentences";
import { ofPhrasesOfJudgingNouns } from "./judging-noun-phrases";
import { discussedThemes, findThemeHits, gradesAThing } from "./themes";
import { maskFilmTitle, maskOtherWorkTitles, TITLE_LEMMA } from "./title-mask";
import type { Token } from "./tokens";
import { appositionAfterName, characterDescriptions } from "./character-descriptions";
import { epithetsOfCharacters } from "./character-epithets";
import { commercialFortunes } from "./box-office";
import { quotedText } from "./quoted-text";
import { reportedOpinions } from "./reported-opinions";
import { storyMoments } from "./story-moments";
import { storyEventWords } from "./story-events";
import { storyActions } from "./story-actions";
import { expectations } from "./expectations";
import { criticsLiking } from "./critics-liking";
import { openingScope } from "./scope-adverbials";
import { humourOfAVerdict, laughsOfAnActor } from "./funny-films";
import { asksInReproach } from "./rhetorical-questions";
import { genresOf } from "./genres";
import { sentimentOfScore, statedRating } from "./stated-rating";
import { namesTheCharacters, namesTheStory, unstatedJudgements } from "./unstated-judgements";
import { ANALYSED_LANGUAGE, reviewLanguage } from "./language";
import { asksYesOrNo, likenedToAClassic, mocksAQuality, namesEffectAsIntended, opensWithSynopsisLabel, subjectOfTheFilm } from "./judging-constructions";

/** Kept on every link the analysis makes; change it when the analysis changes what it finds. */
export const ANALYZER_VERSION = "review-analysis/2.200.0";

const round = (n: number) => Math.round(n * 100) / 100;
// Calibrated so that favourable reviews read POSITIVE (docs/analysis.md: text verdict vs rating).
const STORY_WEIGHT = 0.4;
const VERDICT_WEIGHT = 2;
// Critics praise in more words, and more of them are in the lexicons, than they pan: the weighted
// mean of a mixed review sits near +0.1 and that of a favourable one near +0.3. The mean is
// re-centred on that bias and stretched (tanh keeps it in [-1, 1]) so that the verdict bands
// (±0.2, src/graphql/verdict.ts) separate favourable from unfavourable reviews. Fitted on the
// development set (tests/fixtures/dev-reviews) for agreement with the annotated verdicts, checked
// on real critics' reviews (docs/analysis.md).
const SENTIMENT_BIAS = 0.12;
const SENTIMENT_SCALE = 4;

/** The strength of a sentence that states the critic's verdict outright ("Don't miss it", "I loved it"), at least. */
const STATED_VERDICT_STRENGTH = 0.6;

/** The least strength of a judged sentence's sentiment: a judgement the lexicon barely colours still counts. */
const JUDGED_SENTIMENT_FLOOR = 0.2;

/**
 * A sentence's share of the review's sentiment (-1..1): its lexicon compound when it judges
 * nothing; when it judges aspects, their polarities give the sign (POSITIVE +1, NEGATIVE -1,
 * MIXED 0, averaged) and the compound only the strength, so that the story words of a judging
 * sentence ("a superb film about torture and grief") cannot turn its verdict around.
 */
function sentenceSentiment(compoundValence: number, all: { polarity: string; aside?: boolean }[]): number {
  // A judgement said in passing counts only where nothing else is judged.
  const judgements = all.some((j) => !j.aside) ? all.filter((j) => !j.aside) : all;
  if (judgements.length === 0) return compoundValence;
  const sign = judgements.reduce((n, j) => n + (j.polarity === "POSITIVE" ? 1 : j.polarity === "NEGATIVE" ? -1 : 0), 0) / judgements.length;
  return sign * Math.max(Math.abs(compoundValence), JUDGED_SENTIMENT_FLOOR);
}

/**
 * The aspect judgements read against the rest of the review (`restVerdict(start)`: the verdict of
 * the text sentiment without the judgement's own sentence, undefined when no other sentence judges).
 * A verdict on the whole film that the rest of the review contradicts is dropped: on five
 * development sets (docs/analysis.md, 2.6.0) 4 of 30 such judgements were the annotators'; a
 * concession, irony or another work misread the rest. A MIXED judgement (a sentence praising and
 * faulting one aspect within a quarter of each other) takes the side of the rest of the review, or
 * is dropped when the rest is NEUTRAL: annotators judged 4 of 24 such sentences MIXED. A review of
 * one judging sentence is left as read. A verdict the critic states outright (`stated`: "I loved
 * it", "Don't miss it") stands whatever the rest says: the rest of a review is often the story.
 */
function consistentWithTheReview(
  aspects: AnalysisResult["aspects"],
  restVerdict: (start: number) => Verdict | undefined,
  stated: ReadonlySet<AnalysisResult["aspects"][number]> = new Set(),
): AnalysisResult["aspects"] {
  return aspects.flatMap((a) => {
    const rest = restVerdict(a.start);
    if (rest === undefined || stated.has(a)) return [a];
    if (a.aspect === "overall" && ((rest === "POSITIVE" && a.polarity === "NEGATIVE") || (rest === "NEGATIVE" && a.polarity === "POSITIVE"))) return [];
    if (a.polarity !== "MIXED") return [a];
    return rest === "NEUTRAL" ? [] : [{ ...a, polarity: rest }];
  });
}

/**
 * A verdict on the film under an opening scope ("Visually, the film is stunning") is a judgement of
 * that craft (kept once, when the sentence does not judge it already), or of no aspect for craft in
 * general ("Technically, it is flawless").
 */
function scopedVerdict<T extends { aspect: string; polarity: Polarity }>(judgements: T[], scope: string | null | undefined, aspectNames: ReadonlySet<string>): T[] {
  if (scope === undefined) return judgements;
  return judgements.flatMap((j) => {
    if (j.aspect !== "overall") return [j];
    if (scope === null || !aspectNames.has(scope) || judgements.some((o) => o.aspect === scope)) return [];
    return [{ ...j, aspect: scope }];
  });
}

/** Indexes of the tokens that lie within the given character spans. */
function tokensWithin(tokens: { start: number; end: number }[], spans: { start: number; end: number }[]): Set<number> {
  const inside = new Set<number>();
  tokens.forEach((t, i) => {
    if (spans.some((s) => t.start >= s.start && t.end <= s.end)) inside.add(i);
  });
  return inside;
}

/**
 * Whom a "he"/"she" in the next sentence stands for: the one actor this sentence names (several,
 * or a character without their actor, leave it open); a sentence naming no one that itself opens
 * with the pronoun keeps the chain ("Rickman is superb. He is the best screen villain in years.").
 */
const PERSONAL_OPENERS = new Set(["he", "she"]);

function nextAntecedent(cast: CastMention[], firstWord: string | undefined, current: Antecedent | undefined): Antecedent | undefined {
  if (cast.length > 0) {
    // One actor, named alone or with the character they play ("Alan Rickman ... as Hans Gruber").
    const billings = new Set(cast.map((c) => c.billing));
    const [only] = billings;
    return billings.size === 1 && cast.some((c) => c.actor) && only !== undefined ? { billing: only, asSelf: cast.every((c) => c.asSelf || !c.actor) } : undefined;
  }
  return firstWord === "he" || firstWord === "she" ? current : undefined;
}

/** Whether the character at `at` lies inside round brackets opened since `from`. */
function inBrackets(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")") depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/**
 * Reads a review against its film's catalog: who and which characters it names, the themes it
 * discusses, how it judges each aspect of the film, whom it recommends the film to, and its
 * overall sentiment. Every link quotes its sentence. Pure: no I/O, same input, same output.
 */
export const analyzeReview: Analyzer = (text, film) => {
  const language = reviewLanguage(text);
  if (language !== ANALYSED_LANGUAGE && language !== "und") {
    // Text in a language the lexicons do not cover: stored with its language, nothing derived (not "neutral").
    return { sentiment: null, language, sentences: [], mentions: [], unresolved: [], themes: [], aspects: [], recommendations: [] };
  }
  const credited = [...film.people.map((p) => p.name), ...film.roles.map((r) => r.name)];
  const plainSentences = splitSentences(text, [...credited, film.title]);
  const sentences = maskOtherWorkTitles(maskFilmTitle(plainSentences, film.title), credited);
  const aspectNames = new Set(film.aspects);
  const result: AnalysisResult = {
    sentiment: 0,
    language,
    sentences: sentences.map(({ text: s, start, end }) => ({ text: s, start, end })),
    mentions: [],
    unresolved: [],
    themes: [],
    aspects: [],
    recommendations: [],
  };
  const unresolved: SentenceMentions["unresolved"] = [];
  const recommending = new Set(findRecommendations(sentences).map((s) => s.index));
  result.recommendations = sentences.filter((s) => recommending.has(s.index)).map(({ text: s, start, end }) => ({ evidence: s, start, end }));
  const genres = genresOf(sentences, film.genres ?? []);
  const themeHits = findThemeHits(sentences, film.themes);
  const craftTokens = new Map<number, Set<number>>();
  // Verdicts on the whole the critic states outright ("I loved it", "Don't miss it").
  const statedVerdicts = new Set<AnalysisResult["aspects"][number]>();
  // Sentences that name a character tell the story.
  const storySentences = new Set<number>();
  // Words that name a craft, judged or not ("the music trundles away"): a theme only in a sentence that tells the story.
  const craftNames = new Map<number, Set<number>>();
  // Sentences that name a credited person, and the tokens of every name (a theme word in a name is no theme).
  const peopleSentences = new Set<number>();
  const sentenceNames = new Map<number, { tokens: Token[]; linked: SentenceMentions["linked"]; unresolved: SentenceMentions["unresolved"] }>();
  // What an apposition after a director's or writer's name says of them ("a director fascinated with ...").
  const crewDescriptions = new Map<number, Set<number>>();
  // Sentences (by start) that name a lead actor: where a review judges the lead performance.
  const leadSentences = new Set<number>();
  // Sentences (by start) that name the director.
  const directorSentences = new Set<number>();
  // Sentences (by start) that name the story, the script or a writer.
  const storyNamed = new Set<number>();
  let sentimentSum = 0;
  let judgedSentences = 0;
  // Each sentence's share of the sentiment, by its start: the rest of the review is the sum without it.
  const contributions = new Map<number, { share: number; weight: number }>();
  const namesInReview = reviewNames(sentences, film);
  // The one actor the previous sentence named: whom a "he"/"she" opening the next one stands for.
  let antecedent: Antecedent | undefined;
  // The director or writer the previous sentence named, and no actor: whom such a "he"/"she" stands for.
  let crewAntecedent: CrewMention["aspect"] | undefined;
  for (const sentence of sentences) {
    const names = sentenceMentions(sentence, film, namesInReview);
    const pronoun = PERSONAL_OPENERS.has(sentence.tokens[0]?.normal ?? "");
    const crewPronoun = pronoun && crewAntecedent !== undefined && names.cast.length === 0 && names.crew.length === 0 ? [{ token: 0, aspect: crewAntecedent }] : [];
    // "The latest Keanu Reeves vehicle is a stunner": an actor's name that names the film is judged with it, unless "he"/"she" takes them up again.
    const takenUp = (c: CastMention) => sentence.tokens.some((t, k) => k > c.token && PERSONAL_OPENERS.has(t.normal));
    const cast = names.cast.filter((c) => !c.namesTheFilm || takenUp(c));
    const people = { ...names, cast, crew: [...names.crew, ...crewPronoun], ...(antecedent && crewPronoun.length === 0 ? { antecedent } : {}) };
    const crewNamed = new Set(names.crew.filter((c) => !crewNamedInPassing(sentence.tokens, c.token)).map((c) => c.aspect));
    crewAntecedent = names.cast.length > 0 ? undefined : crewNamed.size === 1 ? [...crewNamed][0] : crewPronoun.length > 0 ? crewAntecedent : undefined;
    antecedent = names.cast.length === 0 && crewNamed.size > 0 ? undefined : nextAntecedent(names.cast, sentence.tokens[0]?.normal, antecedent);
    result.mentions.push(...names.linked);
    // "Morbius is a brilliant doctor": the title's words that name a character there are the character's name, not the film.
    for (const i of tokensWithin(sentence.tokens, names.linked.filter((m) => m.targetType === "Role"))) {
      if (sentence.tokens[i]!.lemma === TITLE_LEMMA) sentence.tokens[i] = plainSentences[sentence.index]?.tokens[i] ?? sentence.tokens[i]!;
    }
    if (names.linked.some((m) => m.targetType === "Role")) storySentences.add(sentence.index);
    // An actor credited in brackets ("Louise (Amy Adams), a grieving linguist") leaves the sentence to the story.
    if (names.linked.some((m) => m.targetType === "Person" && !inBrackets(text, sentence.start, m.start))) peopleSentences.add(sentence.index);
    // A documentary's subject, filmed as themselves, gives no performance to judge.
    if (names.cast.some((c) => c.actor && !c.asSelf && c.billing < SUPPORTING_FROM_BILLING)) leadSentences.add(sentence.start);
    // A director or writer named only in passing ("Cuarón's Gravity", "based on the novel by ...") judges nothing of theirs.
    const crewJudged = names.crew.filter((c) => !crewNamedInPassing(sentence.tokens, c.token));
    if (crewJudged.some((c) => c.aspect === "direction")) directorSentences.add(sentence.start);
    if (crewJudged.some((c) => c.aspect === "screenplay") || namesTheStory(sentence.tokens)) storyNamed.add(sentence.start);
    sentenceNames.set(sentence.index, { tokens: sentence.tokens, linked: names.linked, unresolved: names.unresolved });
    crewDescriptions.set(sentence.index, new Set(names.crew.flatMap((c) => appositionAfterName(sentence.tokens, c.token))));
    unresolved.push(...names.unresolved);
    // The story's subjects ("grief", "addiction") are what a sentence is about, not how it judges.
    const subjects = new Set<number>();
    // "a poor script", "the acting is poor": a wealth word that grades a thing is a judgement, not the story's poverty.
    for (const hit of themeHits.filter((h) => h.sentence.index === sentence.index && !gradesAThing(h))) {
      for (let i = hit.first; i <= hit.last; i++) subjects.add(i);
    }
    for (const i of characterDescriptions(sentence.tokens)) subjects.add(i);
    // "missed the mark at the box office": how the film sold, not how good it is.
    for (const i of commercialFortunes(sentence.tokens)) subjects.add(i);
    // "Their strong, brave son Caleb": the epithets before a character's name say who the character is.
    const roleTokens = tokensWithin(sentence.tokens, names.linked.filter((m) => m.targetType === "Role"));
    for (const i of epithetsOfCharacters(sentence.tokens, [...roleTokens].filter((k) => !roleTokens.has(k - 1)))) subjects.add(i);
    // A line of dialogue or a tagline in quotation marks: the film's words, not the critic's.
    for (const i of quotedText(sentence.tokens)) subjects.add(i);
    // "Mitch has since complained that the film is unfair": someone else's opinion, not the critic's.
    for (const i of reportedOpinions(sentence.tokens)) subjects.add(i);
    // "Stay away from this movie if you don't like onscreen gore": whom the film is not for.
    for (const i of adviceForOneTaste(sentence.tokens)) subjects.add(i);
    // "If you have a seven-year-old and a free afternoon, ...": the reader's circumstances judge nothing.
    for (const i of readersCircumstances(sentence.tokens)) subjects.add(i);
    // "a film about time, about the terrible freedom of ...": what the film is about judges nothing.
    for (const i of subjectOfTheFilm(sentence.tokens)) subjects.add(i);
    // "a masterpiece of unwanted cheer": what a judged thing is made of, not how well.
    for (const i of ofPhrasesOfJudgingNouns(sentence.tokens)) subjects.add(i);
    // "the opening section where they defuse a bomb": what happens in a scene is the story.
    for (const i of storyMoments(sentence.tokens)) subjects.add(i);
    // "the tease of a terrible crime": how grave an event of the story is.
    for (const i of storyEventWords(sentence.tokens)) subjects.add(i);
    // "I was skeptical of the direction, the writing, and the star-studded cast": what the critic expected, not found.
    for (const i of expectations(sentence.tokens)) subjects.add(i);
    // "drags his wife and kids to a new town": an action of the story, not a judgement of the pace.
    for (const i of storyActions(sentence.tokens)) subjects.add(i);
    // "His previous film was a masterpiece": another work's judgement, not this film's.
    for (const i of otherWorkTokens(sentence.tokens)) subjects.add(i);
    // "based on the DC comic", "a stand-up comic": a comic book or a comedian, not the humour.
    for (const i of comicsInAnotherSense(sentence.tokens)) subjects.add(i);
    const { judgements: judged, cueTokens, namedCues } = judgeAspects(sentence, aspectNames, people, subjects, undefined, genres);
    const all = scopedVerdict(subjectsAsDepiction(judged, people, aspectNames), openingScope(sentence.tokens), aspectNames);
    // "Plot: Lee must deal with ...": a synopsis tells the story (its judging words still count: "Plot: thin and predictable").
    if (opensWithSynopsisLabel(sentence.tokens)) storySentences.add(sentence.index);
    // Whom a film is for is a recommendation, not a judgement of its craft ("if you like intimate storytelling").
    // "Is it worth watching?": the question the review goes on to answer judges nothing.
    const asks = asksYesOrNo(sentence.tokens) && !asksInReproach(sentence.tokens);
    const forAnAudience = recommending.has(sentence.index) && namesAnAudience(sentence.tokens);
    const judgements = asks ? [] : all.filter((j) => !forAnAudience || (j.aspect === "overall" && j.polarity === "POSITIVE"));
    // "See it on the biggest screen you can find": urging the reader to see it is a verdict.
    // "Zodiac is the JFK of serial killer movies": likened to a classic of its kind, a verdict too.
    const urges = !asks && aspectNames.has("overall") && (urgesSeeing(sentence.tokens) || likenedToAClassic(sentence.tokens));
    if (urges && !judgements.some((j) => j.aspect === "overall")) judgements.push({ aspect: "overall", polarity: "POSITIVE" });
    // "I liked this film", "I didn't enjoy it": the critic's liking of the film is a verdict; so is
    // advice to stay away from it ("Do yourself a favour and skip it").
    const liking = asks || !aspectNames.has("overall") ? undefined : (criticsLiking(sentence.tokens) ?? adviceOnSeeing(sentence.tokens));
    // The construction says more than the words' valences ("little to recommend it" is no praise).
    if (liking) {
      const overall = judgements.find((j) => j.aspect === "overall");
      if (overall) overall.polarity = liking;
      else judgements.push({ aspect: "overall", polarity: liking });
    }
    // "The biggest laughs come from Galifianakis": the laughs are the actor's, and judge their performance.
    const laughing = judgements.findIndex((j) => j.aspect === "humour");
    const laughsOf = laughing >= 0 ? laughsOfAnActor(sentence.tokens, names.cast) : undefined;
    if (laughsOf !== undefined) {
      const performance = aspectOfBilling(laughsOf);
      if (judgements.some((j) => j.aspect === performance) || !aspectNames.has(performance)) judgements.splice(laughing, 1);
      else judgements[laughing] = { ...judgements[laughing]!, aspect: performance };
    }
    const humour = aspectNames.has("humour") ? humourOfAVerdict(sentence.tokens, judgements) : undefined;
    if (humour) judgements.push({ aspect: "humour", polarity: humour });
    craftTokens.set(sentence.index, cueTokens);
    if (namedCues) craftNames.set(sentence.index, namedCues);
    for (const j of judgements) {
      const aspect = { aspect: j.aspect, polarity: j.polarity, evidence: sentence.text, start: sentence.start, end: sentence.end };
      result.aspects.push(aspect);
      if (liking && j.aspect === "overall") statedVerdicts.add(aspect);
      if (j.polarity === "MIXED" && praisesFaintly(sentence.tokens, { aboutCraft: true, genres })) statedVerdicts.add(aspect);
    }
    const valence = scoreClauses(sentence.tokens, splitClauses(sentence.tokens), { aboutCraft: judgements.length > 0, subjects, genres });
    // "..., and that is exactly the point": an effect the critic takes as intended is no fault of the film.
    const intended = judgements.length === 0 && valence.negative > valence.positive && namesEffectAsIntended(sentence.tokens);
    const mocked = mocksAQuality(sentence.tokens);
    // "The catch?", "but would that stop her?": a question that judges nothing asks; its story words are no verdict.
    const questionOnly = judgements.length === 0 && sentence.tokens.at(-1)?.text === "?";
    if ((valence.positive + valence.negative > 0 || mocked || urges || liking) && !intended && !asks && !questionOnly) {
      // What the critic judges (an aspect, the film) says more of their verdict than how the story
      // feels ("murdered", "nightmares"): a sentence that judges nothing weighs STORY_WEIGHT, a
      // verdict on the whole VERDICT_WEIGHT.
      const weight = judgements.some((j) => j.aspect === "overall") ? VERDICT_WEIGHT : judgements.length > 0 ? 1 : STORY_WEIGHT;
      // "all the heat of a perfume advert": the likeness denies the quality it names, however the lexicon reads it.
      let lexical = mocked ? -Math.max(Math.abs(compound(valence)), JUDGED_SENTIMENT_FLOOR) : compound(valence);
      // "Don't miss it", "I loved it": a verdict the critic states outright is as strong as their words get.
      if ((urges || liking) && Math.abs(lexical) < STATED_VERDICT_STRENGTH) lexical = Math.sign(lexical || 1) * STATED_VERDICT_STRENGTH;
      const share = weight * sentenceSentiment(lexical, judgements);
      sentimentSum += share;
      judgedSentences += weight;
      contributions.set(sentence.start, { share, weight });
    }
  }
  // Keep the unknown proper nouns that name people ("Darren Aronofsky"), not places or titles.
  const people = recognizePeople(unresolved.flatMap((u) => (u.key && u.name ? [{ name: u.name, key: u.key }] : [])));
  const namesPeople = (u: SentenceMentions["unresolved"][number]) => !u.key || people.has(u.key);
  result.unresolved = unresolved.filter(namesPeople).map(({ surface, reason, candidates, polarity, evidence, start, end }) => ({ surface, reason, candidates, polarity, evidence, start, end }));
  // "Grief is everywhere in the parish": a capitalized first word that names no one is no name to the themes.
  const nameTokens = new Map<number, Set<number>>();
  for (const [index, names] of sentenceNames) nameTokens.set(index, tokensWithin(names.tokens, [...names.linked, ...names.unresolved.filter(namesPeople)]));
  result.themes = discussedThemes(sentences, themeHits, { craftTokens, storySentences, craftNames, peopleSentences, nameTokens, crewDescriptions, filmYear: film.year }).map((t) => ({
    themeId: t.themeId,
    salience: t.salience,
    evidence: t.sentence.text,
    start: t.sentence.start,
    end: t.sentence.end,
  }));
  const sentimentOf = (sum: number, weight: number) => (weight === 0 ? 0 : round(Math.tanh(SENTIMENT_SCALE * (sum / weight - SENTIMENT_BIAS))));
  result.sentiment = sentimentOf(sentimentSum, judgedSentences);
  // What the rest of the review says, without the judgement's own sentence; undefined when nothing else judges.
  const restVerdict = (start: number): Verdict | undefined => {
    const own = contributions.get(start) ?? { share: 0, weight: 0 };
    const weight = judgedSentences - own.weight;
    return weight <= 0 ? undefined : verdictOf(sentimentOf(sentimentSum - own.share, weight));
  };
  result.aspects = consistentWithTheReview(result.aspects, restVerdict, statedVerdicts);
  result.aspects.push(
    ...unstatedJudgements(result, contributions, aspectNames, {
      overall: sentences,
      // The lead performance and the direction likewise, from the sentences that name a lead actor or the director.
      performance: sentences.filter((x) => leadSentences.has(x.start)),
      direction: sentences.filter((x) => directorSentences.has(x.start)),
      // The screenplay and the characters, from the sentences that name the story or a writer, or the characters.
      screenplay: sentences.filter((x) => storyNamed.has(x.start)),
      characterization: sentences.filter((x) => namesTheCharacters(x.tokens)),
    }, sentences.length),
  );
  // The critic's own rating, where the text states one, is their verdict: the words only guess it.
  const stated = statedRating(text, film.title);
  if (stated) {
    result.statedRating = { rating: stated.rating, score: stated.score, evidence: text.slice(stated.start, stated.end), start: stated.start, end: stated.end, wordsSentiment: result.sentiment };
    result.sentiment = sentimentOfScore(stated.score);
  }
  return result;
};
