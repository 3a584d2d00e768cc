import { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath, isPoint, isRelationship, isTime } from "neo4j-driver";

/**
 * What a result cell becomes outside Neo4j: JSON-compatible values, and BigInt for an integer beyond
 * JavaScript's exact range (±2^53), so a 64-bit integer is never rounded (the formats print its digits).
 */
export type PlainValue = null | boolean | number | bigint | string | PlainValue[] | { [key: string]: PlainValue };

/** An integer as a number when that is exact, else as a BigInt. */
function exactInteger(value: bigint): number | bigint {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

interface GraphNode {
  labels: string[];
  properties: Record<string, unknown>;
}

/** How a node reads in a path: its title or name, else its id (the captions of the .grass style). */
export function nodeCaption(node: GraphNode): string {
  const p = node.properties;
  const caption = p.title ?? p.name ?? p.id;
  return `${node.labels[0] ?? ""}${caption === undefined ? "" : ` ${String(caption)}`}`;
}

/**
 * Neo4j values as plain data: temporal values and integers as strings/numbers, nodes as their
 * properties with their labels, a path as text: (Film The Father)-[:EXPLORES]->(Theme memory).
 */
export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "bigint") return exactInteger(value);
  if (isInt(value)) return exactInteger(BigInt((value as { toString(): string }).toString()));
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value) || isPoint(value)) {
    return String(value);
  }
  if (isNode(value)) {
    const node = value as unknown as GraphNode;
    return { _labels: node.labels, ...plainObject(node.properties) };
  }
  if (isRelationship(value)) {
    const rel = value as unknown as { type: string; properties: Record<string, unknown> };
    return { _type: rel.type, ...plainObject(rel.properties) };
  }
  if (isPath(value)) return pathText(value as unknown as PathLike);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") return plainObject(value as Record<string, unknown>);
  return String(value);
}

function plainObject(o: Record<string, unknown>): { [key: string]: PlainValue } {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, toPlain(v)]));
}

interface PathLike {
  start: GraphNode & { elementId: string };
  segments: { start: GraphNode & { elementId: string }; end: GraphNode; relationship: { type: string; startNodeElementId: string } }[];
}

function pathText(path: PathLike): string {
  let text = `(${nodeCaption(path.start)})`;
  for (const segment of path.segments) {
    const forward = segment.relationship.startNodeElementId === segment.start.elementId;
    const rel = `[:${segment.relationship.type}]`;
    text += forward ? `-${rel}->` : `<-${rel}-`;
    text += `(${nodeCaption(segment.end)})`;
  }
  return text;
}
