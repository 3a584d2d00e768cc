import { makeExecutableSchema } from "@graphql-tools/schema";
import { execute, getOperationAST, GraphQLError, parse, type DocumentNode, type ExecutionResult } from "graphql";
import { createJitExecution, type ExecutionPath } from "../../src/graphql/jit-executor";

// The executor's choice between graphql-jit and graphql-js (src/graphql/jit-executor.ts), on a
// small schema: each fallback answers what graphql-js answers, and a document is compiled once.

const schema = makeExecutableSchema({
  typeDefs: /* GraphQL */ `
    type Query {
      film(title: String!): Film
      count: Int!
      broken: Film!
      films(first: Int! = 2, order: Order! = NEWEST): [Film!]!
    }
    enum Order {
      NEWEST
      OLDEST
    }
    type Mutation {
      rename(title: String!): Film
    }
    type Film {
      title: String!
      year: Int
      crew: [String!]!
    }
  `,
  resolvers: {
    Query: {
      film: (_root: unknown, { title }: { title: string }) => (title === "none" ? null : { title, year: 2019, crew: ["a", "b"] }),
      count: () => 3,
      broken: () => {
        throw new Error("no film");
      },
      films: (_root: unknown, { first, order }: { first: number; order: string }) =>
        Array.from({ length: first }, (_, i) => ({ title: `${order} ${i}`, year: i === 1 ? "not a year" : i, crew: i === 2 ? null : [] })),
    },
    Order: { NEWEST: "newest", OLDEST: "oldest" },
    Mutation: {
      rename: (_root: unknown, { title }: { title: string }) => ({ title, year: null, crew: [] }),
    },
  },
});

function executorWithLog() {
  const paths: ExecutionPath[] = [];
  const compilations: boolean[] = [];
  const run = createJitExecution(schema, { onExecute: (path) => paths.push(path), onCompile: (compiled) => compilations.push(compiled) });
  const answer = (document: DocumentNode, variables?: Record<string, unknown>, operationName?: string) =>
    run({ document, operation: getOperationAST(document, operationName) ?? undefined, operationName, variables, contextValue: {} });
  return { paths, compilations, answer };
}

/** graphql-js's answer, as JSON (errors as their JSON form: message, locations, path, extensions). */
async function reference(document: DocumentNode, variables?: Record<string, unknown>, operationName?: string): Promise<unknown> {
  return JSON.parse(JSON.stringify(await execute({ schema, document, variableValues: variables, operationName, contextValue: {} })));
}
const asJson = (result: ExecutionResult): unknown => JSON.parse(JSON.stringify(result));

