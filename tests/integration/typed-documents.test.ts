import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import type { Database } from "../../src/db/database";
import { FilmPageDocument, NodeLookupDocument, PersonPageDocument } from "../../src/generated/operations/graphql";
import { openTestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";

// The typed documents codegen makes for frontends (client preset, src/generated/operations) run
// against the real server: the result and variable types come from the documents, not by hand.
let db: Database;
let server: TestServer;
beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.close();
  await db.driver.close();
});

/** What a frontend's GraphQL client does with a TypedDocumentNode: types flow from the document. */
async function execute<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  const response = await server.query<TResult>(print(document), variables as Record<string, unknown>);
  expect(response.body.errors).toBeUndefined();
  return response.body.data as TResult;
}

it("FilmPageDocument answers with the shape its type declares", async () => {
  const { film } = await execute(FilmPageDocument, { title: "Sound of Metal" });
  // No casts: these property accesses type-check only because FilmPageQuery declares them.
  const actors: string[] = film?.cast.map((role) => role.person?.name ?? "") ?? [];
  expect(actors).toContain("Riz Ahmed");
  const polarities = film?.reviews.edges.flatMap((edge) => edge.node.aspects.map((a) => a.polarity)) ?? [];
  expect(polarities).toContain("POSITIVE");
  expect(film?.year).toBe(2019);
});

it("variables are typed too (NodeLookup's id is required, PersonPage's name optional)", async () => {
  const { node } = await execute(NodeLookupDocument, { id: "Person:riz-ahmed" });
  expect(node).toEqual({ id: "Person:riz-ahmed", __typename: "Person" });
  const { person } = await execute(PersonPageDocument, {});
  expect(person?.roles.map((r) => r.name)).toEqual(["Joe"]);
});
