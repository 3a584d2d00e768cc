import type { Category, FileEvaluation } from "./evaluate-gold";

/** What went wrong, by kind, so that a change shows what it fixed and what it broke. */
export const FAILURE_KINDS = [
  "mention missed",
  "mention wrong or extra",
  "theme missed",
  "theme invented",
  "aspect sign flipped",
  "aspect polarity off (mixed)",
  "aspect missed",
  "aspect invented",
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

const aspectOf = (key: string) => key.slice(0, key.lastIndexOf(":"));
const polarityOf = (key: string) => key.slice(key.lastIndexOf(":") + 1);
const opposite = (a: string, b: string) => (a === "POSITIVE" && b === "NEGATIVE") || (a === "NEGATIVE" && b === "POSITIVE");

/**
 * Each error of a file, by kind. An aspect the gold judges one way and the analysis another is a
 * sign flip (POSITIVE vs NEGATIVE) or a polarity off by MIXED/NEUTRAL, counted once, not as a miss
 * plus an invention; the rest are misses and inventions.
 */
export function failureKinds(file: Pick<FileEvaluation, "missed" | "extra">): Record<FailureKind, number> {
  const counts = Object.fromEntries(FAILURE_KINDS.map((k) => [k, 0])) as Record<FailureKind, number>;
  const simple: [Category, FailureKind, FailureKind][] = [
    ["mentions", "mention missed", "mention wrong or extra"],
    ["themes", "theme missed", "theme invented"],
  ];
  for (const [category, missed, extra] of simple) {
    counts[missed] += file.missed[category].length;
    counts[extra] += file.extra[category].length;
  }
  const extra = [...file.extra.aspects];
  for (const key of file.missed.aspects) {
    const at = extra.findIndex((e) => aspectOf(e) === aspectOf(key));
    if (at < 0) {
      counts["aspect missed"] += 1;
      continue;
    }
    counts[opposite(polarityOf(key), polarityOf(extra[at]!)) ? "aspect sign flipped" : "aspect polarity off (mixed)"] += 1;
    extra.splice(at, 1);
  }
  counts["aspect invented"] += extra.length;
  return counts;
}
