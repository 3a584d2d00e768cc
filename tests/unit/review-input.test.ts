import { InvalidInputError } from "../../src/ingest/input-errors";
import { MAX_REVIEW_CHARS } from "../../src/ingest/limits";
import { filmKeyOf, validateReview } from "../../src/ingest/review-input";

const valid = { filmId: "some-film-2020", text: "A fine film." };

function messageOf(input: Record<string, unknown>): string {
  try {
    validateReview({ ...valid, ...input } as never);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as Error).message;
  }
  throw new Error("expected validateReview to refuse the input");
}

describe("validateReview", () => {
  it("keeps the text exactly as written and trims or drops the optional fields", () => {
    const text = "  Two spaces first.\n\nThen a paragraph. ";
    expect(validateReview({ ...valid, text, author: "  A. Critic ", source: "   ", publishedAt: null })).toEqual({
      filmId: valid.filmId,
      text,
      author: "A. Critic",
      source: null,
      publishedAt: null,
      url: null,
      rating: null,
      score: null,
    });
  });

  it.each([
    ["3.5/4", 88],
    ["4/5", 80],
    ["8/10", 80],
    ["B+", 83],
    ["★★★½", 70],
    ["4 stars", 80],
    ["85/100", 85],
    ["★★☆☆", 50],
    ["3 out of 5", 60],
    ["*** 1/2", 70],
    ["♦♦♦♦½", 90],
    ["⭐️⭐️⭐️½ (out of 4)", 88],
    ["☆ ☆ ☆ 1/2", 70],
    ["★ ★ ★ ☆ ☆", 60],
    ["Three stars", 60],
    ["three and a half out of five", 70],
    // Forms seen on critics' pages: a bracketed or glyph scale, a unit other than stars, a half in words, a label.
    ["1.5 stars (out of 4)", 38],
    ["3 1/2 stars (out of 4 stars)", 88],
    ["* ½ (out of ****)", 38],
    ["* (out of five)", 20],
    ["2 (out of 5) Globes", 40],
    ["0 out of 5 Kernels", 0],
    ["half a star out of five", 10],
    ["Four-and-a-half stars", 90],
    ["Two-and-a-half out of five stars", 50],
    ["Grade: B-", 67],
    ["Overall: A", 100],
    ["* * * Stars", 60],
  ])("reads the rating %s as the score %d (0–100)", (rating, score) => {
    expect(validateReview({ ...valid, rating })).toMatchObject({ rating, score });
  });

  it.each(["great", "11/10", "5/4", "Z", "-1/5", "1/2 ☆", "4", "Rated 4.0", "Stars 1", "great out of 5"])("refuses the unreadable rating %s, saying how to write one", (rating) => {
    expect(() => validateReview({ ...valid, rating })).toThrow(/^input\.rating: /);
  });

  it.each([
    ["an empty text", { text: "" }, /^input\.text: must not be empty or only whitespace$/],
    ["a text of whitespace", { text: " \n\t " }, /^input\.text: must not be empty or only whitespace$/],
    ["a text over the limit", { text: "x".repeat(MAX_REVIEW_CHARS + 1) }, /^input\.text: is 20,001 characters long; the limit is 20,000$/],
    ["an author name too long", { author: "a".repeat(201) }, /^input\.author: must be at most 200 characters$/],
    ["a date in words", { publishedAt: "yesterday" }, /^input\.publishedAt: must be an ISO 8601 date \(2020-12-04\) or date-time .*got "yesterday"$/],
    ["a day that does not exist", { publishedAt: "2021-02-29" }, /input\.publishedAt: must be an ISO 8601 date/],
    ["a US-style date", { publishedAt: "12/04/2020" }, /input\.publishedAt: must be an ISO 8601 date/],
    ["an ftp address", { url: "ftp://example.com/review" }, /^input\.url: must be an http:\/\/ or https:\/\/ address, got "ftp:\/\/example.com\/review"$/],
    ["a javascript: address", { url: "javascript:alert(1)" }, /^input\.url: must be an http/],
    ["words for an address", { url: "my blog" }, /^input\.url: must be an http/],
  ])("refuses %s, saying what to fix", (_what, input, message) => {
    expect(messageOf(input)).toMatch(message);
  });

  it("names every problem at once", () => {
    expect(messageOf({ text: "", url: "nope" })).toMatch(/input\.text: .*; input\.url: /);
  });

  it.each(["2020-12-04", "2020-12-04T09:30:00Z", "2020-12-04T09:30:00+01:00", "2020-12-04T09:30:00.123Z"])(
    "accepts the ISO 8601 date %p",
    (publishedAt) => {
      expect(validateReview({ ...valid, publishedAt }).publishedAt).toBe(publishedAt);
    },
  );

  it.each(["https://example.com/reviews/1?x=y", "http://localhost:8080/r"])("accepts the address %p", (url) => {
    expect(validateReview({ ...valid, url }).url).toBe(url);
  });

  it("accepts a text of exactly the limit", () => {
    expect(validateReview({ ...valid, text: "y".repeat(MAX_REVIEW_CHARS) }).text).toHaveLength(MAX_REVIEW_CHARS);
  });
});

describe("filmKeyOf", () => {
  it("takes the key out of a film's global id", () => {
    expect(filmKeyOf("Film:sound-of-metal-2019")).toBe("sound-of-metal-2019");
  });

  it.each(["sound-of-metal-2019", "Person:riz-ahmed", "Film:", ""])("refuses %p with BAD input naming the field", (id) => {
    expect(() => filmKeyOf(id)).toThrow(InvalidInputError);
    expect(() => filmKeyOf(id)).toThrow(/^input\.filmId: must be a film's id such as "Film:sound-of-metal-2019"/);
  });
});
