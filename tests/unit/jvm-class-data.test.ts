import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { classDataArchive, classDataUse, jvmArgs } from "../../src/db/embedded/local-neo4j";
import { NEO4J_VERSION } from "../../src/db/neo4j-version";

// The embedded Neo4j and neo4j-admin start with HotSpot's dynamic class-data sharing: one archive per
// program, Neo4j version and Java major version, in the cache folder beside the classpath. Only
// starts whose stop has no tight deadline write it (writing costs ~15 s at that exit).
describe("class-data archive of the Neo4j JVMs", () => {
  it("keeps one archive per program and Java version beside the resolved classpath", () => {
    const server = classDataArchive("/cache", "server", 25);
    expect(server).toBe(path.join("/cache", `neo4j-${NEO4J_VERSION}`, "class-data-server-java25.jsa"));
    expect(classDataArchive("/cache", "admin", 25)).not.toBe(server);
    expect(classDataArchive("/cache", "server", 21)).not.toBe(server);
  });

  it("asks the JVM to map the archive, and to write it when missing or stale only when told to", () => {
    const writing = jvmArgs("1g", 25, { file: "/cache/a.jsa", write: true });
    expect(writing).toContain("-XX:+AutoCreateSharedArchive");
    expect(writing).toContain("-XX:SharedArchiveFile=/cache/a.jsa");
    expect(writing).toContain("-Xmx1g");
    const reading = jvmArgs("1g", 25, { file: "/cache/a.jsa", write: false });
    expect(reading).toContain("-XX:SharedArchiveFile=/cache/a.jsa");
    expect(reading).not.toContain("-XX:+AutoCreateSharedArchive");
  });

  it("leaves class-data sharing to the JVM's default without an archive", () => {
    expect(jvmArgs("1g", 25).some((a) => a.includes("SharedArchive"))).toBe(false);
  });

  it("reads an archive only when it exists, and writes one whether or not it exists", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "class-data-"));
    try {
      const file = path.join(dir, "server.jsa");
      expect(classDataUse(file, false)).toBeUndefined();
      expect(classDataUse(file, true)).toEqual({ file, write: true });
      fs.writeFileSync(file, "");
      expect(classDataUse(file, false)).toEqual({ file, write: false });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
