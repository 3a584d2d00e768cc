// What the critic expected before seeing the film judges nothing (expectations.ts). Invented wording.
import { analyze, judged } from "./film";

describe("the critic's expectations", () => {
  it("judge nothing: doubts and fears before the film", () => {
    expect(judged(analyze("I was skeptical of the direction, the writing and the cast, which often signals a goofy vanity project."))).toEqual([]);
    expect(judged(analyze("Going in, we had honestly feared that the drumming would be clumsy and the score dreary."))).toEqual([]);
  });

  it("leave the answer after the contrast to judge", () => {
    expect(judged(analyze("I expected to hate the film, but it is wonderful."))).toEqual(["overall:POSITIVE"]);
  });

  it("are the critic's own, in the past: what the film or a character expects is read as usual", () => {
    expect(judged(analyze("The direction is sloppy, as I feared."))).toEqual(["direction:NEGATIVE"]);
    expect(analyze("Andrew expected a brutal teacher, and the film gives him one: the direction is superb.").aspects.map((a) => `${a.aspect}:${a.polarity}`)).toContain("direction:POSITIVE");
  });
});

describe("the critic's liking of the film (criticsLiking)", () => {
  it("is a verdict: 'I liked this film', 'I didn't enjoy it'", () => {
    expect(judged(analyze("I liked this film."))).toEqual(["overall:POSITIVE"]);
    expect(judged(analyze("I was surprised that I liked it so much."))).toEqual(["overall:POSITIVE"]);
    expect(judged(analyze("I didn't enjoy it."))).toEqual(["overall:NEGATIVE"]);
  });

  it("not of a character, nor a character's liking", () => {
    expect(judged(analyze("I liked Fletcher the best."))).not.toContain("overall:POSITIVE");
    expect(judged(analyze("Andrew liked it."))).toEqual([]);
  });
});

describe("the reader's reaction foretold (criticsReaction)", () => {
  it("is a verdict: 'you will be disappointed', 'you'll love it', after an opening phrase too", () => {
    expect(judged(analyze("You will be disappointed."))).toEqual(["overall:NEGATIVE"]);
    expect(judged(analyze("You'll love it."))).toEqual(["overall:POSITIVE"]);
    expect(judged(analyze("But if you are expecting a musical, you will be disappointed."))).toEqual(["overall:NEGATIVE"]);
  });

  it("not what the reader will merely see", () => {
    expect(judged(analyze("You will see the band through Andrew's eyes."))).toEqual([]);
  });
});
