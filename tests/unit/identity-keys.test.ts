import fc from "fast-check";
import { creditRoleIds, filmId, foldText, personId, reviewId, slug } from "../../src/graph/ids";

// Canonical words: what a key is made of after folding. Two letters at least, so no word is an
// initial (runs of single letters join, "J. R. R." = "JRR"); Latin, digits, Arabic, Hebrew; and
// symbols (emoji, "+"), which are words of their own.
const LATIN = "abcdefghijklmnopqrstuvwxyz0123456789";
const ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
const HEBREW = "אבגדהוזחטיכלמנסעפצקרשת";
const SYMBOLS = ["🌞", "🎬", "+", "$", "♥"];

const wordOf = (alphabet: string) =>
  fc.array(fc.constantFrom(...alphabet), { minLength: 2, maxLength: 7 }).map((chars) => chars.join(""));
const canonicalWord = fc.oneof(
  { weight: 6, arbitrary: wordOf(LATIN) },
  { weight: 2, arbitrary: wordOf(ARABIC) },
  { weight: 2, arbitrary: wordOf(HEBREW) },
  { weight: 1, arbitrary: fc.constantFrom(...SYMBOLS) },
);
const canonicalName = fc.array(canonicalWord, { minLength: 1, maxLength: 4 });

// How people write the same letters differently.
const ACCENTED: Record<string, string[]> = {
  a: ["á", "à", "ä", "â", "å", "A", "Á"],
  e: ["é", "è", "ê", "ë", "E", "É"],
  i: ["í", "ï", "I", "Í"],
  o: ["ó", "ö", "ø", "ô", "O", "Ø"],
  u: ["ú", "ü", "U", "Ü"],
  c: ["ç", "C", "Ç"],
  l: ["ł", "L", "Ł"],
  n: ["ñ", "N", "Ñ"],
  s: ["S", "ś", "š"],
  z: ["Z", "ž", "ż"],
};
const ARABIC_MARKS = ["\u064E", "\u064F", "\u0650", "\u0651", "\u0652", "\u064B"]; // harakat, shadda, sukun
const HEBREW_MARKS = ["\u05B0", "\u05B4", "\u05B7", "\u05B8", "\u05BC", "\u05C1"]; // niqqud, dagesh, shin dot
const SEPARATORS = [" ", "  ", "-", "\u2013", "\u2014", " - ", ", ", "_", ". ", "\u00A0"];
const APOSTROPHES = ["'", "\u2019", "\u02BC", "`"];
const FORMS = ["NFC", "NFD", "NFKC", "NFKD"] as const;

/** One way of writing a canonical word: accents and case on Latin letters, marks on Arabic and Hebrew, apostrophes. */
function spelled(word: string, choices: number[]): string {
  let out = "";
  [...word].forEach((ch, i) => {
    const pick = choices[i % choices.length]!;
    const variants = ACCENTED[ch];
    if (variants && pick % 3 === 0) out += variants[pick % variants.length]!;
    else if (ARABIC.includes(ch) && pick % 2 === 0) out += ch + ARABIC_MARKS[pick % ARABIC_MARKS.length]!;
    else if (HEBREW.includes(ch) && pick % 2 === 0) out += ch + HEBREW_MARKS[pick % HEBREW_MARKS.length]!;
    else out += ch;
    if (i === 0 && word.length > 2 && /[a-z]/.test(ch) && pick % 5 === 0) out += APOSTROPHES[pick % APOSTROPHES.length]!;
  });
  return out;
}

const spelling = (words: string[]) =>
  fc
    .record({
      choices: fc.array(fc.nat(60), { minLength: 1, maxLength: 12 }),
      separators: fc.array(fc.constantFrom(...SEPARATORS), { minLength: 4, maxLength: 4 }),
      form: fc.constantFrom(...FORMS),
      edges: fc.constantFrom("", " ", "...", "!", " \u200F"),
    })
    .map(({ choices, separators, form, edges }) =>
      (edges + words.map((w, i) => (i === 0 ? "" : separators[i % separators.length]!) + spelled(w, choices.slice(i))).join("") + edges).normalize(form),
    );

