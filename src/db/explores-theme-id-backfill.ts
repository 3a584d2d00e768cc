import neo4j from "neo4j-driver";
import type { Database } from "./database";

/** Data migration 056: the id of the step (after 055, which creates the index it fills). */
export const EXPLORES_THEME_ID_BACKFILL_ID = "056-explores-theme-id-backfill";

/** Themes whose links are updated per write transaction (a hub theme has tens of thousands). */
const BATCH = 20;

/**
 * Data migration 056: sets `EXPLORES.themeId` (the id of the theme a film's link points to; the
 * review writes keep it since, docs/performance.md) on every stored link, the links of BATCH themes
 * per write transaction in theme id order (backfill-explores-theme-ids.cypher), so a large graph is
 * not changed in one transaction. Run again it changes nothing. Returns the number of batches it ran.
 */
export async function backfillExploresThemeIds(db: Database): Promise<number> {
  let after = "";
  let batches = 0;
  for (;;) {
    const [row] = await db.write((tx) => tx.run("backfillExploresThemeIds", { after, limit: neo4j.int(BATCH) }));
    const last = row?.last as string | null | undefined;
    if (last == null) return batches;
    batches += 1;
    after = last;
  }
}
