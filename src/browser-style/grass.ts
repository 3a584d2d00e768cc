import path from "node:path";
import { CYPHER_DIR } from "../db/cypher-registry";

/** The Neo4j Browser style of the graph (drag it onto Neo4j Browser; README: Explore in Neo4j Browser). */
export const GRASS_FILE = path.join(CYPHER_DIR, "browser", "film-graph.grass");

export interface GrassRule {
  kind: "node" | "relationship";
  /** The label or relationship type; undefined for the defaults block. */
  name?: string;
  properties: Record<string, string>;
}

/** Reads a .grass file: `node.Label { key: value; ... }` blocks. */
export function parseGrass(text: string): GrassRule[] {
  const rules: GrassRule[] = [];
  for (const block of text.matchAll(/(node|relationship)(?:\.(\w+))?\s*\{((?:"[^"]*"|[^}"])*)\}/g)) {
    const properties: Record<string, string> = {};
    for (const declaration of block[3]!.split(";")) {
      const colon = declaration.indexOf(":");
      if (colon < 0) continue;
      properties[declaration.slice(0, colon).trim()] = declaration.slice(colon + 1).trim().replace(/^"|"$/g, "");
    }
    rules.push({ kind: block[1] as GrassRule["kind"], name: block[2], properties });
  }
  return rules;
}

/** The property a caption like "{title}" shows; undefined for "<type>"/"<id>" or a fixed text. */
export function captionProperty(caption: string | undefined): string | undefined {
  return caption ? /^\{(\w+)\}$/.exec(caption)?.[1] : undefined;
}
