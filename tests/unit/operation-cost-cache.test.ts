import { buildASTSchema, parse } from "graphql";
import { cachedOperationCost, costVariables, operationCost } from "../../src/graphql/limits/cost";
import { readTypeDefs } from "../../src/graphql/type-defs";

// The remembered cost estimates (src/graphql/limits/cost.ts): keyed by the document, the operation
// and the values of the variables the estimate reads, never by anything less.

const schema = buildASTSchema(parse(readTypeDefs().join("\n")));
const LIST_SIZE = 20;

const films = parse(`
  query Page($n: Int, $m: Int, $deep: Boolean!, $flat: Boolean!, $title: String) {
    films(first: $n) { edges { node { title
      reviews(first: $m) @include(if: $deep) { edges { node { text } } }
      cast @skip(if: $flat) { name } } } }
    film(title: $title) { title }
  }
  query Other($k: Int) { search(query: "x", first: $k) { score } }`);

it("names the variables given to first and to @include/@skip, and no others", () => {
  expect(costVariables(films).sort()).toEqual(["deep", "flat", "k", "m", "n"]);
});

it("answers what an uncached estimate answers, for every combination of those values", () => {
  const costOf = cachedOperationCost(LIST_SIZE);
  const cases = [
    { n: 5, m: 5, deep: true, flat: true, title: "A" },
    { n: 100, m: 100, deep: true, flat: false, title: "B" },
    { n: 100, m: 100, deep: false, flat: false, title: "C" },
    { n: 100, m: 5, deep: true, flat: true, title: "D" },
    { n: 5, m: 5, deep: true, flat: true, title: "E" },
  ];
  for (let round = 0; round < 2; round++) {
    for (const variables of cases) {
      expect(costOf(schema, films, "Page", variables)).toBe(operationCost(schema, films, "Page", variables, LIST_SIZE));
    }
  }
  // Distinct values give distinct estimates here, so a confused cache would show.
  const estimates = new Set(cases.slice(0, 4).map((v) => costOf(schema, films, "Page", v)));
  expect(estimates.size).toBe(4);
  expect(costOf(schema, films, "Other", { k: 3 })).toBe(operationCost(schema, films, "Other", { k: 3 }, LIST_SIZE));
  expect(costOf(schema, films, "Other", { k: 3 })).not.toBe(costOf(schema, films, "Other", { k: 100 }));
});

it("does not remember that variables did not fit: the same values, once valid, are estimated", () => {
  const costOf = cachedOperationCost(LIST_SIZE);
  // $deep is non-null: missing, the variables do not fit and there is no estimate.
  expect(costOf(schema, films, "Page", { n: 100, m: 100, flat: false })).toBeUndefined();
  const valid = { n: 100, m: 100, deep: true, flat: false };
  expect(operationCost(schema, films, "Page", valid, LIST_SIZE)).toBeGreaterThan(30_000);
  expect(costOf(schema, films, "Page", valid)).toBe(operationCost(schema, films, "Page", valid, LIST_SIZE));
});

it("keeps a bounded number of estimates per document", () => {
  const costOf = cachedOperationCost(LIST_SIZE, 4);
  for (let k = 0; k <= 100; k++) expect(costOf(schema, films, "Other", { k })).toBe(operationCost(schema, films, "Other", { k }, LIST_SIZE));
});
