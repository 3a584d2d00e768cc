import type { Token } from "./tokens";

const SHOOTING_WORDS = new Set(["shot", "filmed", "lensed"]);
const PLACE_PREPOSITIONS = new Set(["in", "on", "at", "around", "across", "near"]);
// Names after "shot in" that are a film stock or a format, which is camerawork ("shot in IMAX").
const FORMATS = new Set(["imax", "technicolor", "cinemascope", "panavision", "vistavision", "kodachrome", "super", "dolby"]);

/**
 * Whether the word at `i` is "shot" or "filmed" followed by the place it was done ("the film was
 * shot in Hungary", "filmed on location in Budapest"): a fact of the production, which judges no
 * camerawork. Not a format or stock ("shot in IMAX", "shot on 35mm").
 */
export function shotAtAPlace(tokens: Token[], i: number): boolean {
  if (!SHOOTING_WORDS.has(tokens[i]?.normal ?? "")) return false;
  let k = i + 1;
  if (!PLACE_PREPOSITIONS.has(tokens[k]?.normal ?? "")) return false;
  k++;
  // "on location in Morocco"
  if (tokens[k]?.normal === "location") {
    if (!PLACE_PREPOSITIONS.has(tokens[k + 1]?.normal ?? "")) return true;
    k += 2;
  }
  if (tokens[k]?.normal === "the") k++;
  const place = tokens[k];
  return place?.pos === "PROPN" && !FORMATS.has(place.normal);
}
