import {
  filmId,
  fromGlobalId,
  personId,
  reviewId,
  roleId,
  slug,
  themeId,
  toGlobalId,
  NODE_TYPES,
} from "../../src/graph/ids";

describe("slug", () => {
  it("lowercases and joins words with dashes", () => {
    expect(slug("Sound of Metal")).toBe("sound-of-metal");
    expect(slug("  SOUND   of  metal ")).toBe("sound-of-metal");
  });

  it("drops accents", () => {
    expect(slug("Zoë")).toBe("zoe");
    expect(slug("Zoë Kravitz")).toBe(slug("Zoe Kravitz"));
    expect(slug("Amélie")).toBe("amelie");
  });

  it("drops straight and typographic apostrophes without splitting the word", () => {
    expect(slug("O'Brien")).toBe("obrien");
    expect(slug("O’Brien")).toBe("obrien");
    expect(slug("Schindler's List")).toBe("schindlers-list");
  });

  it("turns other punctuation into single separators and trims them", () => {
    expect(slug("Mission: Impossible — Fallout!")).toBe("mission-impossible-fallout");
    expect(slug("...Spider-Man...")).toBe("spider-man");
  });

  it("gives punctuation-only names a non-empty key of their own", () => {
    const a = slug("?!");
    const b = slug("???");
    expect(a).not.toBe("");
    expect(b).not.toBe("");
    expect(a).not.toBe(b);
  });

  it("is stable", () => {
    expect(slug("Riz Ahmed")).toBe(slug("Riz Ahmed"));
    expect(slug(slug("Riz Ahmed"))).toBe("riz-ahmed");
  });
});

describe("node keys", () => {
  it("filmId appends the year when there is one", () => {
    expect(filmId("Sound of Metal", 2019)).toBe("sound-of-metal-2019");
    expect(filmId("Sound of Metal", null)).toBe("sound-of-metal-undated");
    expect(filmId("Sound of Metal", undefined)).toBe("sound-of-metal-undated");
  });

  it("personId, themeId and roleId use the slug", () => {
    expect(personId("Riz Ahmed")).toBe("riz-ahmed");
    expect(themeId("Deaf Culture")).toBe("deaf-culture");
    expect(roleId("sound-of-metal-2019", "Ruben Stone")).toBe("sound-of-metal-2019/ruben-stone");
  });
});

describe("reviewId", () => {
  const film = "sound-of-metal-2019";

  it("is scoped to the film and has a fixed-length hash", () => {
    expect(reviewId(film, "A fine film.")).toMatch(/^sound-of-metal-2019\/review-[0-9a-f]{16}$/);
  });

  it("ignores differences in whitespace", () => {
    expect(reviewId(film, "A fine\n\n film.  ")).toBe(reviewId(film, "  A fine film."));
  });

  it("differs for different text or a different film", () => {
    expect(reviewId(film, "A fine film.")).not.toBe(reviewId(film, "A fine film!"));
    expect(reviewId(film, "A fine film.")).not.toBe(reviewId("other-2020", "A fine film."));
  });
});

describe("global ids", () => {
  it("round-trips every node type", () => {
    for (const type of NODE_TYPES) {
      const global = toGlobalId(type, "sound-of-metal-2019/ruben-stone");
      expect(global).toBe(`${type}:sound-of-metal-2019/ruben-stone`);
      expect(fromGlobalId(global)).toEqual({ type, id: "sound-of-metal-2019/ruben-stone" });
    }
  });

  it("keeps colons inside the key", () => {
    expect(fromGlobalId("Film:a:b")).toEqual({ type: "Film", id: "a:b" });
  });

  it("is undefined for an unknown type, a missing colon or an empty key", () => {
    expect(fromGlobalId("Movie:sound-of-metal-2019")).toBeUndefined();
    expect(fromGlobalId("film:sound-of-metal-2019")).toBeUndefined();
    expect(fromGlobalId("Film")).toBeUndefined();
    expect(fromGlobalId("sound-of-metal-2019")).toBeUndefined();
    expect(fromGlobalId("Film:")).toBeUndefined();
    expect(fromGlobalId(":sound-of-metal-2019")).toBeUndefined();
    expect(fromGlobalId("")).toBeUndefined();
  });
});
