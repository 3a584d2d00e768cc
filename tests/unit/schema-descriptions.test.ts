import { buildASTSchema, buildSchema, concatAST, parse } from "graphql";
import { readTypeDefs } from "../../src/graphql/type-defs";
import { undocumented } from "../../src/graphql/schema-docs/undocumented";

// The explorer shows the SDL's descriptions: every type, field, argument and enum value has one.

describe("schema descriptions", () => {
  it("documents every type, field, argument and enum value of schema/*.graphql", () => {
    const schema = buildASTSchema(concatAST(readTypeDefs().map((sdl) => parse(sdl))));
    expect(undocumented(schema)).toEqual([]);
  });

  it("names what lacks a description", () => {
    const schema = buildSchema(`
      "documented" type Query { "documented" a(x: Int, "documented" y: Int): E, b: Int }
      enum E { "documented" ONE TWO }
      "documented" input I { "documented" p: Int, q: Int }
      extend type Query { "documented" c(i: I): Int }
    `);
    expect(undocumented(schema).sort()).toEqual(["E", "E.TWO", "I.q", "Query.a(x:)", "Query.b", "Query.c(i:)"].sort());
  });
});
