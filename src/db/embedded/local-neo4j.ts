import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import neo4j from "neo4j-driver";
import { NEO4J_VERSION } from "../neo4j-version";
import { findJava, MIN_JAVA_MAJOR } from "./find-java";
import { MissingToolError, resolveNeo4jClasspath } from "./neo4j-classpath";
import { renderNeo4jConf } from "./neo4j-conf";
import { currentProcessOwner, ownerFileOf, ownerIsAlive, readOwner, writeOwner, type Neo4jOwner } from "./neo4j-owner";
import { Neo4jWatchdog } from "./neo4j-watchdog";

export { MissingToolError };

const MAIN_CLASS = "org.neo4j.server.Neo4jCommunity";
const START_TIMEOUT_MS = 180_000;
// Long enough for a first stop that also writes the JVM's class-data archive (see jvmArgs: ~15 s on the
// shared machine, after Neo4j's own shutdown); a healthy stop is never slowed by it.
const STOP_TIMEOUT_MS = 60_000;
const DEFAULT_PASSWORD = "neo4j";

export interface LocalNeo4jOptions {
  homeDir: string;
  cacheDir: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  username: string;
  password: string;
  log: (message: string) => void;
  /** The API's origin, for Neo4j Browser's style and guide on connect (see neo4j-conf.ts). */
  apiOrigin?: string;
  /** No HTTP connector (see neo4j-conf.ts): for a start that only runs the command's own statements. */
  boltOnly?: boolean;
  /**
   * Write the JVM's class-data archive (see jvmArgs) at exit when it is missing or stale: that one
   * stop takes ~15 s longer. For starts whose stop has no tight deadline (imports, the tests'
   * Neo4j); without it an existing archive is only read (serve's whole stop must fit in 25 s).
   */
  writeClassData?: boolean;
}

/**
 * The embedded default database: Neo4j Community run from Maven-resolved jars as a child process,
 * with its conf, data and logs under `homeDir`. An instance already running from the same folder
 * is reused and left running when its owner (see neo4j-owner.ts) is alive or it was left running on
 * purpose (`film-graph db start`); an orphan, whose owner is gone, is stopped and started afresh.
 * A watchdog (neo4j-watchdog.ts) stops the Neo4j this process started if this process dies.
 */
export class LocalNeo4j {
  private constructor(
    readonly boltUri: string,
    readonly browserUrl: string,
    readonly homeDir: string,
    private child: ChildProcess | undefined,
    private readonly pid: number,
    private watchdog?: Neo4jWatchdog,
  ) {}

  /** True when this process started the server and so stops it. */
  get owned(): boolean {
    return this.child !== undefined;
  }

  static async start(o: LocalNeo4jOptions): Promise<LocalNeo4j> {
    const boltUri = `bolt://127.0.0.1:${o.boltPort}`;
    const browserUrl = `http://localhost:${o.httpPort}/browser/`;
    const pidFile = pidFileOf(o.homeDir);

    const running = runningPid(pidFile, o.homeDir);
    if (running !== undefined) {
      const owner = readOwner(o.homeDir);
      if (owner && !ownerIsAlive(owner)) {
        o.log(`Stopping an orphaned Neo4j (pid ${running}) in ${o.homeDir}: ${describeOwner(owner)} is gone.`);
        await terminate(running);
      } else if (await portAnswers(o.boltPort)) {
        o.log(`Reusing the Neo4j already running from ${o.homeDir} (pid ${running}). It stays running: ${describeOwner(owner)} stops it.`);
        return new LocalNeo4j(boltUri, browserUrl, o.homeDir, undefined, running);
      } else {
        o.log(`Stopping a stale Neo4j (pid ${running}) left behind in ${o.homeDir}.`);
        await terminate(running);
      }
      removeRunFiles(o.homeDir);
    }

    const java = findJava();
    if (!java) {
      throw new MissingToolError(
        `No Java ${MIN_JAVA_MAJOR}+ found (looked at JAVA_HOME, /usr/lib/jvm and PATH): install a JDK ${MIN_JAVA_MAJOR} or newer, or set NEO4J_URI to a running Neo4j.`,
      );
    }
    for (const port of [o.boltPort, o.httpPort]) {
      if (await portAnswers(port)) {
        throw new Error(
          `Port ${port} on 127.0.0.1 is taken by another program: stop it, or choose other ports with NEO4J_BOLT_PORT / NEO4J_HTTP_PORT.`,
        );
      }
    }
    const classpath = await resolveNeo4jClasspath(NEO4J_VERSION, o.cacheDir, o.log);

    const confDir = path.join(o.homeDir, "conf");
    for (const dir of ["conf", "data", "logs", "run", "import", "plugins"]) {
      fs.mkdirSync(path.join(o.homeDir, dir), { recursive: true });
    }
    fs.writeFileSync(path.join(confDir, "neo4j.conf"), renderNeo4jConf(o));

    const consoleLog = fs.openSync(path.join(o.homeDir, "logs", "console.log"), "a");
    const child = spawn(
      java.executable,
      [
        ...jvmArgs(o.heap, java.major, classDataUse(classDataArchive(o.cacheDir, "server", java.major), o.writeClassData === true)),
        "-cp",
        classpath,
        MAIN_CLASS,
        `--home-dir=${o.homeDir}`,
        `--config-dir=${confDir}`,
      ],
      // Its own process group: a terminal's Ctrl-C reaches only us, and we stop Neo4j in order.
      { detached: true, stdio: ["ignore", consoleLog, consoleLog] },
    );
    fs.closeSync(consoleLog);
    if (child.pid === undefined) throw new Error(`Could not start ${java.executable}`);
    fs.writeFileSync(pidFile, String(child.pid));
    writeOwner(o.homeDir, currentProcessOwner());
    const watchdog = Neo4jWatchdog.start(child.pid, [pidFile, ownerFileOf(o.homeDir)], o.homeDir);
    const instance = new LocalNeo4j(boltUri, browserUrl, o.homeDir, child, child.pid, watchdog);

    try {
      await waitForBolt(child, o.boltPort, o.homeDir);
      await ensurePassword(boltUri, o.username, o.password, o.homeDir);
    } catch (error) {
      await instance.stop();
      throw error;
    }
    return instance;
  }

