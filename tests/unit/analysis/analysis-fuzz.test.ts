import fc from "fast-check";
import { defaultAnalyzer } from "../../../src/ingest/default-analyzer";
import { filmContextFromCatalog } from "../../../src/ingest/film-context-from-catalog";

// Issue 8: property-based fuzzing of the review analysis. Whatever the text (critics' words,
// names of the cast, emoji, combining marks, right-to-left script, stray punctuation), the
// analysis never throws, and every link it finds points inside the text at its own evidence.

const film = filmContextFromCatalog(
  {
    title: "Ember Road",
    year: 2023,
    directors: ["Dana Whitlock"],
    writers: ["Dana Whitlock", "Priya Raman"],
    cast: [
      { person: "Mara Okafor", character: "Nell Varga" },
      { person: "Søren Åkerlund", character: "Elias Brand" },
      { person: "سَلْمَى الحَدَّاد", character: "Layla" },
    ],
  },
  [],
  ["performance", "direction", "pacing", "sound design", "overall"],
);

const pieces = [
  "Mara Okafor", "Okafor's", "Nell", "Whitlock’s", "Soren Akerlund", "Elias Brand", "سَلْمَى",
  "the film", "performance", "direction", "pacing", "drags", "but", "not", "never been better",
  "brilliant", "a little slow", "grief", "family", "🌞", "👨‍👩‍👧", "e\u0301", "\u200f", ".", "!", "?",
  ",", "—", "\n", "\"", "’", " ", "  ", "(", ")", "3.5/4", "★★★½",
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(" ")),
  fc.string({ unit: "grapheme", maxLength: 200 }),
);

it("never throws, and every link's offsets fall inside the text at its evidence", () => {
  fc.assert(
    fc.property(text, (review) => {
      const analysis = defaultAnalyzer.analyze(review, film);
      const links = [...analysis.mentions, ...analysis.themes, ...analysis.aspects];
      for (const link of links) {
        expect(link.start).toBeGreaterThanOrEqual(0);
        expect(link.end).toBeLessThanOrEqual(review.length);
        expect(link.start).toBeLessThanOrEqual(link.end);
        expect(link.evidence.length).toBeGreaterThan(0);
        expect(review).toContain(link.evidence);
      }
      if (analysis.sentiment !== null) expect(Math.abs(analysis.sentiment)).toBeLessThanOrEqual(1);
    }),
    { numRuns: 150 },
  );
});

// The constructions critics judge with (modals, negators, comparisons, frames), shuffled: every
// rule that walks the tokens of such a construction must come to an end on any arrangement.
const constructionPieces = [
  "could", "should", "would", "ought to", "could not", "couldn't", "never", "really", "quite", "have been", "be",
  "supposed to be", "tries so hard to", "as", "not as", "less than", "nowhere near", "none of", "if not", "or anything",
  "the trouble is that", "runs a few minutes", "long", "where it", "instead", "could use", "better", "great", "terrible",
  "the score", "Mara Okafor", "and", "but", ",", ";", ".",
];
const constructions = fc.array(fc.constantFrom(...constructionPieces), { maxLength: 40 }).map((parts) => parts.join(" "));

it("comes to an end on any arrangement of the judging constructions", () => {
  fc.assert(
    fc.property(constructions, (review) => {
      const analysis = defaultAnalyzer.analyze(review, film);
      if (analysis.sentiment !== null) expect(Math.abs(analysis.sentiment)).toBeLessThanOrEqual(1);
    }),
    { numRuns: 400 },
  );
});
