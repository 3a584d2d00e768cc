import { analyze } from "./film";

const DRAMA = { title: "A Quiet Year", year: 2030, cast: [{ person: "Ada Brook", character: "Mara" }] };
const themes = (text: string) => analyze(text, DRAMA).themes.map((t) => t.themeId);
const recommends = (text: string) => analyze(text, DRAMA).recommendations.map((r) => r.evidence);

describe("themes from the taxonomy", () => {
  it("finds a theme through a phrase pattern, on lemmas", () => {
    expect(themes("Mara is a drummer who loses her hearing.")).toContain("deafness");
    expect(themes("Years ago she lost her hearing.")).toContain("deafness");
    expect(themes("She went deaf at thirty.")).toContain("deafness");
  });

  it("reads a longer phrase as its own theme, not the word inside it", () => {
    const found = themes("It is about hearing loss.");
    expect(found).toContain("deafness");
    expect(found).not.toContain("loss");
  });

  it("takes a single word as a theme only where the sentence makes it a subject", () => {
    expect(themes("We saw it after a band rehearsal downtown.")).toEqual([]);
    expect(themes("It is a film about music and grief.")).toEqual(expect.arrayContaining(["music", "grief"]));
    expect(themes("The film explores addiction.")).toEqual(["addiction"]);
  });

  it("reads a theme noun before a noun for a kind of story as what the story is about", () => {
    expect(themes("It is less a war drama than a survival film.")).toContain("survival");
    expect(themes("The friendship story that is meant to give the film its heart gets lost.")).toContain("friendship");
    expect(themes("We saw it after a band rehearsal downtown.")).toEqual([]);
  });

  it("reads 'ideas about', 'talk about', 'wise about' as framing what follows as a subject", () => {
    expect(themes("Its ideas about gender are more interesting than its treatment of them.")).toContain("gender");
    expect(themes("Mara is wise about grief in a way the script never is.")).toContain("grief");
  });

  it("invents no theme outside the taxonomy", () => {
    const known = new Set(analyze("", DRAMA).themes.map((t) => t.themeId));
    expect(known.size).toBe(0);
    expect(themes("It is a story about umbrellas and staplers.")).toEqual([]);
  });

  it("quotes the sentence of each theme with its offsets", () => {
    const text = "Quick note.\nIt is a story about identity and grief.";
    const result = analyze(text, DRAMA);
    expect(result.themes.length).toBe(2);
    for (const theme of result.themes) expect(text.slice(theme.start, theme.end)).toBe(theme.evidence);
    expect(result.themes[0]!.evidence).toBe("It is a story about identity and grief.");
  });
});

describe("recommendations", () => {
  it("finds the sentence that recommends the film to someone", () => {
    const text = "The score is fine. You would enjoy this if you like character-driven dramas.";
    expect(recommends(text)).toEqual(["You would enjoy this if you like character-driven dramas."]);
    expect(recommends("Fans of slow cinema will find a lot here.")).toHaveLength(1);
    expect(recommends("I would recommend it without hesitation.")).toHaveLength(1);
  });

  it("does not take a plain judgement or a refusal for a recommendation", () => {
    expect(recommends("The score is lovely.")).toEqual([]);
    expect(recommends("I would not recommend it.")).toEqual([]);
  });
});
