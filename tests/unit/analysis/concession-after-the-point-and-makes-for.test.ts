import { analyze, judged, SALT_ROAD } from "./film";

// Kinds left open by earlier releases (docs/analysis.md, 2.148.0: open items). The sentences are invented.
describe("a clause a concession follows is what the critic means", () => {
  it.each([
    ["The film is gripping, even though it would have benefited from some editing.", "overall:POSITIVE"],
    ["The film is gripping, although it drags in places.", "overall:POSITIVE"],
  ])("%s", (text, expected) => {
    const result = analyze(text, SALT_ROAD);
    expect(judged(result)).toContain(expected);
    expect(result.sentiment).toBeGreaterThan(0);
  });

  it("a concession before the point is still the lesser part", () => {
    expect(analyze("Although it drags in places, the film is gripping.", SALT_ROAD).sentiment).toBeGreaterThan(0);
  });

  it("a fault conceded after a fault stays a fault", () => {
    expect(analyze("The film is dull, even though the score is lovely.", SALT_ROAD).sentiment).toBeLessThan(0);
  });
});

describe("tension kept high is praise", () => {
  it.each([
    ["Calloway ratchets up the tension.", "direction:POSITIVE"],
    ["Calloway keeps the suspense high.", "direction:POSITIVE"],
    ["The impressive thing is that Calloway keeps the tension high, even though the film would have benefited from some editing.", "direction:POSITIVE"],
  ])("%s", (text, expected) => {
    expect(judged(analyze(text, SALT_ROAD))).toContain(expected);
  });

  it("tension in the story judges nothing", () => {
    expect(judged(analyze("Tensions run high in the village.", SALT_ROAD))).toEqual([]);
  });
});

describe("what 'it' makes for is the film", () => {
  it.each([
    ["The plot is dull, but it makes for a good movie.", ["screenplay:NEGATIVE", "overall:POSITIVE"]],
    ["The score is dull, but it makes a gripping thriller.", ["music:NEGATIVE", "overall:POSITIVE"]],
  ])("%s", (text, expected) => {
    const result = analyze(text, SALT_ROAD);
    expect(judged(result)).toEqual(expected);
    expect(result.sentiment).toBeGreaterThan(0);
  });

  it("what 'it' makes for that is no film is no verdict", () => {
    expect(judged(analyze("The plot is dull, but it makes for some good scenes.", SALT_ROAD))).not.toContain("overall:POSITIVE");
  });
});

// Found on a private set of real critics' reviews (realAI, realAJ, 2.149.0, docs/analysis.md). The sentences are invented.
describe("a pronoun that is not the film", () => {
  it("a cleft sentence's 'it' is no verdict", () => {
    expect(judged(analyze("It's during these early stages that we get to know the men a little better.", SALT_ROAD))).toEqual([]);
  });

  it("the pronoun after 'whenever' is in the story", () => {
    expect(judged(analyze("Hanne is a borderline emotionless woman, whose face seems pained whenever it's forced into a smile.", SALT_ROAD))).toEqual([]);
  });

  it.each([
    ["It's here that the film soars.", "overall:POSITIVE"],
    ["Whenever it's funny, it is very funny.", "overall:POSITIVE"],
  ])("the film is still judged: %s", (text, expected) => {
    expect(judged(analyze(text, SALT_ROAD))).toContain(expected);
  });
});

describe("what marks a person of the story is no judgement", () => {
  it("a participle with its agent after a person", () => {
    const result = analyze("It helps that she got two career-best performances from Venn and Brey, both men flawed by pride in different ways.", SALT_ROAD);
    expect(judged(result)).toEqual(["performance:POSITIVE"]);
  });

  it("'tired' after 'he' and a copula is his state", () => {
    expect(analyze("He's tired of killing people.", SALT_ROAD).sentiment).toBe(0);
  });

  it("'deadly' of a person is the story", () => {
    expect(analyze("He is a deadly assassin.", SALT_ROAD).sentiment).toBe(0);
  });

  it.each([
    ["The jokes are tired.", "humour:NEGATIVE"],
    ["The film is deadly dull.", "overall:NEGATIVE"],
    ["Calloway's film is flawed by its pacing.", "overall:NEGATIVE"],
  ])("the work is still judged: %s", (text, expected) => {
    expect(judged(analyze(text, SALT_ROAD))).toContain(expected);
  });
});

describe("titles of a person's other work in brackets judge nothing", () => {
  it("(Collapse, The Great Beyond)", () => {
    expect(analyze("Directed by Ines Calloway (Collapse, Harbour Lights: The Lost Summer), the film recounts the festival.", SALT_ROAD).sentiment).toBe(0);
  });

  it("words in brackets that are not titles still judge", () => {
    expect(judged(analyze("Venn (terrible as ever) sleepwalks through it.", SALT_ROAD))).toEqual(["performance:NEGATIVE"]);
  });
});

describe("praise in what the film forgets to do is lost", () => {
  it.each(["Calloway forgot to focus on a moving narrative.", "The film neglects to give its moving premise any room."])("%s", (text) => {
    expect(analyze(text, SALT_ROAD).sentiment).toBeLessThan(0);
  });

  it("'never fails to' is still praise", () => {
    expect(judged(analyze("It never fails to find the beauty in small things.", SALT_ROAD))).toEqual(["overall:POSITIVE"]);
  });
});

describe("'top notch' without a hyphen", () => {
  it("praises", () => {
    expect(judged(analyze("The cast is top notch.", SALT_ROAD))).toEqual(["performance:POSITIVE", "supporting performance:POSITIVE"]);
  });
});
