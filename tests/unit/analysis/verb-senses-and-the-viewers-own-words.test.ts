import { analyze, judged, SALT_ROAD } from "./film";

const themesOf = (text: string) => analyze(text, SALT_ROAD).themes.map((t) => t.themeId);

// Found on private sets of real critics' reviews (realAB, realAC, 2.123.0, docs/analysis.md).
// The sentences here are invented.
describe("a participle that praises as an adjective tells an event as a verb with an object", () => {
  it.each([
    ["Hanne's sister has committed suicide, and the village is joined in mourning by Amos (Dario Venn)."],
    ["He has committed murder."],
    ["Her father forced her to marry the ferryman."],
  ])("%s judges nothing", (text) => {
    expect(judged(analyze(text, SALT_ROAD))).toEqual([]);
  });

  it.each([
    ["Dario Venn gives a committed performance.", "performance:POSITIVE"],
    ["Dario Venn is totally committed.", "performance:POSITIVE"],
    ["The ending feels forced.", "NEGATIVE"],
  ])("%s still judges", (text, expected) => {
    expect(judged(analyze(text, SALT_ROAD)).join(" ")).toContain(expected);
  });

  it("the story's event is a theme again", () => {
    expect(themesOf("Hanne's sister has committed suicide, and the village is joined in its investigation by Amos (Dario Venn).")).toEqual(
      expect.arrayContaining(["suicide", "investigation"]),
    );
  });
});

describe("a theme verb said of the film is a figure for what the film does", () => {
  it.each([["The film marries the road movie with a ghost story."], ["“The Salt Road” marries the road movie with a ghost story."]])("%s", (text) => {
    expect(themesOf(text)).not.toContain("marriage");
  });

  it.each([["Hanne marries the ferryman in the last act."], ["The film forgives him."]])("%s is the story", (text) => {
    expect(themesOf(text).length).toBeGreaterThan(0);
  });
});

describe("the critic's or the viewer's own feeling is no theme of the story", () => {
  it.each([
    ["My very real hope is that the sequel is livelier.", "hope"],
    ["You can feel a real camaraderie with the crew.", "friendship"],
    ["The viewer will feel an emotional connection with the crew.", "human-connection"],
    ["I enjoy the faces of disappointed children.", "childhood"],
  ])("%s", (text, theme) => {
    expect(themesOf(text)).not.toContain(theme);
  });

  it.each([
    ["You feel his grief in every frame.", "grief"],
    ["I loved this film about grief.", "grief"],
    ["You watch a man lose his hearing.", "deafness"],
  ])("%s is still the story's", (text, theme) => {
    expect(themesOf(text)).toContain(theme);
  });
});

describe("a theme word in an idiom of quantity, rivalry or degree", () => {
  it.each([
    ["Amos meets an army of trolls on the road.", "war"],
    ["The smugglers' turf wars are tedious.", "war"],
    ["Then it gets even worse.", "revenge"],
  ])("%s", (text, theme) => {
    expect(themesOf(text)).not.toContain(theme);
  });

  it("a war is still a war", () => {
    expect(themesOf("Amos returns from the war a broken man.")).toContain("war");
  });
});

describe("the words of a theme before an occupation say who a character is", () => {
  it("said once, 'a high school teacher' is no theme of education", () => {
    expect(themesOf("Dario Venn plays Amos, a smartass high school teacher out for a good time.")).not.toContain("education");
  });

  it("framed, it is", () => {
    expect(themesOf("It is a film about a high school teacher.")).toContain("education");
  });
});
