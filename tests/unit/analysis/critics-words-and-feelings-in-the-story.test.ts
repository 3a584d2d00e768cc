import { readFileSync } from "node:fs";
import path from "node:path";
import { analyze, judged, SALT_ROAD } from "./film";

const judgedIn = (text: string) => judged(analyze(text, SALT_ROAD));

// Classes seen on a new development set of real reviews (realAD, 2.131.0, docs/analysis.md); invented sentences.
describe("critics' words the general lexicons lack", () => {
  it.each([
    ["The dialogue is execrable.", "screenplay:NEGATIVE"],
    ["The plot is repetitious.", "screenplay:NEGATIVE"],
    ["The script is refreshing.", "screenplay:POSITIVE"],
    ["What Ines Calloway has made is pretty spectacular.", "direction:POSITIVE"],
    ["The set-up is absurd.", "screenplay:NEGATIVE"],
  ])("%s", (text, expected) => {
    expect(judgedIn(text)).toEqual([expected]);
  });

  it("'basic' judges only what it is said of", () => {
    expect(judgedIn("The graphics are very basic.")).toEqual(["cinematography:NEGATIVE"]);
    expect(analyze("The basic premise is that Amos walks home.", SALT_ROAD).sentiment).toBe(0);
  });
});

describe("a verb of feeling with a person of the story as its object tells the story", () => {
  it.each([["The story involves inventors trying to impress their fathers."], ["Amos adores Hanne, and she charms him."], ["Amos tries to impress his father."]])("%s", (text) => {
    expect(judgedIn(text)).toEqual([]);
    expect(analyze(text, SALT_ROAD).sentiment).toBe(0);
  });

  it.each([
    ["The film will charm audiences.", "overall:POSITIVE"],
    ["Lotte Brey impresses as Hanne.", "performance:POSITIVE"],
  ])("%s still judges", (text, expected) => {
    expect(judgedIn(text)).toEqual([expected]);
  });
});

describe("an apposition tells who a character is", () => {
  it.each([
    ["Then Hanne, an actress, reads what she loves about him."],
    ["He finds a brilliant young composer, Hanne, and falls for her."],
    ["And then Amos meets a beautiful writer, Hanne, reads her letters and falls for her."],
  ])("%s", (text) => {
    expect(judgedIn(text)).toEqual([]);
  });
});

describe("where a film was shot is no camerawork", () => {
  it("the place", () => {
    expect(judgedIn("Not only was the film shot in Iceland, but it left viewers perplexed.")).not.toContain("cinematography:NEGATIVE");
  });

  it("a format is camerawork", () => {
    expect(judgedIn("The shots in IMAX are gorgeous.")).toEqual(["cinematography:POSITIVE"]);
  });
});

describe("qualities after 'but' with no subject of their own", () => {
  it.each([
    ["It's gripping but ultimately dull.", "overall:NEGATIVE"],
    ["The Salt Road is initially intriguing but ultimately unrewarding.", "overall:NEGATIVE"],
    ["It's slow but oddly beautiful.", "overall:POSITIVE"],
  ])("%s", (text, expected) => {
    expect(judgedIn(text)).toEqual([expected]);
  });
});

describe("a bare 'no' answers and judges nothing", () => {
  it("The quick answers to those questions: Yes, No, and No.", () => {
    expect(analyze("The quick answers to those questions: Yes, No, and No.", SALT_ROAD).sentiment).toBe(0);
  });

  it("'no' before a quality is still a lack", () => {
    expect(analyze("There is no tension.", SALT_ROAD).sentiment).toBeLessThan(0);
  });
});

describe("not knowing, and the hero of the film", () => {
  it.each([["I had no idea how deep the film goes."], ["The hero of this film is a salt miner."]])("%s judges nothing", (text) => {
    expect(judgedIn(text)).toEqual([]);
    expect(analyze(text, SALT_ROAD).sentiment).toBe(0);
  });

  it("a script with no idea what to do is still a fault", () => {
    expect(judgedIn("The script has no idea what to do with Lotte Brey.")).toEqual(["screenplay:NEGATIVE"]);
  });
});

describe("the critics' lexicon", () => {
  // JSON.parse keeps the last of two equal keys, so a word entered twice silently loses a value.
  it("has no key twice in one object", () => {
    const text = readFileSync(path.join(__dirname, "../../../src/ingest/analysis/criticism-lexicon.json"), "utf8");
    const repeated: string[] = [];
    const stack: Set<string>[] = [];
    for (const m of text.matchAll(/[{}]|"((?:[^"\\]|\\.)*)"\s*:/g)) {
      if (m[0] === "{") stack.push(new Set());
      else if (m[0] === "}") stack.pop();
      else if (stack.at(-1)!.has(m[1]!)) repeated.push(m[1]!);
      else stack.at(-1)!.add(m[1]!);
    }
    expect(repeated).toEqual([]);
  });
});
