import fs from "node:fs";
import type { LocalNeo4j } from "../../src/db/embedded/local-neo4j";

export default async function globalTeardown(): Promise<void> {
  // With TEST_WITHOUT_NEO4J=1 the setup started none (see global-setup.ts).
  const neo4j = (globalThis as { testNeo4j?: LocalNeo4j }).testNeo4j;
  if (!neo4j) return;
  await neo4j.stop();
  fs.rmSync(neo4j.homeDir, { recursive: true, force: true });
}
