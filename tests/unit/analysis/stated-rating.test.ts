// A rating the review's own text states is the critic's verdict (issue 10: "use the critic's own
// verdict where there is one"), read where critics put it, and not from words that only look like one.
// Invented wording throughout.
import { analyze } from "./film";
import { verdictOf } from "../../../src/graphql/verdict";
import { sentimentOfScore, statedRating } from "../../../src/ingest/analysis/stated-rating";

const TITLE = "The Lantern Keeper";
const BODY = "The Lantern Keeper follows a widow who tends a lighthouse. The pacing is uneven and the score is loud. The ending lands, though.";

describe("statedRating: where critics write a rating", () => {
  it.each([
    ["a line of its own", `${BODY}\n\n3.5/4`, "3.5/4", 88],
    ["a labelled line", `Rating: 2/5\n\n${BODY}`, "2/5", 40],
    ["a label of several words", `${BODY}\n\nThe Lantern Keeper movie rating: 1.5 stars`, "1.5 stars", 30],
    ["a letter grade with its label", `Final Grade: B-\n\n${BODY}`, "B-", 67],
    ["several ratings on one line (the first)", `${BODY}\n\nOur grade: B+ | 83/100 | ★★★★`, "B+", 83],
    ["the title, then stars", `THE LANTERN KEEPER ★★★★½\n\n${BODY}`, "★★★★½", 90],
    ["the title, then a bracketed rating", `The Lantern Keeper (0.5/4)\n\n${BODY}`, "0.5/4", 13],
    // 2.163.0 (realAN): a newspaper's header of the title, a comma and the grade.
    ["the title, a comma, then a grade", `The Lantern Keeper, C\n\n${BODY}`, "C", 50],
    ["stars in words, alone", `${BODY}\n\nFour stars`, "Four stars", 80],
    ["out of, with a full stop", `${BODY}\n\n6.5 out of 10.`, "6.5 out of 10", 65],
    ["a classification, then asterisks", `A lighthouse drama.\n\n(PG) ****\n\n${BODY}`, "****", 80],
    ["asterisks alone near the top", `Review: a drama\n\n* *\n\n${BODY}`, "* *", 40],
    ["a short header line of the title, then its rating", `The Lantern Keeper (2021, UK) 104m. ***\n\n${BODY}`, "***", 60],
    ["a bracketed rating after the title in a sentence", `Ines Marlow's The Lantern Keeper (C+) is a drama about a widow. ${BODY}`, "C+", 58],
    ["a labelled line of several facts (the first)", `${BODY}\n\nRating: 1 star, Rated PG, 104 minutes`, "1 star", 20],
    ["emoji stars with their scale", `Ines Marlow\n\n⭐️⭐️½ (out of 4)\n\n${BODY}`, "⭐️⭐️½ (out of 4)", 63],
    ["the quoted title, then the first of bracketed facts", `Directed by Ines Marlow, “The Lantern Keeper” (★★★ out of four; rated PG; in cinemas now) is a drama. ${BODY}`, "★★★ out of four", 75],
    ["a rating given in a sentence", `${BODY} I give it three and a half out of five.`, "three and a half out of five", 70],
    ["a grade a film earns in a sentence", `${BODY} It earns a B and no more.`, "B", 75],
    ["stars for the film, closing", `${BODY} Two stars for The Lantern Keeper.`, "Two stars", 40],
    ["bracketed asterisks, mid-review", `${BODY}\n\n(**1/2)\n\nMore story.\n\nAnd more.`, "**1/2", 50],
    ["a short closing line of facts that ends with asterisks", `${BODY}\n\nDrama, 12A. ****`, "****", 80],
    ["asterisks with their scale, bracketed after the title in a sentence", `A widow tends a lighthouse in The Lantern Keeper (* * out of four). ${BODY}`, "* * out of four", 50],
    ["asterisks with their scale, given in a sentence", `${BODY} I give it *** out of 4.`, "*** out of 4", 75],
  ])("%s", (_, text, rating, score) => {
    const found = statedRating(text, TITLE);
    expect(found).toMatchObject({ rating, score });
    expect(text.slice(found!.start, found!.end)).toBe(rating);
  });

  it.each([
    ["a section break of asterisks between paragraphs", `${BODY}\n\nMore story.\n\nAnd more.\n\n***\n\n${BODY}`],
    ["a number without a scale", `Rated 4.0\n\n${BODY}`],
    ["an age classification", `Rating: PG-13\n\n${BODY}`],
    ["a fraction that is no critic's scale", `${BODY} It runs 24/7 and the odds are 50/50.`],
    ["stars that are actors", `${BODY} The film's two stars are wasted.`],
    ["an article read as a grade", `${BODY} It gives a great deal and gets a lot back.`],
    ["a B-movie", `${BODY} It gets a B-movie ending.`],
    ["the title and a comma opening a sentence", `The Lantern Keeper, A Widow's Tale in its first cut, is slow.\n\n${BODY}`],
    ["a fraction in a sentence nobody gives", `${BODY} Only 3/4 of the film works.`],
    ["a footnote's asterisk after the title", `${BODY} The Lantern Keeper (*) opens on Friday.`],
    ["a long closing sentence that ends with a fraction", `${BODY}\n\nIn the end, the lighthouse keeper's accounts show that only a part of it works, or 3/4.`],
  ])("not %s", (_, text) => {
    expect(statedRating(text, TITLE)).toBeUndefined();
  });
});

describe("sentimentOfScore", () => {
  it("puts Metacritic's bands on the verdict bands", () => {
    expect(verdictOf(sentimentOfScore(61))).toBe("POSITIVE");
    expect(verdictOf(sentimentOfScore(60))).toBe("NEUTRAL");
    expect(verdictOf(sentimentOfScore(40))).toBe("NEUTRAL");
    expect(verdictOf(sentimentOfScore(39))).toBe("NEGATIVE");
    expect(sentimentOfScore(100)).toBe(1);
    expect(sentimentOfScore(0)).toBe(-1);
  });
});

describe("a review that states its rating", () => {
  const LANTERN = { title: TITLE, year: 2021, directors: ["Ines Marlow"], cast: [{ person: "Dora Quill", character: "Maud" }] };
  const LUKEWARM = [
    "The Lantern Keeper follows a widow who tends a lighthouse on a cold northern island.",
    "A storm wrecks a fishing boat and two sailors drown.",
    "The middle section drags, and the score is too loud.",
    "Dora Quill is fine as Maud.",
  ].join(" ");

  it("takes its sentiment from the rating, and keeps what the words alone say", () => {
    const words = analyze(LUKEWARM, LANTERN);
    const rated = analyze(`${LUKEWARM}\n\nRating: 4.5/5`, LANTERN);
    expect(verdictOf(words.sentiment!)).not.toBe("POSITIVE");
    expect(rated.sentiment).toBe(0.8);
    expect(verdictOf(rated.sentiment!)).toBe("POSITIVE");
    expect(rated.statedRating).toMatchObject({ rating: "4.5/5", score: 90, evidence: "4.5/5", wordsSentiment: words.sentiment });
    expect(words.statedRating).toBeUndefined();
  });

  it("judges the same aspects with or without the rating", () => {
    const words = analyze(LUKEWARM, LANTERN);
    const rated = analyze(`${LUKEWARM}\n\nRating: 1/5`, LANTERN);
    expect(rated.aspects.map((a) => [a.aspect, a.polarity])).toEqual(words.aspects.map((a) => [a.aspect, a.polarity]));
    expect(verdictOf(rated.sentiment!)).toBe("NEGATIVE");
  });
});
