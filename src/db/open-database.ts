import type { Config } from "../config";
import { CypherRegistry } from "./cypher-registry";
import { Database } from "./database";
import { createDriver } from "./driver";
import { LocalNeo4j } from "./embedded/local-neo4j";
import { NEO4J_PASSWORD_FILE, resolveNeo4jPassword } from "./neo4j-password";

export interface OpenDatabase {
  db: Database;
  boltUri: string;
  /** Neo4j Browser, when the project runs the database itself. */
  browserUrl?: string;
  username: string;
  /** The embedded Neo4j when the project runs the database itself (started here or reused). */
  embedded?: LocalNeo4j;
  close(): Promise<void>;
}

/** NEO4J_URI when it is set, otherwise the embedded Neo4j (started here unless it is running). */
export async function openDatabase(
  config: Config,
  log: (message: string) => void,
  options: { exactIntegers?: boolean } = {},
): Promise<OpenDatabase> {
  const cypher = CypherRegistry.load();
  let local: LocalNeo4j | undefined;
  let boltUri = config.externalUri;
  const { password, upgraded } = resolveNeo4jPassword(config);
  if (upgraded) {
    log(
      `The Neo4j data in ${config.local.homeDir} predates generated passwords: it keeps the old password, now kept in ${NEO4J_PASSWORD_FILE} of the state folder (see docs/limits.md to change it).`,
    );
  }
  if (!boltUri) {
    local = await LocalNeo4j.start({
      ...config.local,
      username: config.neo4j.username,
      password,
      apiOrigin: `http://localhost:${config.port}`,
      log,
    });
    boltUri = local.boltUri;
  }
  const driver = createDriver({ uri: boltUri, ...config.neo4j, password, exactIntegers: options.exactIntegers });
  const db = new Database(driver, config.neo4j.database, cypher, {
    readMs: config.neo4j.readTimeoutMs,
    writeMs: config.neo4j.writeTimeoutMs,
    retryMs: config.neo4j.retryMs,
  });
  const close = async () => {
    await driver.close();
    await local?.stop();
  };
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database });
  } catch (error) {
    await close();
    throw new Error(`Cannot reach Neo4j at ${boltUri}: ${(error as Error).message.split("\n")[0]}`);
  }
  return { db, boltUri, browserUrl: local?.browserUrl, username: config.neo4j.username, embedded: local, close };
}