describe("the jit executor", () => {
  it("runs a query through the compiled function, compiling each document once", async () => {
    const { paths, compilations, answer } = executorWithLog();
    const document = parse(`query Film($title: String!) { film(title: $title) { title year crew } count }`);
    for (const title of ["Sound", "none", "Other"]) {
      expect(asJson(await answer(document, { title }))).toEqual(await reference(document, { title }));
    }
    expect(paths).toEqual(["jit", "jit", "jit"]);
    expect(compilations).toEqual([true]);
  });

  it("answers a resolver's error and its null bubbling as graphql-js does", async () => {
    const { paths, answer } = executorWithLog();
    const document = parse(`{ count broken { title } }`);
    const result = await answer(document);
    expect(paths).toEqual(["jit"]);
    expect(asJson(result)).toEqual(await reference(document));
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.originalError?.message).toBe("no film");
  });

  it("answers a null in a non-null field and a value its scalar cannot serialize as graphql-js does", async () => {
    const { paths, answer } = executorWithLog();
    const document = parse(`{ films(first: 3) { title year crew } count }`);
    const result = await answer(document);
    expect(paths).toEqual(["jit"]);
    expect(JSON.stringify(result)).toBe(JSON.stringify(await execute({ schema, document, contextValue: {} })));
    expect(result.errors?.map((e) => e.message)).toEqual([
      "Int cannot represent non-integer value: \"not a year\"",
      "Cannot return null for non-nullable field Film.crew.",
    ]);
  });

  it("gives graphql-js's errors, whose message a plugin may rewrite", async () => {
    const { answer } = executorWithLog();
    const [error] = (await answer(parse(`{ broken { title } }`))).errors ?? [];
    expect(error).toBeInstanceOf(GraphQLError);
    expect(Object.getPrototypeOf(error)).toBe(GraphQLError.prototype);
    error!.message = "rewritten";
    expect(error!.message).toBe("rewritten");
  });

  it("applies the default of a non-null variable left out, as graphql-js does, and stays on the compiled path", async () => {
    const { paths, answer } = executorWithLog();
    const document = parse(`query Films($first: Int! = 2, $order: Order! = OLDEST) { films(first: $first, order: $order) { title } }`);
    for (const variables of [{}, { first: 1 }, { order: "NEWEST" }]) {
      expect(asJson(await answer(document, variables))).toEqual(await reference(document, variables));
    }
    expect(asJson(await answer(document, {}))).toEqual({ data: { films: [{ title: "oldest 0" }, { title: "oldest 1" }] } });
    expect(paths).toEqual(["jit", "jit", "jit", "jit"]);
    // An explicit null is refused by both (graphql-js answers).
    expect(asJson(await answer(document, { first: null }))).toEqual(await reference(document, { first: null }));
    expect(paths[4]).toBe("graphql-js:variables");
  });

  it("leaves mutations to graphql-js", async () => {
    const { paths, compilations, answer } = executorWithLog();
    const document = parse(`mutation { rename(title: "New") { title year } }`);
    expect(asJson(await answer(document))).toEqual({ data: { rename: { title: "New", year: null } } });
    expect(paths).toEqual(["graphql-js:not-a-query"]);
    expect(compilations).toEqual([]);
  });

  it("answers variables graphql-jit refuses with graphql-js's errors", async () => {
    const { paths, answer } = executorWithLog();
    const document = parse(`query Film($title: String!) { film(title: $title) { title } }`);
    for (const variables of [{}, { title: 7 }, { title: null }]) {
      expect(asJson(await answer(document, variables))).toEqual(await reference(document, variables));
    }
    expect(paths).toEqual(["graphql-js:variables", "graphql-js:variables", "graphql-js:variables"]);
  });

  it("falls back to graphql-js for a document graphql-jit cannot compile, and remembers it", async () => {
    const { paths, compilations, answer } = executorWithLog();
    // Not valid GraphQL (Apollo's validation refuses it first): `@include` without its `if`.
    // graphql-jit refuses to compile it; graphql-js answers with its own error.
    const document = parse(`{ count film(title: "x") @include { title } }`);
    const first = await answer(document);
    expect(asJson(first)).toEqual(await reference(document));
    expect(first.errors?.length).toBeGreaterThan(0);
    await answer(document);
    expect(paths).toEqual(["graphql-js:not-compiled", "graphql-js:not-compiled"]);
    expect(compilations).toEqual([false]);
  });

  it("leaves an operation name the document does not have to graphql-js", async () => {
    const { paths, answer } = executorWithLog();
    const document = parse(`query A { count }`);
    expect(asJson(await answer(document, {}, "B"))).toEqual(await reference(document, {}, "B"));
    expect(paths).toEqual(["graphql-js:not-a-query"]);
  });

  it("compiles each operation of a document asked by name", async () => {
    const { paths, compilations, answer } = executorWithLog();
    const document = parse(`query A { count } query B { film(title: "b") { title } }`);
    expect((await answer(document, {}, "A")).data).toEqual({ count: 3 });
    expect((await answer(document, {}, "B")).data).toEqual({ film: { title: "b" } });
    expect((await answer(document, {}, "A")).data).toEqual({ count: 3 });
    expect(paths).toEqual(["jit", "jit", "jit"]);
    expect(compilations).toEqual([true, true]);
  });
});
