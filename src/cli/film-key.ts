import { fromGlobalId } from "../graph/ids";
import { UsageError } from "./command-database";

/** `--film` takes the key (`sound-of-metal-2019`) or the global id (`Film:sound-of-metal-2019`). */
export function filmKey(given: string): string {
  const trimmed = given.trim();
  const parsed = fromGlobalId(trimmed);
  if (parsed && parsed.type !== "Film") throw new UsageError(`--film needs a film id, got the ${parsed.type} id "${given}"`);
  const key = parsed?.id ?? trimmed;
  if (!key) throw new UsageError("--film needs a film id such as sound-of-metal-2019");
  return key;
}
