import { analyze, judged, SALT_ROAD } from "./film";

// Words that name a craft, and words that only look like one. Invented wording, invented film.
const judge = (text: string) => judged(analyze(text, SALT_ROAD)).sort();

describe("the production design named as critics name it", () => {
  it("reads the settings, the design, the production values as the production design", () => {
    expect(judge("The settings are gorgeous.")).toEqual(["production design:POSITIVE"]);
    expect(judge("The design of the film is extremely detailed.")).toContain("production design:POSITIVE");
    expect(judge("The production values are shoddy.")).toEqual(["production design:NEGATIVE"]);
  });

  it("does not read the head of another craft's compound, or 'by design', as the production design", () => {
    expect(judge("The sound design is superb.")).toEqual(["sound design:POSITIVE"]);
    expect(judge("The screenplay is thin by design.")).toEqual(["screenplay:NEGATIVE"]);
  });
});

describe("the cast as a whole", () => {
  it("reads 'the entire cast' and 'the actors' as the lead and supporting players together", () => {
    expect(judge("The entire cast is excellent.")).toEqual(["performance:POSITIVE", "supporting performance:POSITIVE"]);
    expect(judge("Into this, the actors add raw emotion that is startlingly visceral.")).toEqual(["performance:POSITIVE", "supporting performance:POSITIVE"]);
  });

  it("does not read 'cast' as a verb of the story as the cast", () => {
    expect(judge("The family is cast out of the settlement.")).toEqual([]);
  });
});

describe("an acting word used as a verb of the story", () => {
  it("does not read 'moving into a farm' as a moving performance", () => {
    expect(judge("Amos and Hanne (Dario Venn and Lotte Brey) take their children out into the countryside, moving into a farm on the edge of a deep wood.")).toEqual([]);
    expect(judge("Lotte Brey is deeply moving in the role.")).toEqual(["performance:POSITIVE"]);
  });
});

describe("how someone outside the cast shoots the film", () => {
  it("reads a named maker shooting a place or a thing as the cinematography", () => {
    expect(judge("Joshua Richards shoots the harbour at dusk, all violet skies and long shadows.")).toEqual(["cinematography:POSITIVE"]);
  });

  it("does not read a character's shot, or a shot at a person, as the camera's", () => {
    expect(judge("Amos shoots the smuggler in the back.")).toEqual([]);
    expect(judge("Joshua Richards shoots him in the back.")).toEqual([]);
  });
});
