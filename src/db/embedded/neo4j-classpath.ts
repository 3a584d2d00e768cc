import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const POM = path.join(__dirname, "neo4j-pom.xml");

export class MissingToolError extends Error {}

/**
 * The jars of the Neo4j server and Browser, resolved by Maven into its own repository (~/.m2) and
 * remembered as a classpath file in the cache folder, so later starts (and fresh clones on the same
 * machine) neither download nor run Maven again.
 */
export async function resolveNeo4jClasspath(
  version: string,
  cacheDir: string,
  log: (message: string) => void,
): Promise<string> {
  const classpathFile = path.join(cacheDir, `neo4j-${version}`, "classpath.txt");
  const cached = readClasspath(classpathFile);
  if (cached) return cached;

  log(`Fetching the Neo4j ${version} server jars with Maven (first run only, about 170 MB)...`);
  fs.mkdirSync(path.dirname(classpathFile), { recursive: true });
  const partial = `${classpathFile}.${process.pid}.tmp`;
  try {
    await run(
      "mvn",
      [
        "-B",
        "-q",
        "-f",
        POM,
        `-Dneo4j.version=${version}`,
        "dependency:build-classpath",
        `-Dmdep.outputFile=${partial}`,
      ],
      { maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stdout?: string; stderr?: string };
    if (e.code === "ENOENT") {
      throw new MissingToolError(
        "Maven (mvn) is not installed: install Java 21+ and Maven, or set NEO4J_URI to a running Neo4j.",
      );
    }
    const detail = `${e.stdout ?? ""}${e.stderr ?? ""}`.split("\n").find((l) => l.includes("ERROR")) ?? e.message;
    throw new Error(`Maven could not fetch Neo4j ${version}: ${detail.trim()}`);
  }
  fs.renameSync(partial, classpathFile);
  const resolved = readClasspath(classpathFile);
  if (!resolved) throw new Error(`Maven resolved Neo4j ${version}, but some jars are missing from ${classpathFile}`);
  return resolved;
}

function readClasspath(file: string): string | undefined {
  if (!fs.existsSync(file)) return undefined;
  const classpath = fs.readFileSync(file, "utf8").trim();
  const jars = classpath.split(path.delimiter);
  return jars.length > 0 && jars.every((jar) => fs.existsSync(jar)) ? classpath : undefined;
}
