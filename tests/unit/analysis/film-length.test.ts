// A fault with the film's length or pace, found by a word said of the film or of a stretch of it
// (film-length.ts): the pacing judged, not the film as a whole. Invented wording.
import { analyze, judged } from "./film";
import { tokenize } from "../../../src/ingest/analysis/tokens";

const pacingOf = (text: string) => judged(analyze(text)).filter((j) => j.startsWith("pacing:") || j.startsWith("overall:"));

describe("a word of length or pace said of the film (lengthFaults)", () => {
  it("reads a slow or long film as its pacing, not as the verdict", () => {
    expect(pacingOf("The film is slow.")).toEqual(["pacing:NEGATIVE"]);
    expect(pacingOf("The picture's a bit long.")).toEqual(["pacing:NEGATIVE"]);
    expect(pacingOf("It is an absurdly long, occasionally clumsy drama.")).toContain("pacing:NEGATIVE");
  });

  it("reads a stretch of the film said to be long", () => {
    expect(pacingOf("By the never-ending finale, the band has split up.")).toEqual(["pacing:NEGATIVE"]);
    expect(pacingOf("There are a few fine scenes in its excessive three hours.")).toEqual(["pacing:NEGATIVE"]);
  });

  it("keeps the other judgements of the sentence to their own words", () => {
    expect(pacingOf("It is a terrific but long film.")).toEqual(["pacing:NEGATIVE", "overall:POSITIVE"]);
  });

  it("finds no fault in a length denied or conceded, in other senses, or in the story's hours", () => {
    expect(pacingOf("The film is never slow.")).not.toContain("pacing:NEGATIVE");
    expect(pacingOf("The film is long, but it moves like a bullet.")).not.toContain("pacing:NEGATIVE");
    expect(pacingOf("It is a long-awaited film.")).not.toContain("pacing:NEGATIVE");
    expect(pacingOf("Andrew works long hours at the conservatory.")).toEqual([]);
    expect(pacingOf("Fletcher was a drummer long before he taught.")).toEqual([]);
  });
});

describe("a \"'s\" after a noun that can only be \"is\"", () => {
  it("reads \"the film's a ...\" and \"the plot's too ...\" as the verb", () => {
    const { tokens } = tokenize("The film's a mite slow and the plot's too thin, but the drummer's hands bleed.");
    const esses = tokens.filter((t) => t.text === "'s");
    expect(esses.map((t) => t.lemma)).toEqual(["be", "be", "'s"]);
  });
});

describe("'drag' with someone of the story as its object", () => {
  it("is the story, not the pace; the film dragging (its feet) is the pace", () => {
    expect(pacingOf("Andrew drags his father to the concert.")).toEqual([]);
    expect(pacingOf("Fletcher drags Andrew into the hall.")).toEqual([]);
    expect(pacingOf("The film drags its feet in the middle.")).toEqual(["pacing:NEGATIVE"]);
    expect(pacingOf("It drags in places.")).toEqual(["pacing:NEGATIVE"]);
  });

  it("judges nothing: the sentence tells the story", () => {
    const result = analyze("The film is based on a true story, as Fletcher drags his students to a new conservatory.");
    expect(judged(result)).toEqual([]);
    expect(result.sentiment).toBeGreaterThanOrEqual(0);
  });
});

describe("'drag' with the film as its object", () => {
  it("is a fault of the film, not the story", () => {
    expect(judged(analyze("Fletcher dragged the movie down."))).not.toEqual([]);
  });
});
