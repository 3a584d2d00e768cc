import { readContract } from "./contract";
import { TEST_API_TOKEN, type GraphQLResponse, type TestServer } from "./test-server";

/** The operations of tests/contract/ingest.graphql (UpsertFilm, IngestReview, DeleteReview). */
const ingestDocument = readContract("ingest.graphql");

export type IngestOperation = "UpsertFilm" | "IngestReview" | "DeleteReview";

/** Runs one contract operation over HTTP; `token` null sends no Authorization header. */
export async function runIngestOperation(
  server: TestServer,
  operationName: IngestOperation,
  variables: Record<string, unknown>,
  token: string | null = TEST_API_TOKEN,
): Promise<GraphQLResponse<any>> {
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query: ingestDocument, operationName, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as never };
}
