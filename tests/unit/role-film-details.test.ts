import { buildSchema, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from "graphql";
import { newestFilmFirst } from "../../src/graphql/newest-film-first";
import type { RoleWithFilm } from "../../src/graphql/prime";
import { roleFilmDetails } from "../../src/graphql/role-film-fields";

const schema = buildSchema(/* GraphQL */ `
  interface Node { id: ID! }
  type Film implements Node { id: ID! title: String! year: Int runtimeMinutes: Int imdbId: String cast: [Role!]! }
  type Role implements Node { id: ID! name: String! film: Film! person: Person }
  type Person implements Node { id: ID! name: String! roles: [Role!]! }
  union Hit = Film | Role
  type Query { person(name: String!): Person film(title: String!): Film search: [Hit!]! node(id: ID!): Node }
`);

/** What roleFilmDetails reads of a resolver's info, for a whole query document. */
function info(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { operation, fragments, schema };
}

it.each([
  ["title and year only", `{ person(name: "a") { roles { film { id title year } } } }`, false],
  ["a property below the film's own fields", `{ person(name: "a") { roles { film { title cast { film { title } } } } } }`, false],
  ["a property of the film itself (not of a role's film)", `{ film(title: "a") { runtimeMinutes cast { film { title } } } }`, false],
  ["a property asked directly", `{ person(name: "a") { roles { film { title runtimeMinutes } } } }`, true],
  ["through an alias", `{ person(name: "a") { r: roles { f: film { i: imdbId } } } }`, true],
  ["through a fragment spread", `{ person(name: "a") { roles { film { ...F } } } } fragment F on Film { imdbId }`, true],
  ["through an inline fragment of a union", `{ search { ... on Role { film { runtimeMinutes } } } }`, true],
  ["through an interface fragment", `{ node(id: "x") { ... on Role { film { ... on Film { year imdbId } } } } }`, true],
  ["in a second place", `{ film(title: "a") { cast { person { roles { film { title } } } } } person(name: "b") { roles { film { imdbId } } } }`, true],
])("roleFilmDetails: %s", (_name, query, expected) => {
  expect(roleFilmDetails(info(query))).toBe(expected);
});

const role = (id: string, title: string, year: number | null): RoleWithFilm => ({ id, name: id, film: { id: `f-${id}`, title, year } });

it("newestFilmFirst orders as ORDER BY year DESC, title did (films without a year first)", () => {
  const roles = [role("a", "B", 2001), role("b", "A", 2001), role("c", "Z", null), role("d", "C", 2010), role("e", "A", 1990)];
  expect(newestFilmFirst(roles).map((r) => r.id)).toEqual(["c", "d", "b", "a", "e"]);
});

it("roleFilmDetails walks an operation once, whether the answer is true or false (a nested query asks it for every Person.roles)", () => {
  for (const query of [`{ person(name: "a") { roles { film { title } } } }`, `{ person(name: "a") { roles { film { imdbId } } } }`]) {
    const base = info(query);
    let walks = 0;
    const operation = new Proxy(base.operation, {
      get(target, key, receiver) {
        if (key === "selectionSet") walks += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    const first = roleFilmDetails({ ...base, operation });
    for (let i = 0; i < 5; i++) expect(roleFilmDetails({ ...base, operation })).toBe(first);
    expect(walks).toBe(1);
  }
});
