import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../../src/config";
import { LocalNeo4j } from "../../src/db/embedded/local-neo4j";
import { freePort } from "./free-port";

export const TEST_PASSWORD = "film-graph-test";

/** A Neo4j of the tests' own: a temporary data folder and free ports, beside any `npm start`. */
export async function startTestNeo4j(
  o: { homeDir?: string; boltPort?: number; httpPort?: number; apiOrigin?: string } = {},
): Promise<LocalNeo4j> {
  const home = o.homeDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "film-graph-test-"));
  const defaults = loadConfig({ HOME: process.env.HOME });
  return LocalNeo4j.start({
    homeDir: home,
    cacheDir: defaults.local.cacheDir,
    boltPort: o.boltPort ?? (await freePort()),
    httpPort: o.httpPort ?? (await freePort()),
    heap: "512m",
    pageCache: "128m",
    username: "neo4j",
    password: TEST_PASSWORD,
    apiOrigin: o.apiOrigin,
    writeClassData: true,
    log: (message) => process.stderr.write(`[test neo4j] ${message}\n`),
  });
}
