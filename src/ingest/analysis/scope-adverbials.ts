import type { Token } from "./tokens";

// The craft a scope word names ("visually", "a production standpoint", "story-wise"): the aspect, or
// null for craft in general ("technically"), which is no verdict on the whole either.
const SCOPES = new Map<string, string | null>([
  ["visual", "cinematography"], ["visually", "cinematography"], ["aesthetically", "cinematography"], ["stylistically", "direction"],
  ["musical", "music"], ["musically", "music"], ["sonically", "sound design"], ["sound", "sound design"],
  ["production", "production design"], ["design", "production design"],
  ["acting", "performance"], ["performance", "performance"], ["performances", "performance"],
  ["story", "screenplay"], ["narrative", "screenplay"], ["narratively", "screenplay"], ["thematically", "screenplay"], ["dramatically", "screenplay"], ["writing", "screenplay"], ["script", "screenplay"], ["plot", "screenplay"],
  ["directing", "direction"], ["direction", "direction"], ["tonally", "direction"], ["cinematically", "direction"],
  ["editing", "editing"], ["pacing", "pacing"],
  ["technical", null], ["technically", null], ["craft", null], ["structurally", null],
]);
const VIEWPOINTS = new Set(["standpoint", "stand", "perspective", "viewpoint", "level"]);
// "On paper, it's a can't-miss", "In concept, it's all there": the idea of the film, not the film made.
const IDEAL_SCOPES = new Set(["on paper", "in concept", "in theory", "in principle"]);

/**
 * The craft a sentence's opening phrase restricts its judgement to: "Visually, the film is
 * stunning", "From a production standpoint, this film is flawless", "Story-wise, it is thin",
 * "On a technical level, it is a marvel". A verdict said of the film under such a scope judges that
 * craft, not the whole. "On paper," and "In concept," scope the idea of the film: no verdict either.
 * Returns the aspect, null for craft in general or the idea, or undefined without a scope.
 */
export function openingScope(tokens: Token[]): string | null | undefined {
  const comma = tokens.findIndex((t) => t.text === ",");
  if (comma < 1 || comma > 7) return undefined;
  const opening = tokens.slice(0, comma);
  const first = opening[0]!.normal;
  if (opening.length === 2 && IDEAL_SCOPES.has(`${first} ${opening[1]!.normal}`)) return null;
  // "Visually,", "Musically speaking,"
  if (opening.length <= 2 && SCOPES.has(first) && first.endsWith("ly")) return SCOPES.get(first);
  // "Story-wise,", "Performance-wise,"
  const wise = /^(.+)-wise$/.exec(first);
  if (opening.length === 1 && wise && SCOPES.has(wise[1]!)) return SCOPES.get(wise[1]!);
  // "From a production standpoint,", "On a technical level,", "From a visual perspective,"
  if (!["from", "on", "in"].includes(first) || !opening.some((t) => VIEWPOINTS.has(t.normal))) return undefined;
  const named = opening.find((t) => SCOPES.has(t.normal));
  return named ? SCOPES.get(named.normal) : undefined;
}
