// The review's text verdict (issue 10: favourable reviews stored POSITIVE, unfavourable NEGATIVE),
// in invented wording: a review that tells a grim story and praises the film, and one that tells a
// happy story, grants the film a pretty surface and pans it.
import { analyze } from "./film";
import { verdictOf } from "../../../src/graphql/verdict";

const LANTERN = {
  title: "The Lantern Keeper",
  year: 2021,
  directors: ["Ines Marlow"],
  cast: [
    { person: "Dora Quill", character: "Maud" },
    { person: "Felix Amory", character: "Owen" },
  ],
};

const FAVOURABLE = [
  "The Lantern Keeper follows a widow who tends a lighthouse on a cold northern island.",
  "A storm wrecks a fishing boat and two sailors drown.",
  "Maud blames herself for the accident, and the grief nearly destroys her.",
  "Her son returns after his father's death, and old grievances and bitter fights and cruel quarrels surface between them.",
  "Dora Quill is good as Maud.",
  "The middle section drags a little.",
  "Still, it is a rewarding film.",
].join(" ");

const UNFAVOURABLE = [
  "The Lantern Keeper follows a widow who tends a lighthouse on a cold northern island.",
  "Her son returns after years away, and they laugh and dance together in a happy, hopeful summer of love and friendship.",
  "The sea looks lovely, and the music is pretty.",
  "The script is clumsy.",
  "It is a dull film.",
].join(" ");

describe("the text verdict of a review without a rating", () => {
  it("reads a favourable review that tells a grim story as POSITIVE", () => {
    const { sentiment } = analyze(FAVOURABLE, LANTERN);
    expect(verdictOf(sentiment!)).toBe("POSITIVE");
  });

  it("reads a pan that tells a happy story and grants a pretty surface as NEGATIVE", () => {
    const { sentiment } = analyze(UNFAVOURABLE, LANTERN);
    expect(verdictOf(sentiment!)).toBe("NEGATIVE");
  });

  it("keeps the sentiment in [-1, 1]", () => {
    const { sentiment } = analyze("A masterpiece. Sublime, dazzling, gorgeous, a triumph. The best film of the year.", LANTERN);
    expect(sentiment).toBeGreaterThan(0.9);
    expect(sentiment).toBeLessThanOrEqual(1);
  });
});

describe("judgements read against the rest of the review (consistentWithTheReview)", () => {
  const judgedIn = (text: string) => analyze(text, LANTERN).aspects.map((a) => `${a.aspect}:${a.polarity}:${a.evidence.slice(0, 24)}`);
  const PRAISE = [
    "Dora Quill is superb as Maud.",
    "Felix Amory is wonderful as Owen.",
    "The score is gorgeous.",
    "The cinematography is ravishing.",
    "The Lantern Keeper is a moving, beautiful film.",
  ].join(" ");

  it("drops a verdict on the whole that the rest of a favourable review contradicts", () => {
    const found = judgedIn(`${PRAISE} On paper it sounds like a dreary film about a lighthouse.`);
    expect(found).toContain("overall:POSITIVE:The Lantern Keeper is a ");
    expect(found.filter((f) => f.startsWith("overall:NEGATIVE"))).toEqual([]);
  });

  it("gives a MIXED judgement the side of the rest of the review", () => {
    const found = judgedIn(`${PRAISE} The editing is sharp and clumsy.`);
    expect(found).toContain("editing:POSITIVE:The editing is sharp and");
    expect(found.some((f) => f.includes(":MIXED:"))).toBe(false);
  });

  it("leaves a review of one judging sentence as read", () => {
    expect(judgedIn("The editing is sharp and clumsy.")).toEqual(["editing:MIXED:The editing is sharp and"]);
    expect(judgedIn("It is a dreary film.")).toEqual(["overall:NEGATIVE:It is a dreary film."]);
  });
});

