import { analyze, SALT_ROAD } from "./film";

const themesOf = (text: string) => analyze(text, SALT_ROAD).themes.map((t) => t.themeId);

// Found on the development set (dev47, 2.125.0, docs/analysis.md); the sentences here are invented.
describe("a word for the kind of story the film is names no theme", () => {
  it.each([
    ["What Calloway has done is turn it into something closer to a parable, a comedy about a man who must fail before he becomes decent."],
    ["What follows is a fairy tale about whether fame and love can share a bed."],
    ["There is a reading of the film as a fable about grief."],
  ])("%s", (text) => {
    expect(themesOf(text)).not.toContain("storytelling");
  });

  it("framed as the subject, it is one", () => {
    expect(themesOf("It is a film about fairy tales and the children who believe them.")).toContain("storytelling");
  });
});

describe("an age before a relation introduces a character", () => {
  it("said once, 'his ten-year-old daughter' is no theme of childhood", () => {
    expect(themesOf("To go, Amos must leave behind his ten-year-old daughter, who never forgives him.")).not.toContain("childhood");
  });

  it("a child who is the story's subject is", () => {
    expect(themesOf("A ten-year-old girl sulks in the back seat of her parents' car.")).toContain("childhood");
  });
});

describe("'battered' is abuse only of a person", () => {
  it.each([["The only lead is a battered RV parked down the street."], ["An old man reads aloud from a battered notebook."]])("%s", (text) => {
    expect(themesOf(text)).not.toContain("abuse");
  });

  it("a battered wife", () => {
    expect(themesOf("Hanne is a battered wife who finally leaves.")).toContain("abuse");
  });
});
