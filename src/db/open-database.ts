import type { Config } from "../config";
import { CypherRegistry } from "./cypher-registry";
import { Database } from "./database";
import { createDriver } from "./driver";
import { LocalNeo4j } from "./embedded/local-neo4j";

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
export async function openDatabase(config: Config, log: (message: string) => void): Promise<OpenDatabase> {
  const cypher = CypherRegistry.load();
  let local: LocalNeo4j | undefined;
  let boltUri = config.externalUri;
  if (!boltUri) {
    local = await LocalNeo4j.start({
      ...config.local,
      username: config.neo4j.username,
      password: config.neo4j.password,
      apiOrigin: `http://localhost:${config.port}`,
      log,
    });
    boltUri = local.boltUri;
  }
  const driver = createDriver({ uri: boltUri, ...config.neo4j });
  const db = new Database(driver, config.neo4j.database, cypher);
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
