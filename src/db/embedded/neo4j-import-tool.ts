import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { NEO4J_VERSION } from "../neo4j-version";
import { findJava, MIN_JAVA_MAJOR } from "./find-java";
import { classDataArchive, classDataUse, jvmArgs, MissingToolError, type LocalNeo4jOptions } from "./local-neo4j";
import { resolveNeo4jClasspath } from "./neo4j-classpath";
import { renderNeo4jConf } from "./neo4j-conf";

/**
 * The entry point of `neo4j-admin` in the Neo4j jars the project already resolves (artifact
 * org.neo4j:neo4j-command-line; the `database import` command comes from org.neo4j:neo4j-import-tool,
 * a dependency of org.neo4j:neo4j).
 */
const ADMIN_MAIN_CLASS = "org.neo4j.cli.AdminTool";

export interface ImportToolInput {
  /** `--nodes=Label=file` */
  nodes: { label: string; file: string }[];
  /** `--relationships=TYPE=file` */
  relationships: { type: string; file: string }[];
}

export interface ImportToolOptions {
  /** The embedded Neo4j's folders, ports and memory (its conf is written as LocalNeo4j.start writes it). */
  local: Omit<LocalNeo4jOptions, "log" | "username" | "password">;
  /** The database to create (Community: the default database, `neo4j`). */
  database: string;
  /** The tool's own output (its progress and report), as it comes. */
  output: (text: string) => void;
  log: (message: string) => void;
}

/**
 * Runs Neo4j's offline bulk loader, `neo4j-admin database import full` (Neo4j Operations Manual,
 * "Import": CSV files with `:ID(group)` / `:START_ID(group)` / `:END_ID(group)` headers), from the
 * project's Neo4j jars with the project's Java, into the embedded Neo4j's data folder. The database
 * files are replaced (`--overwrite-destination`): the caller makes sure the database held nothing and
 * Neo4j is stopped. Any bad entry (a duplicate id, a relationship to a missing node) aborts the
 * import (`--bad-tolerance=0`). The tool's memory: `heap` for its JVM, `pageCache` off-heap.
 * Throws MissingToolError without Java 21+ or Maven, and an Error with the tool's own message when
 * it fails (the store it leaves behind is unusable: run the import again, which overwrites it).
 */
export async function runImportTool(input: ImportToolInput, o: ImportToolOptions): Promise<void> {
  const java = findJava();
  if (!java) throw new MissingToolError(`No Java ${MIN_JAVA_MAJOR}+ found (looked at JAVA_HOME, /usr/lib/jvm and PATH): install a JDK ${MIN_JAVA_MAJOR} or newer.`);
  const classpath = await resolveNeo4jClasspath(NEO4J_VERSION, o.local.cacheDir, o.log);
  const home = o.local.homeDir;
  for (const dir of ["conf", "data", "logs", "run", "import", "plugins"]) fs.mkdirSync(path.join(home, dir), { recursive: true });
  const confDir = path.join(home, "conf");
  fs.writeFileSync(path.join(confDir, "neo4j.conf"), renderNeo4jConf(o.local));

  const args = [
    // neo4j-admin's exit has no deadline: it writes its archive when it has none.
    ...jvmArgs(o.local.heap, java.major, classDataUse(classDataArchive(o.local.cacheDir, "admin", java.major), true)),
    "-cp",
    classpath,
    ADMIN_MAIN_CLASS,
    "database",
    "import",
    "full",
    ...input.nodes.map((n) => `--nodes=${n.label}=${n.file}`),
    ...input.relationships.map((r) => `--relationships=${r.type}=${r.file}`),
    "--bad-tolerance=0",
    "--overwrite-destination=true",
    `--max-off-heap-memory=${o.local.pageCache}`,
    `--report-file=${path.join(home, "logs", "import.report")}`,
    o.database,
  ];
  const child = spawn(java.executable, args, {
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: confDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let tail = "";
  const take = (chunk: Buffer) => {
    const text = chunk.toString("utf8");
    tail = (tail + text).slice(-8000);
    o.output(text);
  };
  child.stdout.on("data", take);
  child.stderr.on("data", take);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (exitCode) => resolve(exitCode));
  });
  if (code !== 0) {
    const lines = tail.split("\n").map((l) => l.trim()).filter(Boolean);
    const reason = lines.filter((l) => !/^[-.\s\d%∆\][msh]+$/.test(l) && !l.startsWith("at ")).slice(-4).join(" ");
    throw new Error(`neo4j-admin database import failed (exit status ${code}): ${reason}`);
  }
}
