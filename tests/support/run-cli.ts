import { spawn } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a script (through tsx, unless it is a .cjs file run by node) and collects what it printed. */
export function runScript(script: string, args: string[], env: Record<string, string | undefined>, timeoutMs = 240_000): Promise<CliRun> {
  const [command, argv] = script.endsWith(".cjs") ? [process.execPath, [script, ...args]] : [TSX, [script, ...args]];
  const child = spawn(command, argv, { cwd: ROOT, env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The environment without the variables a developer's shell may set for the project. */
export function cleanEnv(extra: Record<string, string>): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, LOG_LEVEL: "silent" };
  for (const name of ["NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE", "API_TOKEN", "STATE_DIR", "PORT"]) delete env[name];
  return { ...env, ...extra };
}
