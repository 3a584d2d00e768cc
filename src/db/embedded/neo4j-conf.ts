export interface Neo4jConfOptions {
  homeDir: string;
  boltPort: number;
  httpPort: number;
  pageCache: string;
  /**
   * The film-graph API's origin (`http://localhost:4000`). Neo4j Browser then applies the project's
   * style and opens its guide on connect (`browser.post_connect_cmd`), both served by the API.
   */
  apiOrigin?: string;
  /**
   * Bolt only: no HTTP connector (no Neo4j Browser, no HTTP API). For the starts a command makes for
   * its own statements (the bulk import's emptiness check and schema build): Neo4j's web server
   * (Jetty and the Browser) took 16 s of a 93 s start after a bulk import on the shared machine.
   */
  boltOnly?: boolean;
}

/** Where the API serves the Neo4j Browser style and guide (src/browser-guide/browser-routes.ts). */
export const BROWSER_STYLE_PATH = "/browser/style.grass";
export const BROWSER_GUIDE_PATH = "/browser/guide.html";

/**
 * The neo4j.conf of the embedded server: loopback only, auth on, no usage reports; Neo4j Browser
 * allowed to load content from this machine, and told to apply the API's style and guide on connect.
 */
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
    // Neo4j Browser may fetch guides and styles from this machine only (hostnames, comma-separated).
    "browser.remote_content_hostname_whitelist": "localhost,127.0.0.1",
  };
  if (o.boltOnly) settings["server.http.enabled"] = "false";
  else if (o.apiOrigin) {
    // Commands without their colon, separated by semicolons (Neo4j Browser's syntax for this setting).
    settings["browser.post_connect_cmd"] = `style ${o.apiOrigin}${BROWSER_STYLE_PATH}; play ${o.apiOrigin}${BROWSER_GUIDE_PATH}`;
  }
  const lines = Object.entries(settings).map(([key, value]) => `${key}=${value}`);
  return `# Written by film-graph at every start of the embedded Neo4j; edits are overwritten.\n${lines.join("\n")}\n`;
}
