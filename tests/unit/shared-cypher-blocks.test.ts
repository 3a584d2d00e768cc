import fs from "node:fs";
import path from "node:path";
import { CYPHER_DIR } from "../../src/db/cypher-registry";

// A root statement fetches, in the same round trip, what a loader's statement fetches for the
// level below it (film-by-title.cypher: the reviews page, the consensus, the similar films, its
// cast members' roles; person-by-name.cypher: the roles; theme-by-name.cypher: the films). The
// field resolvers read what either fetched, so the two must fetch it alike: each shared part is a block marked
// `// <name>` ... `// </name>` that must be the same text (indentation aside) in both files.

const read = (file: string) => fs.readFileSync(path.join(CYPHER_DIR, "read", file), "utf8");

/** The lines between `// <name>` and `// </name>`, each trimmed. */
function block(file: string, name: string): string[] {
  const lines = read(file).split("\n").map((line) => line.trim());
  const start = lines.indexOf(`// <${name}>`);
  const end = lines.indexOf(`// </${name}>`);
  if (start < 0 || end < start) throw new Error(`${file} has no block <${name}>`);
  return lines.slice(start + 1, end);
}

it.each([
  ["review-page", "film-by-title.cypher", "reviews-by-film.cypher"],
  ["consensus", "film-by-title.cypher", "consensus-by-film.cypher"],
  ["similar-films", "film-by-title.cypher", "similar-films.cypher"],
  ["person-roles", "person-by-name.cypher", "roles-by-person.cypher"],
  ["person-roles", "film-by-title.cypher", "roles-by-person.cypher"],
  ["theme-films", "theme-by-name.cypher", "films-by-theme.cypher"],
])("the %s block of %s is the one of %s", (name, root, loader) => {
  const shared = block(loader, name);
  expect(shared.length).toBeGreaterThan(2);
  expect(block(root, name)).toEqual(shared);
});

it("the page of a film's reviews is an ordered seek of the (filmId, createdAt, id) index with a limit", () => {
  const page = block("reviews-by-film.cypher", "review-page").join("\n");
  expect(page).toContain("USING INDEX r:Review(filmId, createdAt, id)");
  // Ordered as the index is (the film fixed), so the seek stops at the limit instead of sorting every review.
  expect(page.match(/WITH r ORDER BY r\.filmId DESC, r\.createdAt DESC, r\.id DESC LIMIT \$reviewLimit/g)).toHaveLength(1);
});

it("a theme's films, alone or as similar films' candidates, are an ordered seek of the EXPLORES(themeId, weight) index with a limit", () => {
  const films = block("films-by-theme.cypher", "theme-films").join("\n");
  expect(films).toContain("USING INDEX e:EXPLORES(themeId, weight)");
  expect(films).toMatch(/ORDER BY e\.themeId DESC, e\.weight DESC, f\.title LIMIT \$filmLimit/);
  const similar = block("similar-films.cypher", "similar-films").join("\n");
  expect(similar).toContain("USING INDEX theirs:EXPLORES(themeId, weight)");
  expect(similar).toMatch(/ORDER BY theirs\.themeId DESC, theirs\.weight DESC LIMIT \$similarCandidates\.filmsPerTheme/);
});
