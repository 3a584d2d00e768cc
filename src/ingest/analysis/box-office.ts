import { splitClauses } from "./clauses";
import type { Token } from "./tokens";

/**
 * Token indexes of the clauses that tell how a film sold, not how good it is: "Robin Hood missed the
 * mark at the box office", "a box-office flop", "its ticket sales were a disappointment". A
 * commercial fortune is no critic's judgement, whatever its words.
 */
export function commercialFortunes(tokens: Token[]): number[] {
  const at = tokens.findIndex((t, i) => (t.normal === "box" && (tokens[i + 1]?.normal === "office" || (tokens[i + 1]?.text === "-" && tokens[i + 2]?.normal === "office"))) || (t.normal === "ticket" && tokens[i + 1]?.normal === "sales"));
  if (at < 0) return [];
  const clause = splitClauses(tokens).find((c) => at >= c.first && at <= c.last);
  if (!clause) return [];
  return Array.from({ length: clause.last - clause.first + 1 }, (_, k) => clause.first + k);
}
