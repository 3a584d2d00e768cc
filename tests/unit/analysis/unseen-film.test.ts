import { analyze, judged, linked } from "./film";

// A film and a review none of the fixtures or rules were written against.
const PAST_LIVES = {
  title: "Past Lives",
  year: 2023,
  directors: ["Celine Song"],
  writers: ["Celine Song"],
  cast: [
    { person: "Greta Lee", character: "Nora Moon" },
    { person: "Teo Yoo", character: "Hae Sung" },
    { person: "John Magaro", character: "Arthur" },
  ],
};

const REVIEW = `Past Lives is a story about first love and the lives we do not live. Nora, a playwright who emigrated from Seoul as a child, meets her childhood friend Hae Sung again twenty years later, in New York, while her husband Arthur waits at home.
Greta Lee gives a wonderful performance, all restraint and sudden laughter. Magaro is quietly superb as Arthur, the husband who knows he cannot compete with a memory.
The cinematography is luminous: Shabier Kirchner frames the city in long, patient shots. The score is delicate and never intrusive.
The middle section drags a little, and a few scenes in Seoul feel slightly stretched.
Still, Celine Song's direction is assured, and the final walk down the street is devastating in the best way.
If you like quiet romantic dramas, you will love this.`;

describe("a review of a film the analysis never saw", () => {
  const result = analyze(REVIEW, PAST_LIVES);

  it("links the people and characters it names, and not the cinematographer, who is not credited", () => {
    expect(new Set(linked(result))).toEqual(
      new Set([
        "Role:past-lives-2023/nora-moon",
        "Role:past-lives-2023/hae-sung",
        "Role:past-lives-2023/arthur",
        "Person:greta-lee",
        "Person:john-magaro",
        "Person:celine-song",
      ]),
    );
    // compromise does not know "Shabier" as a first name, so the name is not even kept as unresolved.
    expect(result.mentions.map((m) => REVIEW.slice(m.start, m.end))).not.toContain("Shabier Kirchner");
    expect(result.unresolved.filter((u) => u.reason === "ambiguous")).toEqual([]);
  });

  it("finds its themes in the taxonomy", () => {
    expect(result.themes.map((t) => t.themeId)).toEqual(expect.arrayContaining(["love"]));
    for (const theme of result.themes) expect(REVIEW.slice(theme.start, theme.end)).toBe(theme.evidence);
  });

  it("reads each aspect's polarity", () => {
    // No sentence calls the film good in so many words; the favourable review's verdict is its text's (unstatedJudgement).
    expect(new Set(judged(result))).toEqual(
      new Set(["performance:POSITIVE", "supporting performance:POSITIVE", "cinematography:POSITIVE", "music:POSITIVE", "pacing:NEGATIVE", "direction:POSITIVE", "overall:POSITIVE"]),
    );
    expect(result.recommendations.map((r) => r.evidence)).toEqual(["If you like quiet romantic dramas, you will love this."]);
    expect(result.sentiment).toBeGreaterThan(0.2);
  });
});
