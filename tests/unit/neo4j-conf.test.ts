import { renderNeo4jConf } from "../../src/db/embedded/neo4j-conf";

const conf = renderNeo4jConf({ homeDir: "/srv/film-graph/neo4j", boltPort: 17687, httpPort: 17474, pageCache: "256m" });
const lines = conf.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("#"));
const entries = lines.map((line) => {
  const eq = line.indexOf("=");
  return [line.slice(0, eq), line.slice(eq + 1)] as const;
});
const settings = new Map(entries);

describe("renderNeo4jConf", () => {
  it("writes one key=value per line with no duplicate keys", () => {
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(line).toMatch(/^[a-z_.]+=\S.*$/);
    expect(settings.size).toBe(lines.length);
  });

  it("listens on the loopback interface only", () => {
    const listen = entries.filter(([key]) => key.endsWith("listen_address"));
    expect(listen.length).toBeGreaterThanOrEqual(3);
    for (const [, value] of listen) expect(value).toMatch(/^127\.0\.0\.1(:\d+)?$/);
    expect(settings.get("server.default_listen_address")).toBe("127.0.0.1");
  });

  it("uses the given ports and page cache", () => {
    expect(settings.get("server.bolt.listen_address")).toBe("127.0.0.1:17687");
    expect(settings.get("server.http.listen_address")).toBe("127.0.0.1:17474");
    expect(settings.get("server.memory.pagecache.size")).toBe("256m");
  });

  it("enables auth and disables usage reports", () => {
    expect(settings.get("dbms.security.auth_enabled")).toBe("true");
    expect(settings.get("dbms.usage_report.enabled")).toBe("false");
  });

  it("keeps data under the home dir", () => {
    expect(settings.get("server.directories.data")).toBe("/srv/film-graph/neo4j/data");
    for (const [key, value] of entries.filter(([k]) => k.startsWith("server.directories."))) {
      expect(`${key}=${value}`).toContain("=/srv/film-graph/neo4j/");
    }
  });
});

describe("renderNeo4jConf for Neo4j Browser", () => {
  it("lets Neo4j Browser load content from this machine only", () => {
    expect(settings.get("browser.remote_content_hostname_whitelist")).toBe("localhost,127.0.0.1");
  });

  it("applies the API's style and plays its guide on connect when the API's origin is known", () => {
    expect(settings.has("browser.post_connect_cmd")).toBe(false);
    const withApi = renderNeo4jConf({ homeDir: "/h", boltPort: 1, httpPort: 2, pageCache: "1m", apiOrigin: "http://localhost:4100" });
    expect(withApi).toContain(
      "browser.post_connect_cmd=style http://localhost:4100/browser/style.grass; play http://localhost:4100/browser/guide.html\n",
    );
  });
});

describe("renderNeo4jConf for a command's own start", () => {
  it("turns the HTTP connector (Neo4j Browser) off with boltOnly, and leaves it on otherwise", () => {
    const boltOnly = renderNeo4jConf({ homeDir: "/h", boltPort: 1, httpPort: 2, pageCache: "1m", apiOrigin: "http://localhost:4100", boltOnly: true });
    expect(boltOnly).toContain("\nserver.http.enabled=false\n");
    expect(boltOnly).toContain("server.bolt.listen_address=127.0.0.1:1\n");
    expect(boltOnly).not.toContain("browser.post_connect_cmd");
    expect(settings.has("server.http.enabled")).toBe(false);
  });
});
