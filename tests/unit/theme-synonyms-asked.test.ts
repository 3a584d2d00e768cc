import { type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from "graphql";
import { themeSynonymsAsked } from "../../src/graphql/theme-synonyms";

/** What themeSynonymsAsked reads of a resolver's info, for a whole query document. */
function info(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { operation, fragments };
}

it.each([
  ["names only", `{ film(title: "a") { themes { name } reviews { edges { node { themes { name } } } } } }`, false],
  ["no theme at all", `{ film(title: "a") { title } }`, false],
  ["the film's themes", `{ film(title: "a") { themes { name synonyms } } }`, true],
  ["a review's themes", `{ film(title: "a") { reviews { edges { node { themes { synonyms } } } } } }`, true],
  ["through an alias", `{ film(title: "a") { themes { s: synonyms } } }`, true],
  ["through a fragment spread", `{ film(title: "a") { themes { ...T } } } fragment T on Theme { synonyms }`, true],
  ["through a nested fragment", `{ film(title: "a") { ...F } } fragment F on Film { themes { ...T } } fragment T on Theme { name synonyms }`, true],
  ["through an inline fragment", `{ search(query: "a") { ... on Theme { synonyms } } }`, true],
  ["in another root field", `{ film(title: "a") { themes { name } } theme(name: "grief") { synonyms } }`, true],
  ["with @skip (counted as asked)", `query ($s: Boolean!) { film(title: "a") { themes { synonyms @skip(if: $s) } } }`, true],
])("themeSynonymsAsked: %s", (_name, query, expected) => {
  expect(themeSynonymsAsked(info(query))).toBe(expected);
});

it("a fragment spread twice (or into itself through another) is walked once", () => {
  const query = `{ film(title: "a") { ...F themes { ...F2 } } } fragment F on Film { title } fragment F2 on Theme { name }`;
  expect(themeSynonymsAsked(info(query))).toBe(false);
});
