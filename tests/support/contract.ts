import fs from "node:fs";
import path from "node:path";

/** The API contract, copied from shared/contract so a clone is self-contained (a test keeps the copy equal). */
export const CONTRACT_DIR = path.join(__dirname, "..", "contract");

export function readContract(file: string): string {
  return fs.readFileSync(path.join(CONTRACT_DIR, file), "utf8");
}

/**
 * Runs operations of a contract file over HTTP against `url()` (read when called, so a server
 * started in beforeAll can be named); each must answer 200 without errors. Returns its data.
 */
export function contractRunner(file: string, url: () => string) {
  const document = readContract(file);
  return async (operationName: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> => {
    const response = await fetch(url(), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: document, operationName, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(response.status).toBe(200);
    return body.data!;
  };
}