  /** Stops the server if this process started it; waits until it has exited. */
  /** Whether this process started the server (stop() then stops it), rather than reusing one. */
  get startedHere(): boolean {
    return this.child !== undefined;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    this.watchdog?.disarm();
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }
    removeRunFiles(this.homeDir);
  }

  /**
   * Kills the server at once (SIGKILL) if this process started it: the last resort of an exit that
   * cannot wait for {@link stop}. Neo4j recovers from its transaction log at the next start.
   */
  kill(): void {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    this.watchdog?.disarm();
    child.kill("SIGKILL");
    removeRunFiles(this.homeDir);
  }

  get processId(): number {
    return this.pid;
  }

  /**
   * Leaves the server running after this process ends (`film-graph db start`): it keeps its pid file,
   * so later commands reuse it and `film-graph db stop` stops it.
   */
  detach(): void {
    if (!this.child) return;
    writeOwner(this.homeDir, { kind: "detached" });
    this.watchdog?.disarm();
    this.child.unref();
    this.child = undefined;
  }

  /** Whether a Neo4j started from `homeDir` is running, by its pid file, and whether Bolt answers. */
  static async status(homeDir: string, boltPort: number): Promise<{ pid: number; boltAnswers: boolean } | undefined> {
    const pid = runningPid(pidFileOf(homeDir), homeDir);
    return pid === undefined ? undefined : { pid, boltAnswers: await portAnswers(boltPort) };
  }

  /** Stops the Neo4j running from `homeDir` (whoever started it); its pid, or undefined when none runs. */
  static async stopRunning(homeDir: string): Promise<number | undefined> {
    const pidFile = pidFileOf(homeDir);
    const pid = runningPid(pidFile, homeDir);
    if (pid !== undefined) await terminate(pid);
    removeRunFiles(homeDir);
    return pid;
  }
}

const pidFileOf = (homeDir: string) => path.join(homeDir, "run", "film-graph-neo4j.pid");

function removeRunFiles(homeDir: string): void {
  for (const file of [pidFileOf(homeDir), ownerFileOf(homeDir)]) fs.rmSync(file, { force: true });
}

function describeOwner(owner: Neo4jOwner | undefined): string {
  if (!owner) return "whoever started it";
  return owner.kind === "detached" ? "`film-graph db stop`" : `the process that started it (pid ${owner.pid})`;
}

/**
 * Where the JVM keeps its class-data archive for one of the project's Neo4j programs (`server`:
 * the embedded Neo4j; `admin`: neo4j-admin): beside the resolved classpath in the cache folder, per
 * Neo4j version and Java major version (an archive holds classes of one classpath and one JDK).
 */
