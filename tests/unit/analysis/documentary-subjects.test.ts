import type { FilmFacts } from "../../../src/graph/catalog-writes";
import { analyze, judged } from "./film";

// An invented documentary: its subjects are credited as themselves, beside one narrator who acts.
const CLIMB: FilmFacts = {
  title: "The North Pillar",
  year: 2022,
  genres: ["Documentary"],
  directors: ["Ruth Okafor"],
  cast: [
    { person: "Anselm Vidal", character: "Himself" },
    { person: "Greta Lindqvist", character: "Herself" },
    { person: "Tomas Reyes", character: "Narrator" },
  ],
};
const judge = (text: string) => judged(analyze(text, CLIMB));

describe("a documentary's subject, credited as themselves, is depicted, not performing (documentary-subjects.ts)", () => {
  it("reads praise of a subject as the film's depiction", () => {
    expect(judge("Vidal emerges as a tremendously charismatic central figure.")).toEqual(["depiction:POSITIVE"]);
    expect(judge("Greta Lindqvist is a fascinating, maddening presence.")).not.toContain("performance:POSITIVE");
  });

  it("follows a 'he' that stands for the subject named in the sentence before", () => {
    const found = judged(analyze("Vidal climbs without ropes. He is wonderfully funny about the risk.", CLIMB));
    expect(found).toContain("depiction:POSITIVE");
    expect(found).not.toContain("performance:POSITIVE");
  });

  it("gives a review of a documentary no unstated lead performance", () => {
    const review = [
      "The North Pillar follows Anselm Vidal up a mountain nobody has climbed.",
      "We spend a glorious, happy summer with Vidal and his friends in the Alps.",
      "Ruth Okafor films him with great patience and the result is a superb, gripping documentary.",
      "The final ascent is thrilling.",
    ].join(" ");
    expect(judged(analyze(review, CLIMB))).not.toContain("performance:POSITIVE");
  });

  it("still reads a credited performer of the film as performing", () => {
    expect(judge("Tomas Reyes is superb.")).toEqual(["supporting performance:POSITIVE"]);
  });
});
