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