describe("keys of equivalent spellings meet (property)", () => {
  it("case, accents, marks, normalization forms, apostrophes, hyphen/dash/space all fold to one key", () => {
    fc.assert(
      fc.property(
        canonicalName.chain((words) => fc.tuple(fc.constant(words), spelling(words), spelling(words))),
        ([words, a, b]) => {
          expect(slug(a)).toBe(words.join("-"));
          expect(slug(a)).toBe(slug(b));
          expect(personId(a)).toBe(personId(b));
          expect(filmId(a, 2001)).toBe(filmId(b, 2001));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("keys of different inputs never collide (property)", () => {
  const distinctNames = fc
    .tuple(canonicalName, canonicalName)
    .filter(([a, b]) => a.join(" ") !== b.join(" "));

  it("different names get different keys, however they are spelled", () => {
    fc.assert(
      fc.property(
        distinctNames.chain(([a, b]) => fc.tuple(spelling(a), spelling(b))),
        ([a, b]) => {
          expect(slug(a)).not.toBe(slug(b));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("different (title, year) pairs get different film keys, a year in the title included", () => {
    const year = fc.option(fc.integer({ min: 1870, max: 2100 }), { nil: null });
    fc.assert(
      fc.property(fc.tuple(canonicalName, year), fc.tuple(canonicalName, year), ([t1, y1], [t2, y2]) => {
        fc.pre(t1.join(" ") !== t2.join(" ") || y1 !== y2);
        expect(filmId(t1.join(" "), y1)).not.toBe(filmId(t2.join(" "), y2));
      }),
      { numRuns: 600 },
    );
    // Undated titles ending in a year against the same words dated with it.
    fc.assert(
      fc.property(canonicalName, fc.integer({ min: 1870, max: 2100 }), (words, y) => {
        expect(filmId(`${words.join(" ")} ${y}`, null)).not.toBe(filmId(words.join(" "), y));
      }),
    );
  });

  it("every distinct credit of a cast gets its own role key", () => {
    const credit = fc.record({ person: canonicalName.map((w) => w.join(" ")), character: canonicalName.map((w) => w.join(" ")) });
    fc.assert(
      fc.property(fc.uniqueArray(credit, { minLength: 1, maxLength: 8, selector: (c) => `${slug(c.person)}|${slug(c.character)}` }), (cast) => {
        const ids = creditRoleIds("film-2020", cast).map((r) => (r.firstOfCharacter ? r.roleId : r.personRoleId));
        expect(new Set(ids).size).toBe(cast.length);
      }),
    );
  });
});

describe("the reproductions of issue 9", () => {
  it("keeps 'Lunar Gate 2049' (undated) and 'Lunar Gate' (2049) apart", () => {
    expect(filmId("Lunar Gate 2049", null)).not.toBe(filmId("Lunar Gate", 2049));
    expect(filmId("Lunar Gate", 2049)).toBe("lunar-gate-2049");
  });

  it("keeps an emoji: 'Summer 🌞' is not 'Summer'", () => {
    expect(filmId("Summer 🌞", 2021)).not.toBe(filmId("Summer", 2021));
    expect(filmId("Summer 🌞", 2021)).toBe(filmId("Summer\u{1F31E}\uFE0F", 2021));
  });

  it.each([
    ["Søren Åkerlund", "Soren Akerlund"],
    ["Łucja Wałęsowa", "Lucja Walesowa"],
    ["Die Straße", "Die Strasse"],
    ["سَلْمَى الحَدَّاد", "سلمى الحداد"],
    ["שָׁלוֹם כֹּהֵן", "שלום כהן"],
    ["Amélie des Prés", "amelie des pres"],
    ["Ame\u0301lie", "Am\u00e9lie"],
    ["Seán O’Brien", "Sean O'Brien"],
    ["Ana García-Márquez", "Ana García–Márquez"],
    ["Ana García-Márquez", "Ana Garcia Marquez"],
    ["J.R.R. Tolkien", "J. R. R. Tolkien"],
    ["J.R.R. Tolkien", "JRR Tolkien"],
    ["ﬁlm Ｎｏｉｒ", "Film Noir"],
  ])("%s meets %s", (a, b) => {
    expect(personId(a)).toBe(personId(b));
  });

  it("does not split Arabic or Hebrew names at their marks", () => {
    expect(personId("سَلْمَى الحَدَّاد")).toBe("سلمى-الحداد");
    expect(personId("שָׁלוֹם כֹּהֵן")).toBe("שלום-כהן");
  });

  it("gives two people credited as 'Herself' two roles, the first the plain key", () => {
    const roles = creditRoleIds("a-life-in-chalk-2019", [
      { person: "Hanne Lund", character: "Herself" },
      { person: "Oskar Lund", character: "Herself" },
    ]);
    expect(roles.map((r) => (r.firstOfCharacter ? r.roleId : r.personRoleId))).toEqual([
      "a-life-in-chalk-2019/herself",
      "a-life-in-chalk-2019/herself/oskar-lund",
    ]);
  });

  it("keeps the plain role key of a character credited to one person", () => {
    expect(creditRoleIds("ember-road-2023", [{ person: "Tobias Lindqvist", character: "Elias Brand" }])[0]).toEqual({
      roleId: "ember-road-2023/elias-brand",
      personRoleId: "ember-road-2023/elias-brand/tobias-lindqvist",
      firstOfCharacter: true,
    });
  });

  it("gives a review in NFC and in NFD one id", () => {
    expect(reviewId("amelie-2001", "Ame\u0301lie charms.")).toBe(reviewId("amelie-2001", "Am\u00e9lie charms."));
  });

  it("folds text the way Lucene's ASCII folding does, after dropping marks", () => {
    expect(foldText("Æsir Øre Łódź ß İ")).toBe("aesir ore lodz ss i");
  });
});