describe("the verdict on the whole that no sentence states (unstatedJudgements)", () => {
  const judgedIn = (text: string) => analyze(text, LANTERN).aspects.map((a) => `${a.aspect}:${a.polarity}:${a.evidence.slice(0, 24)}`);
  const CRAFTS = ["The Lantern Keeper follows a widow who tends a lighthouse.", "Dora Quill is superb as Maud.", "The score is gorgeous.", "The cinematography is ravishing."];

  it("takes a favourable review's text verdict as its verdict on the whole, quoted from its strongest sentence", () => {
    const overall = judgedIn(CRAFTS.join(" ")).filter((f) => f.startsWith("overall:"));
    expect(overall).toHaveLength(1);
    expect(overall[0]).toMatch(/^overall:POSITIVE:(Dora Quill|The score|The cinematography)/);
  });

  it("does the same for an unfavourable review", () => {
    const text = ["The Lantern Keeper follows a widow who tends a lighthouse.", "Dora Quill is wooden as Maud.", "The score is grating.", "The script is clumsy and dull."].join(" ");
    expect(judgedIn(text).filter((f) => f.startsWith("overall:")).map((f) => f.split(":").slice(0, 2).join(":"))).toEqual(["overall:NEGATIVE"]);
  });

  it("adds nothing when a sentence states the verdict, when the text is short, or when the review is neither", () => {
    const stated = judgedIn(`${CRAFTS.join(" ")} It is a dull film.`).filter((f) => f.startsWith("overall:"));
    expect(stated.every((f) => f.includes("It is a dull film"))).toBe(true);
    expect(judgedIn(CRAFTS.slice(1, 3).join(" ")).some((f) => f.startsWith("overall:"))).toBe(false);
    const even = ["The Lantern Keeper follows a widow who tends a lighthouse.", "She has a son.", "The score is gorgeous.", "The script is clumsy."].join(" ");
    expect(judgedIn(even).some((f) => f.startsWith("overall:"))).toBe(false);
  });
});

describe("the lead performance that no sentence judges (unstatedJudgements)", () => {
  const judgedIn = (text: string) => analyze(text, LANTERN).aspects.map((a) => `${a.aspect}:${a.polarity}:${a.evidence.slice(0, 24)}`);

  it("takes the review's verdict for the lead performance, quoted from a sentence naming a lead actor that leans its way", () => {
    const text = [
      "The Lantern Keeper follows a widow who tends a lighthouse.",
      "The scenes with Dora Quill on the cliffs are a joy to watch.",
      "The score is gorgeous.",
      "The cinematography is ravishing.",
      "It is a beautiful film.",
    ].join(" ");
    expect(judgedIn(text).filter((f) => f.startsWith("performance:"))).toEqual(["performance:POSITIVE:The scenes with Dora Qui"]);
  });

  it("adds nothing when the review names no lead actor", () => {
    const text = ["The Lantern Keeper follows a widow who tends a lighthouse.", "The score is gorgeous.", "The cinematography is ravishing.", "It is a beautiful film."].join(" ");
    expect(judgedIn(text).some((f) => f.startsWith("performance:"))).toBe(false);
  });
});

describe("the direction that no sentence judges (unstatedJudgements)", () => {
  const judgedIn = (text: string) => analyze(text, LANTERN).aspects.map((a) => `${a.aspect}:${a.polarity}:${a.evidence.slice(0, 24)}`);
  const REST = ["The Lantern Keeper follows a widow who tends a lighthouse.", "The score is gorgeous.", "The cinematography is ravishing.", "It is a beautiful film."];

  it("takes the review's verdict for the direction, quoted from a sentence naming the director that leans its way", () => {
    const text = [...REST, "Ines Marlow sets her story on a sunny island of happy, hopeful people."].join(" ");
    expect(judgedIn(text).filter((f) => f.startsWith("direction:"))).toEqual(["direction:POSITIVE:Ines Marlow sets her sto"]);
  });

  it("adds nothing when the review does not name the director", () => {
    expect(judgedIn(REST.join(" ")).some((f) => f.startsWith("direction:"))).toBe(false);
  });
});

describe("the screenplay and the characters that no sentence judges (unstatedJudgements)", () => {
  const judgedIn = (text: string) => analyze(text, LANTERN).aspects.map((a) => `${a.aspect}:${a.polarity}:${a.evidence.slice(0, 24)}`);
  const REST = ["The Lantern Keeper follows a widow who tends a lighthouse.", "The score is gorgeous.", "The cinematography is ravishing.", "It is a beautiful film."];

  it("takes the review's verdict for the screenplay, quoted from a sentence naming the story that leans its way", () => {
    const text = [...REST, "Its story of two sisters on a sunny island is full of happy, hopeful people."].join(" ");
    expect(judgedIn(text).filter((f) => f.startsWith("screenplay:"))).toEqual(["screenplay:POSITIVE:Its story of two sisters"]);
  });

  it("and for the characters, from a sentence naming them", () => {
    const text = [...REST, "Its characters spend a sunny summer on an island of happy, hopeful people."].join(" ");
    expect(judgedIn(text).filter((f) => f.startsWith("characterization:"))).toEqual(["characterization:POSITIVE:Its characters spend a s"]);
  });

  it("adds nothing when no sentence names the story or the characters, nor from a sentence naming only scenes", () => {
    expect(judgedIn(REST.join(" ")).some((f) => f.startsWith("screenplay:") || f.startsWith("characterization:"))).toBe(false);
    const scenes = [...REST, "Its scenes of two sisters on a sunny island are full of happy, hopeful people."].join(" ");
    expect(judgedIn(scenes).some((f) => f.startsWith("screenplay:"))).toBe(false);
  });
});
