// The review's text verdict (issue 10: favourable reviews stored POSITIVE, unfavourable NEGATIVE),
// in invented wording: a review that tells a grim story and praises the film, and one that tells a
// happy story, grants the film a pretty surface and pans it.
import { analyze } from "./film";
import { verdictOf } from "../../../src/graphql/verdict";

const LANTERN = {
  title: "The Lantern Keeper",
  year: 2021,
  directors: ["Ines Marlow"],
  cast: [
    { person: "Dora Quill", character: "Maud" },
    { person: "Felix Amory", character: "Owen" },
  ],
};

const FAVOURABLE = [
  "The Lantern Keeper follows a widow who tends a lighthouse on a cold northern island.",
  "A storm wrecks a fishing boat and two sailors drown.",
  "Maud blames herself for the accident, and the grief nearly destroys her.",
  "Her son returns after his father's death, and old grievances and bitter fights and cruel quarrels surface between them.",
  "Dora Quill is good as Maud.",
  "The middle section drags a little.",
  "Still, it is a rewarding film.",
].join(" ");

const UNFAVOURABLE = [
  "The Lantern Keeper follows a widow who tends a lighthouse on a cold northern island.",
  "Her son returns after years away, and they laugh and dance together in a happy, hopeful summer of love and friendship.",
  "The sea looks lovely, and the music is pretty.",
  "The script is clumsy.",
  "It is a dull film.",
].join(" ");

describe("the text verdict of a review without a rating", () => {
  it("reads a favourable review that tells a grim story as POSITIVE", () => {
    const { sentiment } = analyze(FAVOURABLE, LANTERN);
    expect(verdictOf(sentiment!)).toBe("POSITIVE");
  });

  it("reads a pan that tells a happy story and grants a pretty surface as NEGATIVE", () => {
    const { sentiment } = analyze(UNFAVOURABLE, LANTERN);
    expect(verdictOf(sentiment!)).toBe("NEGATIVE");
  });

  it("keeps the sentiment in [-1, 1]", () => {
    const { sentiment } = analyze("A masterpiece. Sublime, dazzling, gorgeous, a triumph. The best film of the year.", LANTERN);
    expect(sentiment).toBeGreaterThan(0.9);
    expect(sentiment).toBeLessThanOrEqual(1);
  });
});
