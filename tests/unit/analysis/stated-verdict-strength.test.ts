// Found on a private development set of real critics' reviews (realST, 2.103.0, docs/analysis.md);
// the review here is invented.
import { analyze, SALT_ROAD } from "./film";
import { verdictOf } from "../../../src/graphql/verdict";

// A favourable review whose praise is said mostly as advice and liking, in mild words, beside a
// grim story and one fault.
const ADVISED = [
  "A fishing town is terrorized by a series of grisly drownings, and a grieving widow becomes the killer's obsession.",
  "She may have blamed the wrong man, and he soon stalks her through the fog, leaving bodies behind.",
  "This is the kind of movie one should see with a large group of rowdy friends.",
  "Don't miss it.",
  "The only drawback is that the plot has holes.",
].join(" ");

describe("a verdict the critic states outright weighs as strongly as their words get", () => {
  it("a favourable review said through advice reads POSITIVE", () => {
    expect(verdictOf(analyze(ADVISED, SALT_ROAD).sentiment!)).toBe("POSITIVE");
  });

  it("a review that only tells the grim story and faults it does not", () => {
    const grim = ADVISED.split(". ").filter((s) => !/see with|miss it/u.test(s)).join(". ");
    expect(verdictOf(analyze(grim, SALT_ROAD).sentiment!)).not.toBe("POSITIVE");
  });
});
