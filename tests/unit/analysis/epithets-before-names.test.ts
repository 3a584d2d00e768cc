import { analyze, linked, SALT_ROAD } from "./film";

// Found on a private development set of ten real critics' reviews (realR, 2.94.0, docs/analysis.md).
describe("'legend' and 'comic' before a name are a person's epithet, not a work's kind (M2)", () => {
  it.each([
    ["Dario Venn stars in the biopic of fishing legend Amos.", "Role:the-salt-road-2024/amos"],
    ["Remy cooks in the tradition of gourmet legend Hanne.", "Role:the-salt-road-2024/hanne"],
    ["It follows the stand-up comic Hanne on tour.", "Role:the-salt-road-2024/hanne"],
  ])("%s", (text, target) => {
    expect(linked(analyze(text, SALT_ROAD))).toContain(target);
  });

  it("a novel's title after its kind is still the other work's", () => {
    expect(linked(analyze("It is based on the novel Hanne, which I never finished.", SALT_ROAD))).not.toContain("Role:the-salt-road-2024/hanne");
  });
});
