import { analyze, judged, SALT_ROAD } from "./film";

// Found on a private set of real critics' reviews (realV, 2.111.0, docs/analysis.md): "That said,"
// was read as a clause ("That" its subject, "said" its verb) that swallowed the verdict after it.
// The sentences here are invented.
describe("a discourse marker of 'said' opens no clause of its own", () => {
  it.each([
    ["That said, it still sparkles with genius.", "overall:POSITIVE"],
    ["That said, it never loses its grip.", "overall:POSITIVE"],
    ["That said, it works.", "overall:POSITIVE"],
    ["That being said, it is a triumph.", "overall:POSITIVE"],
    ["All that said, Dario Venn is magnetic.", "performance:POSITIVE"],
  ])("%s", (text, expected) => {
    expect(judged(analyze(text, SALT_ROAD))).toContain(expected);
  });

  it("a clause whose verb is 'said' is still a clause", () => {
    expect(judged(analyze("Ines Calloway said the shoot was hard, and it shows: the film is a mess.", SALT_ROAD))).toContain("overall:NEGATIVE");
  });
});
