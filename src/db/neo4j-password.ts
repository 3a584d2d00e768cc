import fs from "node:fs";
import path from "node:path";
import { resolveKeptSecret } from "../auth/kept-secret";
import { LOCAL_NEO4J_PASSWORD, type Config } from "../config";

/** The file in STATE_DIR that keeps the embedded Neo4j's password. */
export const NEO4J_PASSWORD_FILE = "neo4j-password";

export interface Neo4jPassword {
  password: string;
  /** environment: NEO4J_PASSWORD; state: STATE_DIR/neo4j-password; legacy: the old constant of an outside Neo4j. */
  source: "environment" | "state" | "legacy";
  /** True when this start generated a new password for a new embedded data folder. */
  generated: boolean;
  /** True when an embedded data folder made before generated passwords keeps the old constant. */
  upgraded: boolean;
}

/** Whether the embedded Neo4j's data folder already holds a database (and so its user's password). */
function hasEmbeddedData(homeDir: string): boolean {
  const data = path.join(homeDir, "data");
  return fs.existsSync(data) && fs.readdirSync(data).length > 0;
}

/**
 * The password to log in to Neo4j with.
 * - NEO4J_PASSWORD when it is set.
 * - An outside Neo4j (NEO4J_URI) without NEO4J_PASSWORD: the old documented constant
 *   `film-graph-local` (what docker-compose.yml sets up by default).
 * - The embedded Neo4j: the password kept in STATE_DIR/neo4j-password (owner-only), generated
 *   when the data folder is created. A data folder set up by an earlier release (data present,
 *   no password file) was initialised with `film-graph-local`: that password is written to the
 *   file and kept, so the upgrade loses nothing; change it with `ALTER CURRENT USER` and the file,
 *   or delete the data folder to get a generated one (docs/limits.md).
 */
export function resolveNeo4jPassword(config: Pick<Config, "externalUri" | "stateDir" | "neo4j" | "local">): Neo4jPassword {
  const configured = config.neo4j.password;
  if (configured) return { password: configured, source: "environment", generated: false, upgraded: false };
  if (config.externalUri) return { password: LOCAL_NEO4J_PASSWORD, source: "legacy", generated: false, upgraded: false };
  const upgrade = !fs.existsSync(path.join(config.stateDir, NEO4J_PASSWORD_FILE)) && hasEmbeddedData(config.local.homeDir);
  const kept = resolveKeptSecret({
    configured: undefined,
    stateDir: config.stateDir,
    file: NEO4J_PASSWORD_FILE,
    minLength: 8,
    initial: upgrade ? () => LOCAL_NEO4J_PASSWORD : undefined,
  });
  return { password: kept.value, source: "state", generated: kept.generated && !upgrade, upgraded: upgrade };
}
