import type { FilmFacts } from "../../../src/graph/catalog-writes";
import { verdictOf } from "../../../src/graphql/verdict";
import { analyze, judged } from "./film";

// An invented film: a drama about two sisters running a ferry, with two credited actors.
const FERRY: FilmFacts = {
  title: "Low Water",
  year: 2023,
  genres: ["Drama"],
  directors: ["Ines Barrow"],
  writers: ["Ines Barrow"],
  cast: [
    { person: "Odile Franck", character: "Mae" },
    { person: "Sunniva Holt", character: "Joan" },
  ],
};
const judge = (text: string) => judged(analyze(text, FERRY));
const verdict = (text: string) => verdictOf(analyze(text, FERRY).sentiment!);

describe("a quality the film was meant to have is one it lacks (unrealized.ts)", () => {
  it("reads praise after a counterfactual modal as criticism", () => {
    expect(judge("The finale could have been great.")).toEqual(["screenplay:NEGATIVE"]);
    expect(judge("The ending should have been devastating.")).toEqual(["screenplay:NEGATIVE"]);
    expect(verdict("What should have been a thrilling climax is a muddle.")).toBe("NEGATIVE");
  });

  it("reads praise the film aims at or is supposed to have as criticism", () => {
    expect(judge("The script was meant to be funny.")).toEqual(["screenplay:NEGATIVE"]);
    expect(judge("The ending is supposed to be moving.")).toEqual(["screenplay:NEGATIVE"]);
    expect(judge("The finale ought to be thrilling.")).toEqual(["screenplay:NEGATIVE"]);
    expect(judge("The script tries so hard to be funny.")).toEqual(["screenplay:NEGATIVE"]);
  });

  it("reads what the film 'could use' as what it lacks", () => {
    expect(judge("The score could use some subtlety.")).toEqual(["music:NEGATIVE"]);
    expect(judge("The script could do with some sharp jokes.")).toEqual(["humour:NEGATIVE"]);
  });

  it("reads 'should be X; instead' as the X missed", () => {
    expect(judge("The reunion scene should be devastating; instead it is merely sad.")).toEqual(["screenplay:NEGATIVE"]);
    expect(judge("Odile Franck could have played Mae as a shrill villain; instead she is warm and funny.")).toEqual(["performance:POSITIVE", "humour:POSITIVE"]);
    expect(judge("The score would have benefited from some restraint.")).toEqual(["music:NEGATIVE"]);
  });

  it("reads 'X where it should be Y' as both qualities missed", () => {
    expect(judge("The score is the only weak spot, cute where it should be wistful.")).toEqual(["music:NEGATIVE"]);
  });

  it("reads a fault the film escaped as no judgement", () => {
    expect(analyze("It could have been a disaster.", FERRY).sentiment).toBe(0);
  });

  it("reads a denied comparison as the highest praise", () => {
    expect(judge("The ending couldn't have been better.")).toEqual(["screenplay:POSITIVE"]);
    expect(judge("The score could not be more beautiful.")).toEqual(["music:POSITIVE"]);
  });

  it("reads adverbs after a negated modal (a loop once stalled on them)", () => {
    expect(judge("The ending could not really have been better.")).toEqual(["screenplay:POSITIVE"]);
    expect(judge("The ending could never quite have been better.")).toEqual(["screenplay:POSITIVE"]);
  });

  it("keeps the approval a film would have earned, and plain praise, as praise", () => {
    expect(verdict("Hitchcock would have been proud of this film.")).toBe("POSITIVE");
    expect(judge("The finale is great.")).toEqual(["screenplay:POSITIVE"]);
    expect(verdict("This could be the best film of the year.")).toBe("POSITIVE");
  });
});

// Classes seen on a new development set of real reviews (realAE/realAF, 2.136.0, docs/analysis.md); invented sentences.
describe("what a lesser other would have done, and what the film would have needed", () => {
  it("reads the fault a lesser director or other hands would have made as praise of this film", () => {
    expect(judge("A lesser director could have squandered the opportunity.")).toEqual(["direction:POSITIVE"]);
    expect(judge("In the wrong hands, this would have been a disaster.")).toEqual(["overall:POSITIVE"]);
    expect(judge("A less gifted actress would have made Mae a cartoon.")).not.toContain("performance:NEGATIVE");
    expect(judge("The director could have squandered the opportunity.")).not.toContain("direction:POSITIVE");
  });

  it("reads a better thing the film would have needed, after 'and had', as what it lacks", () => {
    expect(judge("If they took a different approach and had better acting, it could have been a slam dunk.")).toEqual(["performance:NEGATIVE"]);
    expect(judge("If it had a sharper script, Low Water would work.")).toContain("screenplay:NEGATIVE");
    expect(judge("Odile Franck acts as if she had better things to do.")).not.toContain("performance:NEGATIVE");
  });
});

describe("what the critic wishes they could say", () => {
  it("reads praise the critic would like to say, or wishes they could, as what the film lacks", () => {
    expect(judge("I wish I could say the film is good.")).toEqual(["overall:NEGATIVE"]);
    expect(judge("We'd like to say there is some charm in Odile Franck's performance, but we would be lying.")).toEqual(["performance:NEGATIVE"]);
    expect(judge("I'd love to report that the score is wonderful.")).toEqual(["music:NEGATIVE"]);
    expect(judge("I'd like to say a word about the score: it is wonderful.")).toEqual(["music:POSITIVE"]);
  });
});
