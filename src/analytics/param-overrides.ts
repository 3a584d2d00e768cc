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

/** Applies `k=v` overrides to the header's defaults; a name the header does not declare is an error. */
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
    params[name] = parseParamValue(override.slice(eq + 1));
  }
  return params;
}
