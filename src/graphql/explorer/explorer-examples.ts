import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { CYPHER_DIR } from "../../db/cypher-registry";

const EXAMPLES_FILE = path.join(CYPHER_DIR, "seed", "explorer-examples.json");
const examplesSchema = z.object({ variables: z.record(z.string(), z.record(z.string(), z.unknown())) });

/**
 * Variables for the contract operations that have required arguments without defaults, so every
 * tab of the explorer runs as it opens (mutations also need the Authorization header). They name
 * the seed's data, so they live beside it (cypher/seed/explorer-examples.json).
 */
export const exampleVariables: Record<string, Record<string, unknown>> = examplesSchema.parse(
  JSON.parse(fs.readFileSync(EXAMPLES_FILE, "utf8")),
).variables;
