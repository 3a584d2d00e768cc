import { analyze, SALT_ROAD } from "./film";

const sentimentOf = (text: string) => analyze(text, SALT_ROAD).sentiment;

// Found on a private set of real critics' reviews (realAC, 2.122.0, docs/analysis.md): a
// documentary's account of a death ("a terrible crime") pulled a favourable review negative. The
// sentences here are invented.
describe("how grave an event of the story is judges nothing", () => {
  it.each([
    ["In 2010 a trainer died in a terrible, senseless accident.", "In 2010 a trainer died in an accident."],
    ["Amos survives a horrific, brutal attack.", "Amos survives an attack."],
  ])("%s", (graver, plain) => {
    expect(sentimentOf(graver)).toBe(sentimentOf(plain));
  });

  it("a critic's word before the event still judges", () => {
    expect(analyze("The murder scenes are gratuitous and dull.", SALT_ROAD).aspects.map((a) => a.polarity)).toContain("NEGATIVE");
  });

  it("a part of the film named by the event is judged", () => {
    expect(sentimentOf("The death scene is terrible.")).toBeLessThan(0);
  });
});
