export interface Neo4jConfOptions {
  homeDir: string;
  boltPort: number;
  httpPort: number;
  pageCache: string;
}

/** The neo4j.conf of the embedded server: loopback only, auth on, no usage reports. */
export function renderNeo4jConf(o: Neo4jConfOptions): string {
  const settings: Record<string, string> = {
    "server.directories.data": `${o.homeDir}/data`,
    "server.directories.logs": `${o.homeDir}/logs`,
    "server.directories.run": `${o.homeDir}/run`,
    "server.directories.import": `${o.homeDir}/import`,
    "server.directories.plugins": `${o.homeDir}/plugins`,
    "server.default_listen_address": "127.0.0.1",
    "server.default_advertised_address": "127.0.0.1",
    "server.bolt.listen_address": `127.0.0.1:${o.boltPort}`,
    "server.bolt.advertised_address": `127.0.0.1:${o.boltPort}`,
    "server.http.listen_address": `127.0.0.1:${o.httpPort}`,
    "server.http.advertised_address": `127.0.0.1:${o.httpPort}`,
    "server.https.enabled": "false",
    "server.memory.pagecache.size": o.pageCache,
    "dbms.security.auth_enabled": "true",
    "dbms.usage_report.enabled": "false",
    "db.tx_log.rotation.retention_policy": "1 days",
  };
  const lines = Object.entries(settings).map(([key, value]) => `${key}=${value}`);
  return `# Written by film-graph at every start of the embedded Neo4j; edits are overwritten.\n${lines.join("\n")}\n`;
}
