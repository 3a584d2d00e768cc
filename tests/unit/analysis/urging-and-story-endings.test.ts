import { analyze, judged, SALT_ROAD } from "./film";

// Found on private development sets of real critics' reviews (realR, realST; 2.97.0,
// docs/analysis.md); the sentences here are invented.

describe("urging the reader to see the film after a condition, by its title, or with time spent", () => {
  it.each([
    "If you want to understand the sea, spend time watching The Salt Road.",
    "If you can, see The Salt Road on the biggest screen in town.",
    "Spend an evening watching it.",
  ])("%s", (text) => {
    expect(judged(analyze(text, SALT_ROAD))).toContain("overall:POSITIVE");
  });

  it.each(["If the tide turns, watch the harbour burn.", "Watch the film fail."])("no urging: %s", (text) => {
    expect(judged(analyze(text, SALT_ROAD))).not.toContain("overall:POSITIVE");
  });
});

describe("what a character goes through is the story, not a verdict on the film", () => {
  it.each([
    "It's a tough, miserable year for Hanne.",
    "It is a bitter, lonely winter for Amos, and the sea gives nothing back.",
    "It is a fight for Amos, but he prevails in the end.",
    "Things are bad, and the boat sinks in the end.",
  ])("%s", (text) => {
    expect(judged(analyze(text, SALT_ROAD)).filter((j) => j.startsWith("overall"))).toEqual([]);
  });

  it.each([
    ["In the end, it's a mess.", "overall:NEGATIVE"],
    ["The film, in the end, is a mess.", "overall:NEGATIVE"],
    ["It is a triumph for Dario Venn.", "overall:POSITIVE"],
    ["It is a dull, miserable slog for the audience.", "overall:NEGATIVE"],
  ])("still a verdict: %s", (text, verdict) => {
    expect(judged(analyze(text, SALT_ROAD))).toContain(verdict);
  });
});
