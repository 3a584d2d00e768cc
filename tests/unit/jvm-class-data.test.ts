import path from "node:path";
import { classDataArchive, jvmArgs } from "../../src/db/embedded/local-neo4j";
import { NEO4J_VERSION } from "../../src/db/neo4j-version";

// The embedded Neo4j and neo4j-admin start with HotSpot's dynamic class-data sharing: one archive per
// program, Neo4j version and Java major version, in the cache folder beside the classpath.
describe("class-data archive of the Neo4j JVMs", () => {
  it("keeps one archive per program and Java version beside the resolved classpath", () => {
    const server = classDataArchive("/cache", "server", 25);
    expect(server).toBe(path.join("/cache", `neo4j-${NEO4J_VERSION}`, "class-data-server-java25.jsa"));
    expect(classDataArchive("/cache", "admin", 25)).not.toBe(server);
    expect(classDataArchive("/cache", "server", 21)).not.toBe(server);
  });

  it("asks the JVM to map the archive, and to write it when missing or stale", () => {
    const args = jvmArgs("1g", 25, "/cache/a.jsa");
    expect(args).toContain("-XX:+AutoCreateSharedArchive");
    expect(args).toContain("-XX:SharedArchiveFile=/cache/a.jsa");
    expect(args).toContain("-Xmx1g");
  });

  it("leaves class-data sharing to the JVM's default without an archive", () => {
    expect(jvmArgs("1g", 25).some((a) => a.includes("SharedArchive"))).toBe(false);
  });
});