export function classDataArchive(cacheDir: string, program: "server" | "admin", javaMajor: number): string {
  return path.join(cacheDir, `neo4j-${NEO4J_VERSION}`, `class-data-${program}-java${javaMajor}.jsa`);
}

/** A class-data archive to map (`file`), and whether to write it at exit when missing or stale. */
export interface ClassDataUse {
  file: string;
  write: boolean;
}

/**
 * How a JVM uses its archive: written when `write` is asked, else only read, and only when the file
 * exists (a JVM told to read a missing or stale archive runs without one).
 */
export function classDataUse(file: string, write: boolean): ClassDataUse | undefined {
  return write || fs.existsSync(file) ? { file, write } : undefined;
}

/**
 * The JVM options of the embedded Neo4j and of its tools (the import tool needs the same --add-opens).
 * With `archive`, HotSpot's dynamic class-data sharing (JDK 19+, `-XX:SharedArchiveFile`, and
 * with `write` `-XX:+AutoCreateSharedArchive`; JEP 350 and JDK-8261455): a run that writes it
 * stores the classes it loaded in that file at exit, later runs map them instead of reading,
 * parsing and verifying some 10,000 classes from ~200 jars again;
 * an archive of another JDK or classpath is ignored (and rewritten by a run that writes). Measured on neo4j-admin database
 * import of the M files (load ~14): 14.8-15.8 s of JVM start and shutdown outside the import itself
 * without the archive, 7.5 s with it (docs/imdb-import.md).
 */
export function jvmArgs(heap: string, javaMajor: number, archive?: ClassDataUse): string[] {
  return [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    ...(javaMajor >= 24 ? ["--sun-misc-unsafe-memory-access=allow"] : []),
    ...(archive && javaMajor >= 19
      ? [...(archive.write ? ["-XX:+AutoCreateSharedArchive"] : []), `-XX:SharedArchiveFile=${archive.file}`]
      : []),
  ];
}

function runningPid(pidFile: string, homeDir: string): number | undefined {
  if (!fs.existsSync(pidFile)) return undefined;
  const pid = Number(fs.readFileSync(pidFile, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  // Guard against pid reuse: the process must be a Neo4j started on this home folder.
  const cmdline = `/proc/${pid}/cmdline`;
  if (fs.existsSync(cmdline) && !fs.readFileSync(cmdline, "utf8").includes(`--home-dir=${homeDir}`)) return undefined;
  return pid;
}

async function terminate(pid: number): Promise<void> {
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    return; // already gone (e.g. its watchdog stopped it meanwhile)
  }
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (alive() && Date.now() < deadline) await sleep(200);
  if (alive()) process.kill(pid, "SIGKILL");
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function waitForBolt(child: ChildProcess, port: number, homeDir: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Neo4j exited while starting (code ${child.exitCode ?? child.signalCode}). ${lastLogLines(homeDir)}`);
    }
    if (await portAnswers(port)) return;
    await sleep(250);
  }
  throw new Error(`Neo4j did not open Bolt on port ${port} within ${START_TIMEOUT_MS / 1000} s. ${lastLogLines(homeDir)}`);
}

function lastLogLines(homeDir: string): string {
  const file = path.join(homeDir, "logs", "neo4j.log");
  if (!fs.existsSync(file)) return `See ${path.join(homeDir, "logs")}.`;
  const lines = fs.readFileSync(file, "utf8").trim().split("\n");
  const errors = lines.filter((l) => /ERROR|Exception/.test(l)).slice(-2);
  return `${errors.join(" ")} (see ${file})`.trim();
}

/** A new store has the user neo4j/neo4j with a forced password change: set the configured one. */
async function ensurePassword(uri: string, username: string, password: string, homeDir: string): Promise<void> {
  if (await canLogIn(uri, username, password)) return;
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, DEFAULT_PASSWORD));
  try {
    await driver.executeQuery("ALTER CURRENT USER SET PASSWORD FROM $old TO $new", { old: DEFAULT_PASSWORD, new: password }, {
      database: "system",
    });
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (code.startsWith("Neo.ClientError.Security")) {
      throw new Error(
        `The local Neo4j in ${homeDir} was set up with another password: set NEO4J_PASSWORD to it, or delete ${homeDir} to start afresh.`,
      );
    }
    throw error;
  } finally {
    await driver.close();
  }
}

async function canLogIn(uri: string, username: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, password));
  try {
    return await driver.verifyAuthentication();
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (code.startsWith("Neo.ClientError.Security")) return false;
    throw error;
  } finally {
    await driver.close();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
