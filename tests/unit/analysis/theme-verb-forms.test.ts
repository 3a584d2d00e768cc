import { analyze, SALT_ROAD } from "./film";

const themesOf = (text: string) => analyze(text, SALT_ROAD).themes.map((t) => t.themeId);

// Found on private sets of real critics' reviews (realV, realX, realY, 2.116.0, docs/analysis.md):
// a theme told by a verb of the story in a form the taxonomy did not list ("he betrays her",
// "investigating the murder") was missed. The sentences here are invented.
describe("a verb of the story in any of its forms names its theme", () => {
  it.each([
    ["Amos romances Hanne for years until he betrays her for a crown.", "betrayal"],
    ["Hanne is a ranger tasked with investigating the murder of a teenage girl.", "investigation"],
    ["Hanne gets caught up in a missing persons case as her life unravels.", "investigation"],
    ["Amos avenges his brother in the last reel.", "revenge"],
    ["Amos atones for the fire that killed his crew.", "redemption"],
  ])("%s", (text, theme) => {
    expect(themesOf(text)).toContain(theme);
  });
});
