import type { FilmFacts } from "../../../src/graph/catalog-writes";
import { analyze, judged } from "./film";

// Found on a third private set of real critics' reviews (realV, 2.110.0, docs/analysis.md): another
// work's title whose words are joined by lowercase words ("Hell or High Water") judged the film.
// The sentences here are invented.
const FROST: FilmFacts = {
  title: "Frost Line",
  year: 2023,
  directors: ["Mara Quill"],
  writers: ["Mara Quill"],
  cast: [
    { person: "Jonah Reyes", character: "Cody" },
    { person: "Ada Finch", character: "Lena" },
  ],
};

describe("a title of another work joined by lowercase words is a name, not a judgement", () => {
  it.each([
    "Having written Hell and High Water and Sicario, Mara Quill now directs her own script.",
    "Mara Quill, who edited Dazed and Confused, directs.",
    "The script, like Lost in Translation, turns on a chance meeting.",
    "Its showdown borrows from Cruel and Unusual and from Sicario.",
  ])("%s", (text) => {
    expect(judged(analyze(text, FROST)).filter((j) => j.endsWith(":NEGATIVE"))).toEqual([]);
  });

  it("a judgement beside such a title still counts", () => {
    expect(judged(analyze("Having written Hell and High Water, Mara Quill gives us a dreary, clumsy script.", FROST))).toContain("screenplay:NEGATIVE");
  });
});
