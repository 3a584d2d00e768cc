import { analyze, judged, SALT_ROAD } from "./film";

const read = (text: string) => analyze(text, SALT_ROAD);

// Found on a private development set of ten real critics' reviews (realR, 2.95.0, docs/analysis.md).
describe("a documentary that chills and shows its subject in a new light (A1)", () => {
  it("'a chilling exploration ... in a completely new light' praises a documentary", () => {
    const result = read("A chilling exploration of the life of an orca in captivity, this documentary forces us to look at zoos in a completely new light.");
    expect(result.sentiment).toBeGreaterThan(0.2);
    expect(judged(result)).not.toContain("cinematography:POSITIVE");
  });

  it("looking at something in the story is not the images", () => {
    expect(judged(read("It is a joy to look at the harbour through Hanne's eyes."))).not.toContain("cinematography:POSITIVE");
    expect(judged(read("The film is lovely to look at, if thin."))).toContain("cinematography:POSITIVE");
  });
});
