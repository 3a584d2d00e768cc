import fs from "node:fs";
import path from "node:path";
import type { FilmFacts } from "../../../src/graph/catalog-writes";
import { analyze, judged, linked } from "./film";

// ../shared/cases/review-analysis-cases.json: small reviews a careful reader judges one way and the
// analysis judged another, one or more per kind of failure. The committed copy in tests/fixtures
// keeps them running where ../shared is absent (CI); a test keeps the copy equal to the shared file.
const COPY = path.resolve(__dirname, "../../fixtures/analysis-cases/review-analysis-cases.json");
const SHARED = path.resolve(__dirname, "../../../../shared/cases/review-analysis-cases.json");

interface Expectation {
  mentions?: string[];
  noMentions?: string[];
  themes?: string[];
  noThemes?: string[];
  aspects?: string[];
  noAspects?: string[];
}
interface Case {
  id: string;
  kind: string;
  film: string;
  text: string;
  expect: Expectation;
  why: string;
}
interface CaseFile {
  films: Record<string, FilmFacts>;
  cases: Case[];
}

const read = (file: string): CaseFile => JSON.parse(fs.readFileSync(file, "utf8"));
const source = fs.existsSync(SHARED) ? SHARED : COPY;
const { films, cases } = read(source);

/** "a|b": either is right. */
const anyOf = (expected: string, found: string[]) => expected.split("|").some((e) => found.includes(e));

const whenShared = fs.existsSync(SHARED) ? it : it.skip;
whenShared("the committed copy is the shared case file", () => {
  expect(fs.readFileSync(COPY, "utf8")).toBe(fs.readFileSync(SHARED, "utf8"));
});

describe.each(cases.map((c) => [`${c.id} (${c.kind})`, c] as const))("%s", (_name, c) => {
  const film = films[c.film];
  if (!film) throw new Error(`${c.id}: no film "${c.film}" in ${source}`);
  const result = analyze(c.text, film);
  const mentions = linked(result);
  const themes = result.themes.map((t) => t.themeId);
  const aspects = judged(result);
  const { expect: e } = c;

  it(`reads it as a careful reader does: ${c.why}`, () => {
    const missing = (expected: string[] | undefined, found: string[]) => (expected ?? []).filter((x) => !anyOf(x, found));
    const unwanted = (forbidden: string[] | undefined, found: string[]) => (forbidden ?? []).filter((x) => found.includes(x));
    expect({
      missingMentions: missing(e.mentions, mentions),
      unwantedMentions: unwanted(e.noMentions, mentions),
      missingThemes: missing(e.themes, themes),
      unwantedThemes: unwanted(e.noThemes, themes),
      missingAspects: missing(e.aspects, aspects),
      unwantedAspects: unwanted(e.noAspects, aspects),
    }).toEqual({ missingMentions: [], unwantedMentions: [], missingThemes: [], unwantedThemes: [], missingAspects: [], unwantedAspects: [] });
  });
});
