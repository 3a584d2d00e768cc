import { isDate, isDateTime, isLocalDateTime, type Date as Neo4jDate, type DateTime as Neo4jDateTime } from "neo4j-driver";

/**
 * Dates are instants (docs/identity.md, "Dates"): the graph stores Neo4j temporal values, never
 * text. A review's `publishedAt` is a Neo4j Date when only a day is known (`2024-06-02`) and a
 * DateTime with its UTC offset otherwise (`2024-06-01T23:30:00-05:00`); `createdAt` is a UTC
 * DateTime; `datedAt` is the instant a review is dated at (publishedAt, a bare date at 00:00 UTC of
 * its day, else createdAt), the key of the DATE sort and the date filters.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:\d{2})?$/;

/** Whether the text is an ISO 8601 calendar date without a time (`2024-06-02`). */
export const isIsoDate = (text: string): boolean => ISO_DATE.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));

/**
 * An ISO 8601 date or date-time as the text Cypher's `date()`/`datetime()` read: a bare date is
 * kept; a date-time without an offset is taken as UTC (`Z` added). Undefined when it is neither.
 */
export function cypherTemporalText(text: string): string | undefined {
  const value = text.trim();
  if (ISO_DATE.test(value)) return isIsoDate(value) ? value : undefined;
  const match = ISO_DATE_TIME.exec(value);
  if (!match) return undefined;
  const withZone = match[3] ? value : `${value}Z`;
  return Number.isNaN(Date.parse(withZone)) || !isIsoDate(match[1]!) ? undefined : withZone;
}

/**
 * The bounds of a date filter as UTC instants (ISO 8601 text for Cypher's `datetime()`): a bare
 * date means its whole UTC day, from 00:00 UTC (`from`) up to, not including, 00:00 UTC of the
 * next day (`before`); a date-time is an inclusive bound (`from` or `to`). Undefined when the text
 * is not an ISO 8601 date or date-time.
 */
export function dateBound(text: string, side: "from" | "to"): { from?: string; to?: string; before?: string } | undefined {
  const value = cypherTemporalText(text);
  if (value === undefined) return undefined;
  if (!ISO_DATE.test(value)) return side === "from" ? { from: value } : { to: value };
  if (side === "from") return { from: `${value}T00:00:00Z` };
  const next = new Date(`${value}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return { before: next.toISOString() };
}

type Temporal = Neo4jDate<number> | Neo4jDateTime<number>;

/**
 * A stored temporal value as ISO 8601 text for clients: a Date as `2024-06-02`, a DateTime with its
 * offset (`2024-06-01T23:30:00-05:00`), a UTC DateTime in JavaScript's form (`2024-06-02T01:00:00.123Z`).
 * Text (a value written before migration 007) is passed through; null stays null.
 */
export function temporalText(value: Temporal | string | null | undefined): string | null {
  if (value == null) return null;
  if (typeof value === "string") return value;
  if (isDateTime(value) && value.timeZoneOffsetSeconds === 0 && value.timeZoneId == null) {
    return value.toStandardDate().toISOString();
  }
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value)) return value.toString();
  return String(value);
}
