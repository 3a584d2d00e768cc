import type { FilmFacts } from "../../../src/graph/catalog-writes";
import { verdictOf } from "../../../src/graphql/verdict";
import { analyze, judged } from "./film";

// An invented film: a drama about a flooded village, with three credited actors.
const SALT_MARSH: FilmFacts = {
  title: "Salt Marsh",
  year: 2022,
  genres: ["Drama"],
  directors: ["Ilse Varga"],
  writers: ["Ilse Varga"],
  cast: [
    { person: "Tomas Reyne", character: "Aldo" },
    { person: "Petra Vandeleur", character: "Mina" },
    { person: "Oona Halloran", character: "Greta" },
  ],
};
const judge = (text: string) => judged(analyze(text, SALT_MARSH));
const verdict = (text: string) => verdictOf(analyze(text, SALT_MARSH).sentiment!);

describe("words of the emotion a film evokes are its tone, not a fault (criticism-lexicon.json toneWords)", () => {
  it("does not read a mournful, angry or eerie film or score as criticised", () => {
    expect(judge("Salt Marsh is a mournful, furious film about a village the sea takes back.")).not.toContain("overall:NEGATIVE");
    expect(judge("The score is eerie and sad, all strings and wind.")).not.toContain("music:NEGATIVE");
    expect(judge("It is the saddest thing Varga has made, and the score is wonderful.")).toEqual(["music:POSITIVE"]);
  });

  it("still reads the critic's own dissatisfaction as criticism", () => {
    expect(judge("The score is dull and frustrating.")).toEqual(["music:NEGATIVE"]);
  });

  it("reads a word in an aspect's sense even when it has no valence of its own", () => {
    // "eerie" carries none as a tone word; said of an actor it praises the acting (aspectSenses).
    expect(judge("Tomas Reyne is eerie as Aldo.")).toEqual(["performance:POSITIVE"]);
  });
});

describe("an actor the film gives nothing to do is a fault of the writing (characterization)", () => {
  it("reads 'wasted', 'squandered' and 'a thankless part' as characterization NEGATIVE", () => {
    expect(judge("Oona Halloran, as the sister, is wasted.")).toEqual(["characterization:NEGATIVE"]);
    expect(judge("Petra Vandeleur is squandered in a thankless part.")).toContain("characterization:NEGATIVE");
  });
});

describe("the review's verdict follows what its judging sentences judge", () => {
  it("does not let the story words of a judging sentence turn its verdict around", () => {
    // The lexicons read "drown", "starve", "die" and "misery" as strongly negative; the critic praises.
    expect(verdict("Salt Marsh is fine filmmaking, even as the villagers drown, starve and die in misery.")).toBe("POSITIVE");
    expect(verdict("Salt Marsh is tedious filmmaking, even as the villagers laugh, dance and fall happily in love.")).toBe("NEGATIVE");
  });

  it("reads urging the reader to see the film as a favourable verdict, not a perception ('watch it fail')", () => {
    expect(judge("See it on the biggest screen you can find.")).toEqual(["overall:POSITIVE"]);
    expect(judge("Don't miss it.")).toEqual(["overall:POSITIVE"]);
    expect(judge("So go and see it, and bring tissues.")).toEqual(["overall:POSITIVE"]);
    expect(judge("Watch it fail.")).toEqual([]);
    expect(judge("See how it ends.")).toEqual([]);
    expect(judge("This is the kind of movie one should see with a large group of rowdy friends.")).toEqual(["overall:POSITIVE"]);
    expect(judge("You should see how it ends.")).toEqual([]);
  });

  it("reads the critic's own tears and laughter as praise, and a character's as the story", () => {
    expect(verdict("I cried like a baby, and I suspect you will too.")).toBe("POSITIVE");
    expect(verdict("I have rarely felt so moved by a film about fishermen.")).toBe("POSITIVE");
    expect(verdict("The boy cried when his father left.")).not.toBe("POSITIVE");
  });
});

