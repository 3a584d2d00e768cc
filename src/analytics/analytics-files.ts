import fs from "node:fs";
import path from "node:path";
import { readTextFile } from "../cli/text-file";
import { CYPHER_DIR } from "../db/cypher-registry";
import { type HeaderParams, parseHeader } from "./header-params";

/** Analytics queries: plain .cypher files that also run as-is in Neo4j Browser (not service statements). */
export const ANALYTICS_DIR = path.join(CYPHER_DIR, "analytics");

export interface AnalyticsQuery extends HeaderParams {
  name: string;
  file: string;
  text: string;
}

export function analyticsNames(dir: string = ANALYTICS_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".cypher"))
    .map((file) => file.replace(/\.cypher$/, ""))
    .sort();
}

/** A query by its name (`theme-cooccurrence`) or by a path to a .cypher file. */
export function loadAnalytics(nameOrPath: string, dir: string = ANALYTICS_DIR): AnalyticsQuery {
  const byName = path.join(dir, `${nameOrPath.replace(/\.cypher$/, "")}.cypher`);
  const isName = /^[\w-]+(\.cypher)?$/.test(nameOrPath) && fs.existsSync(byName);
  const file = isName ? byName : path.resolve(nameOrPath);
  if (!isName && !(fs.existsSync(file) && fs.statSync(file).isFile())) {
    throw new Error(`no analytics query "${nameOrPath}"; available: ${analyticsNames(dir).join(", ")}`);
  }
  const text = readTextFile(file);
  return { name: path.basename(file, ".cypher"), file, text, ...parseHeader(text) };
}
