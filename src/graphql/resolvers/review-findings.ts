import type { Recommendation, UnresolvedMention } from "../../ingest/analysis-types";

// The analysis' unresolved names and recommendations live on the Review node as lists of JSON
// strings (one per finding; see cypher/write/store-review.cypher).

export function parseUnresolved(stored: string[] | null | undefined) {
  return (stored ?? []).map((json) => {
    const u = JSON.parse(json) as UnresolvedMention;
    return {
      name: u.surface,
      reason: u.reason === "ambiguous" ? ("AMBIGUOUS" as const) : ("UNKNOWN" as const),
      candidates: u.candidates ?? [],
      evidence: u.evidence,
      start: u.start ?? null,
      end: u.end ?? null,
    };
  });
}

export function parseRecommendations(stored: string[] | null | undefined) {
  return (stored ?? []).map((json) => {
    const r = JSON.parse(json) as Recommendation;
    return { evidence: r.evidence, start: r.start ?? null, end: r.end ?? null };
  });
}
