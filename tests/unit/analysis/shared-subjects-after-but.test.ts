import { analyze, judged, SALT_ROAD } from "./film";
import { predications } from "../../../src/ingest/analysis/predications";
import { tokenize } from "../../../src/ingest/analysis/tokens";

const judgedIn = (text: string) => judged(analyze(text, SALT_ROAD));

// Found on a private set of real critics' reviews (realAC, 2.128.0, docs/analysis.md): "Bullock
// waves her Blackberry ..., but somehow lacks the necessary cut-throat conviction". The sentences
// here are invented.
describe("a clause after 'but' with no subject of its own shares the one before", () => {
  it("is a predication of the same subject", () => {
    const { tokens } = tokenize("Lotte Brey is fine, but lacks subtlety.");
    const found = predications(tokens);
    expect(found).toHaveLength(2);
    expect(found[1]).toMatchObject({ subjectFirst: found[0]!.subjectFirst, subjectLast: found[0]!.subjectLast });
    expect(tokens[found[1]!.verb]!.normal).toBe("lacks");
  });

  it.each([
    ["Lotte Brey is fine, but lacks subtlety.", "performance:NEGATIVE"],
    ["The film starts well, but soon falls apart.", "overall:NEGATIVE"],
  ])("%s", (text, expected) => {
    expect(judgedIn(text)).toEqual([expected]);
  });

  it("a gerund after 'but' opens no clause of the subject's", () => {
    const { tokens } = tokenize("Lotte Brey is fine, but being honest, the film is dull.");
    expect(predications(tokens).every((p) => tokens[p.verb]!.normal !== "being")).toBe(true);
  });
});
