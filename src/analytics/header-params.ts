import { type CypherValue, parseCypherLiteral } from "./cypher-literal";

/** `// :param name => value`, exactly what Neo4j Browser accepts after the comment marker. */
const PARAM_LINE = /^\s*\/\/\s*:param\s+([A-Za-z_]\w*)\s*=>\s*(.+?)\s*$/;

export interface HeaderParams {
  /** The parameter defaults, in the order the header declares them. */
  params: Record<string, CypherValue>;
  /** The comment lines that describe the query (without the `:param` lines). */
  description: string[];
}

/** Reads the header comment of an analytics file: its description and its `:param` defaults. */
export function parseHeader(cypher: string): HeaderParams {
  const params: Record<string, CypherValue> = {};
  const description: string[] = [];
  for (const line of cypher.split(/\r?\n/)) {
    if (!line.trim().startsWith("//")) {
      if (line.trim() === "") continue;
      break;
    }
    const param = PARAM_LINE.exec(line);
    if (param) {
      const [, name, literal] = param as unknown as [string, string, string];
      try {
        params[name] = parseCypherLiteral(literal);
      } catch (error) {
        throw new Error(`:param ${name}: ${(error as Error).message}`);
      }
    } else if (/^\s*\/\/\s*:param\b/.test(line)) {
      throw new Error(`malformed parameter line (want \`// :param name => value\`): ${line.trim()}`);
    } else {
      description.push(line.replace(/^\s*\/\/ ?/, ""));
    }
  }
  return { params, description };
}

/** The parameters the statement uses ($name), so a header that forgets one is caught by a test. */
export function parametersUsed(cypher: string): string[] {
  const body = cypher
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  return [...new Set([...body.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]!))];
}
