import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";

/** Where Debian's chromium package puts the browser the e2e tests drive with playwright-core. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

export interface EnsureChromiumOptions {
  path?: string;
  log?: (line: string) => void;
  isRoot?: boolean;
  hasAptGet?: boolean;
  run?: (command: string, args: string[]) => void;
}

const isRootUser = () => typeof process.getuid === "function" && process.getuid() === 0;
const aptGetAvailable = () => spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;

function runLogged(command: string, args: string[]): void {
  process.stderr.write(`[chromium] $ ${command} ${args.join(" ")}\n`);
  execFileSync(command, args, {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    timeout: 15 * 60_000,
  });
}

/**
 * Chromium for the browser tests: a fresh machine (CI runs `npm ci && npm test`) has none, so when
 * it is missing and we are root with apt-get, Debian's package is installed (a minute or so);
 * otherwise the test fails with one sentence that says what to do.
 */
export function ensureChromium(o: EnsureChromiumOptions = {}): string {
  const target = o.path ?? CHROMIUM_PATH;
  const log = o.log ?? ((line: string) => process.stderr.write(`[chromium] ${line}\n`));
  if (fs.existsSync(target)) return target;
  const isRoot = o.isRoot ?? isRootUser();
  const hasAptGet = o.hasAptGet ?? aptGetAvailable();
  if (!isRoot || !hasAptGet) {
    throw new Error(
      `Chromium is not installed at ${target} and cannot be installed here (${!hasAptGet ? "no apt-get" : "not root"}): ` +
        "install Debian's chromium package (apt-get install chromium) and run the tests again.",
    );
  }
  const run = o.run ?? runLogged;
  log(`${target} is missing: installing Debian's chromium package with apt-get (takes a minute or two)`);
  const started = Date.now();
  run("apt-get", ["update"]);
  run("apt-get", ["install", "-y", "--no-install-recommends", "chromium"]);
  if (!fs.existsSync(target)) throw new Error(`apt-get installed chromium but ${target} is still missing.`);
  log(`installed ${target} in ${Math.round((Date.now() - started) / 1000)} s`);
  return target;
}

if (require.main === module) {
  try {
    process.stdout.write(`${ensureChromium()}\n`);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}
