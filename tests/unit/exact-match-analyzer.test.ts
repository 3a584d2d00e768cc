import type { FilmContext } from "../../src/ingest/analysis-types";
import { analyzeByExactMatch } from "../support/exact-match-analyzer";

// The write path's test double must itself be right: targets from the context, offsets into the text.
const film: FilmContext = {
  filmId: "a-film-2020",
  title: "A Film",
  year: 2020,
  people: [{ id: "ann-actor", name: "Ann Actor" }],
  roles: [{ id: "a-film-2020/the-hero", name: "The Hero", personId: "ann-actor" }],
  themes: [{ id: "grief", name: "grief", synonyms: [], patterns: [], broader: [] }],
  aspects: ["pacing"],
};

it("finds full names, theme and aspect names, unknown names and recommendations, with offsets into the text", () => {
  const text = "  Ann Actor plays The Hero.\nIt is about Grief!  The pacing drags; ask Bob Stranger. I recommend it.";
  const result = analyzeByExactMatch(text, film);
  for (const found of [...result.mentions, ...result.themes, ...result.aspects, ...result.unresolved, ...result.recommendations]) {
    expect(text.slice(found.start, found.end)).toBe(found.evidence);
  }
  expect(result.mentions.map((m) => [m.targetType, m.targetId])).toEqual([
    ["Person", "ann-actor"],
    ["Role", "a-film-2020/the-hero"],
  ]);
  expect(result.themes.map((t) => t.themeId)).toEqual(["grief"]);
  expect(result.aspects.map((a) => a.evidence)).toEqual(["The pacing drags; ask Bob Stranger."]);
  expect(result.unresolved.map((u) => u.surface)).toEqual(["Bob Stranger"]);
  expect(result.recommendations.map((r) => r.evidence)).toEqual(["I recommend it."]);
});
