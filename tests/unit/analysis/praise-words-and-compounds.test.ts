import { analyze, judged, SALT_ROAD } from "./film";
import { splitSentences } from "../../../src/ingest/analysis/sentences";

const aspects = (text: string) => judged(analyze(text, SALT_ROAD));

describe("critics' praise words the general lexicons lack (A2)", () => {
  it.each([
    ["Lotte Brey is incandescent in the final reel.", "performance:POSITIVE"],
    ["Dario Venn is aces as Amos.", "performance:POSITIVE"],
    ["Dario Venn gives a scene-stealing performance.", "performance:POSITIVE"],
    ["Lotte Brey is the real find here.", "performance:POSITIVE"],
    ["Dario Venn is good, and Lotte Brey is every bit his equal.", "performance:POSITIVE"],
    ["The whole thing is a hoot.", "overall:POSITIVE"],
    ["Ines Calloway shows a real mastery of tension.", "direction:POSITIVE"],
  ])("%s", (text, expected) => {
    expect(aspects(text)).toContain(expected);
  });

  it("reads 'never less than' as emphasis, as 'no less than' (A7)", () => {
    expect(aspects("Lotte Brey is never less than riveting.")).toEqual(["performance:POSITIVE"]);
    expect(aspects("The film is never less than gripping.")).toEqual(["overall:POSITIVE"]);
  });
});

describe("a compound adjective in -ed ('good-natured') stays in its noun phrase", () => {
  it("tags the -ed word of a hyphenated compound as an adjective, not a verb", () => {
    const [sentence] = splitSentences("This good-natured and funny film is fine.");
    expect(sentence!.tokens.find((t) => t.normal === "natured")?.pos).toBe("ADJ");
  });

  it("so the film its adjectives describe is judged", () => {
    expect(aspects("This good-natured and genuinely funny film will come as a welcome relief.")).toContain("overall:POSITIVE");
  });

  it("leaves a prefixed verb a verb", () => {
    const [sentence] = splitSentences("The film was re-edited for its release.");
    expect(sentence!.tokens.find((t) => t.normal === "edited")?.pos).not.toBe("ADJ");
  });
});
