import neo4j from "neo4j-driver";
import { type CypherValue, LiteralError, parseCypherLiteral } from "./cypher-literal";

/**
 * `--param k=v` values: a number, true/false/null, a JSON or Cypher list or map, or a quoted
 * string parse as such; anything else is the string itself (`--param title=The Father`).
 */
export function parseParamValue(text: string): CypherValue {
  const trimmed = text.trim();
  try {
    return parseCypherLiteral(trimmed);
  } catch (error) {
    if (!(error instanceof LiteralError)) throw error;
    if (/^[[{'"]/.test(trimmed)) {
      try {
        return JSON.parse(trimmed) as CypherValue;
      } catch {
        // not JSON either: a plain string
      }
    }
    return text;
  }
}

/**
 * Applies `k=v` overrides to the header's defaults. A name the header does not declare, or a value
 * of another kind than the default's (`limit=abc` where the default is 10), is an error in one
 * sentence, raised before any query runs.
 */
export function applyOverrides(
  defaults: Record<string, CypherValue>,
  overrides: string[],
): Record<string, CypherValue> {
  const params = { ...defaults };
  for (const override of overrides) {
    const eq = override.indexOf("=");
    if (eq <= 0) throw new Error(`--param wants name=value, got "${override}"`);
    const name = override.slice(0, eq).trim();
    if (!(name in defaults)) {
      const known = Object.keys(defaults);
      throw new Error(
        `unknown parameter "${name}"; this query takes ${known.length ? known.join(", ") : "no parameters"}`,
      );
    }
    const value = parseParamValue(override.slice(eq + 1));
    const expected = kindOf(defaults[name]!);
    if (expected !== "null" && kindOf(value) !== expected) {
      throw new Error(
        `--param ${name} must be ${ARTICLE[expected]} like the query's default (${display(defaults[name]!)}), got "${override.slice(eq + 1)}"`,
      );
    }
    params[name] = value;
  }
  return params;
}

type Kind = "null" | "boolean" | "number" | "string" | "list" | "map";
const ARTICLE: Record<Kind, string> = {
  null: "null",
  boolean: "true or false",
  number: "a number",
  string: "a string",
  list: "a list",
  map: "a map",
};

/** The kind of a parameter value: an override must keep its default's (a null default takes any). */
function kindOf(value: CypherValue): Kind {
  if (value === null) return "null";
  if (neo4j.isInt(value)) return "number";
  if (Array.isArray(value)) return "list";
  if (typeof value === "object") return "map";
  return typeof value as "boolean" | "number" | "string";
}

/** A value as the header writes it (integers are Neo4j integers). */
function display(value: CypherValue): string {
  return JSON.stringify(value, (_key, v: unknown) => (neo4j.isInt(v) ? Number(v.toString()) : v));
}
