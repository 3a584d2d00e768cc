import { GraphQLError } from "graphql";
import { createErrorFormatter, isSearchSyntaxError } from "../../src/graphql/errors";

const luceneError = Object.assign(
  new Error(
    "Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: org.apache.lucene.queryparser.classic.ParseException: Cannot parse '\"drum': Lexical error",
  ),
  { code: "Neo.ClientError.Procedure.ProcedureCallFailed" },
);

describe("search syntax errors", () => {
  it("are recognized by the procedure failure and Lucene's parser in the message", () => {
    expect(isSearchSyntaxError(luceneError)).toBe(true);
    expect(isSearchSyntaxError(Object.assign(new Error("something else"), { code: luceneError.code }))).toBe(false);
    expect(isSearchSyntaxError(new Error(luceneError.message))).toBe(false);
    expect(isSearchSyntaxError(null)).toBe(false);
  });

  it("are shown as BAD_USER_INPUT, without the database's internals", () => {
    const log = jest.fn();
    const format = createErrorFormatter({ development: false, log });
    const wrapped = new GraphQLError("x", { originalError: luceneError, path: ["search"] });
    const shown = format({ message: "x", path: ["search"] }, wrapped);
    expect(shown.extensions?.code).toBe("BAD_USER_INPUT");
    expect(shown.message).not.toContain("lucene");
    expect(shown.path).toEqual(["search"]);
    expect(log).not.toHaveBeenCalled();
  });
});
