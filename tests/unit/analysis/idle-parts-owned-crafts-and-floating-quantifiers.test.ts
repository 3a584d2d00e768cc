import { analyze, judged, SALT_ROAD } from "./film";

const judgedOf = (text: string) => judged(analyze(text, SALT_ROAD));

// Found on a private set of real critics' reviews (realZ, 2.119.0, docs/analysis.md): a part that
// leaves its actor idle went unjudged, and a craft's thing owned by a character in the story ("the
// cameraman's footage") was read as the film's craft, and a verb after "all" or "each" ("Venn and
// Brey all get strong moments") was read as a noun. The sentences here are invented.
describe("a part that gives its actor too little to do is a fault of the writing", () => {
  it.each(["There isn't much for them to do.", "There's little for Brey to do in the second half.", "There's nothing for Venn to do."])("%s", (text) => {
    expect(judgedOf(text)).toEqual(["characterization:NEGATIVE"]);
  });

  it.each(["There is little for the audience to do but wait.", "There's nothing for Amos to do but wait."])("no part, or the story's plight: %s", (text) => {
    expect(judgedOf(text)).toEqual([]);
  });
});

describe("a character's footage, script or music is the story's, not the film's craft", () => {
  it.each(["Hanne's footage is grainy and beautiful.", "Amos's script is a mess, and Hanne tells him so."])("%s", (text) => {
    expect(judgedOf(text)).toEqual([]);
  });

  it("the film's own footage is its cinematography", () => {
    expect(judgedOf("The footage is grainy and beautiful.")).toEqual(["cinematography:POSITIVE"]);
  });
});

describe("a verb after a quantifier that floats after its subject is the subject's verb", () => {
  it.each(["Venn and Brey all get strong moments.", "Venn and Brey each get a terrific scene."])("%s", (text) => {
    expect(judgedOf(text)).toEqual(["performance:POSITIVE"]);
  });

  it("a quantifier before a noun keeps the noun", () => {
    expect(analyze("Two new films each year arrive on the festival circuit.", SALT_ROAD).aspects).toEqual([]);
  });
});
