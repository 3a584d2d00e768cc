import neo4j from "neo4j-driver";

/** A Cypher literal as a query parameter: integers as Neo4j integers, as Neo4j Browser sends them. */
export type CypherValue =
  | null
  | boolean
  | number
  | string
  | ReturnType<typeof neo4j.int>
  | CypherValue[]
  | { [key: string]: CypherValue };

export class LiteralError extends Error {}

/**
 * Parses the value of a `:param name => value` line: numbers, 'strings' or "strings", true, false,
 * null, [lists] and {maps} of those. Nothing else is accepted (no expressions, no function calls),
 * so a header or a command line can never inject Cypher.
 */
export function parseCypherLiteral(text: string): CypherValue {
  const parser = new LiteralParser(text);
  const value = parser.value();
  parser.end();
  return value;
}

class LiteralParser {
  private at = 0;
  constructor(private readonly text: string) {}

  value(): CypherValue {
    this.space();
    const c = this.text[this.at];
    if (c === "'" || c === '"') return this.string(c);
    if (c === "[") return this.list();
    if (c === "{") return this.map();
    const word = /^(true|false|null)\b/i.exec(this.rest());
    if (word) {
      this.at += word[0].length;
      const w = word[0].toLowerCase();
      return w === "null" ? null : w === "true";
    }
    const number = /^-?(\d+\.?\d*(e[+-]?\d+)?|\.\d+(e[+-]?\d+)?)/i.exec(this.rest());
    if (number) {
      this.at += number[0].length;
      return /^-?\d+$/.test(number[0]) ? neo4j.int(number[0]) : Number(number[0]);
    }
    throw this.error("a number, a quoted string, true, false, null, a list or a map");
  }

  end(): void {
    this.space();
    if (this.text[this.at] === ";") this.at++;
    this.space();
    if (this.at < this.text.length) throw this.error("the end of the value");
  }

  private string(quote: string): string {
    let out = "";
    this.at++;
    while (this.at < this.text.length) {
      const c = this.text[this.at++]!;
      if (c === quote) return out;
      if (c === "\\") {
        const next = this.text[this.at++];
        const escapes: Record<string, string> = { n: "\n", t: "\t", r: "\r", "\\": "\\", "'": "'", '"': '"' };
        if (next === undefined || !(next in escapes)) throw this.error("a known escape (\\n \\t \\r \\\\ \\' \\\")");
        out += escapes[next];
      } else out += c;
    }
    throw this.error(`a closing ${quote}`);
  }

  private list(): CypherValue[] {
    this.at++;
    const items: CypherValue[] = [];
    this.space();
    if (this.eat("]")) return items;
    do items.push(this.value());
    while (this.eat(","));
    if (!this.eat("]")) throw this.error(", or ]");
    return items;
  }

  private map(): { [key: string]: CypherValue } {
    this.at++;
    const map: { [key: string]: CypherValue } = {};
    this.space();
    if (this.eat("}")) return map;
    do {
      this.space();
      const c = this.text[this.at];
      let name: string;
      if (c === "'" || c === '"') name = this.string(c);
      else {
        const key = /^([A-Za-z_]\w*|`[^`]+`)/.exec(this.rest());
        if (!key) throw this.error("a key");
        this.at += key[0].length;
        name = key[0].replace(/`/g, "");
      }
      if (!this.eat(":")) throw this.error(":");
      map[name] = this.value();
    } while (this.eat(","));
    if (!this.eat("}")) throw this.error(", or }");
    return map;
  }

  private eat(token: string): boolean {
    this.space();
    if (this.text[this.at] !== token) return false;
    this.at++;
    return true;
  }

  private space(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at]!)) this.at++;
  }

  private rest(): string {
    return this.text.slice(this.at);
  }

  private error(expected: string): LiteralError {
    return new LiteralError(`expected ${expected} at position ${this.at + 1} of ${JSON.stringify(this.text)}`);
  }
}
