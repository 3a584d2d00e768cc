import fs from "node:fs";
import path from "node:path";
import type { Database } from "../../../src/db/database";
import type { Targets } from "./operations";

/** Reads the targets of the query mix from the loaded data set (cypher/targets.cypher). */
export async function readTargets(db: Database): Promise<Targets> {
  const { records } = await db.driver.executeQuery(fs.readFileSync(path.join(__dirname, "cypher/targets.cypher"), "utf8"), {}, { database: db.name, routing: "READ" });
  const row = records[0]?.toObject() as { id: string; title: string; year: number | null; person: string; character: string; theme: string } | undefined;
  if (!row) throw new Error("the data set has no film with a cast: nothing to benchmark");
  return {
    film: { id: row.id, title: row.title, year: row.year },
    person: { name: row.person, character: row.character },
    theme: row.theme,
    // The film's title as Lucene words (its syntax characters dropped).
    search: row.title.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, " ").replace(/\s+/g, " ").trim(),
  };
}
