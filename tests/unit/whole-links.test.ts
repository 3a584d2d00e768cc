import { wholeLinks } from "../../src/graphql/whole-links";

it("keeps whole links in order and drops a link whose required properties were read as null", () => {
  const links = [
    { aspect: "pacing", polarity: "NEGATIVE", evidence: "It drags.", start: 0 },
    { aspect: "score", polarity: null, evidence: null, start: null },
    { aspect: "performance", polarity: "POSITIVE", evidence: "She is superb.", start: null },
  ];
  expect(wholeLinks(links, ["aspect", "polarity", "evidence"]).map((l) => l.aspect)).toEqual(["pacing", "performance"]);
  expect(wholeLinks(links, [])).toHaveLength(3);
});