describe("a sentence that opens with the running time judges the film's length (pacing)", () => {
  it("reads what it says of the film as said of its pacing too", () => {
    expect(judge("At nearly three hours, it is exhausting.")).toEqual(["overall:NEGATIVE", "pacing:NEGATIVE"]);
    expect(judge("Running 140 minutes, Salt Marsh is a gripping film.")).toEqual(["overall:POSITIVE", "pacing:POSITIVE"]);
  });

  it("reads the running time without its comma, and critics' words for time passing ('flies by', 'an ordeal')", () => {
    expect(judge("At 105 minutes it flies by.")).toEqual(["pacing:POSITIVE"]);
    expect(judge("The other two hours and twenty minutes are an ordeal.")).toEqual(["pacing:NEGATIVE"]);
  });

  it("does not read a time inside the story as the running time", () => {
    expect(judge("At three hours past midnight, the film is gripping.")).not.toContain("pacing:POSITIVE");
    expect(judge("For the last forty minutes, it is exhausting.")).not.toContain("pacing:NEGATIVE");
  });
});

describe("a judgement of a stretch of the film is not the verdict on the whole", () => {
  it("reads no overall verdict in a sentence that opens with the stretch it judges", () => {
    expect(judge("For twenty minutes, this is terrific.")).not.toContain("overall:POSITIVE");
    expect(judge("For its first half, Salt Marsh is a dreary film.")).not.toContain("overall:NEGATIVE");
  });

  it("still reads a concession that opens with 'for' as the verdict", () => {
    expect(judge("For all its flaws, this is a terrific film.")).toEqual(["overall:POSITIVE"]);
  });
});

describe("the genre's own effects are praise of a film of that genre (criticism-lexicon.json genreSenses)", () => {
  const horror: FilmFacts = { ...SALT_MARSH, title: "The Low House", genres: ["Horror"] };
  it("reads a horrific scene in a horror film as no fault", () => {
    // Not "... will stay with you": since 2.118.0 that is praise of its own ("unforgettable").
    expect(analyze("The truly horrific opening scene sets the tone.", horror).sentiment!).toBeGreaterThan(0);
    expect(analyze("The truly horrific opening scene sets the tone.", SALT_MARSH).sentiment!).toBeLessThan(0);
  });
});

describe("a horror film's scares, where only the review says it is horror", () => {
  const UNGENRED = { title: "The Cellar Door", year: 2019, directors: ["Ines Marlow"], cast: [{ person: "Dora Quill", character: "Maud" }] };
  it("reads the scares it delivers as praise, and their absence as a fault", () => {
    expect(analyze("The jump scares land, and the popcorn scares keep coming.", UNGENRED).sentiment!).toBeGreaterThan(0.2);
    expect(analyze("It is a haunted house tale, and it never manages a single scare.", UNGENRED).sentiment!).toBeLessThan(-0.2);
  });
});

describe("critics' understatement", () => {
  it("reads 'you could do worse than' as a recommendation, not a fault", () => {
    expect(verdict("As a lesson for your children, you could do worse than show them Salt Marsh.")).toBe("POSITIVE");
  });
  it("reads 'stands very tall', 'head and shoulders above' as praise", () => {
    expect(verdict("In the pantheon of flood dramas, this one stands very tall.")).toBe("POSITIVE");
    expect(verdict("It stands head and shoulders above the rest.")).toBe("POSITIVE");
  });
});

describe("a horror film's effect on its audience", () => {
  const HORROR = { title: "The Cellar Door", year: 2019, genres: ["Horror"], directors: ["Ines Marlow"], cast: [{ person: "Dora Quill", character: "Maud" }] };
  it("praises it: the skin that crawls, the chills down the spine, the hideous secrets the story keeps", () => {
    expect(analyze("As the script reveals its hideous secrets, Ines Marlow really makes our skin crawl.", HORROR).sentiment).toBeGreaterThan(0.2);
    expect(analyze("The story is so grim that it sends chills down our spine.", HORROR).sentiment).toBeGreaterThan(0.2);
    expect(analyze("It gets under our skin and stays there.", HORROR).sentiment).toBeGreaterThan(0.2);
  });
});
