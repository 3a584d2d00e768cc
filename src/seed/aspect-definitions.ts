import { z } from "zod";
import aspectsFile from "../../cypher/seed/aspects.json";

/** cypher/seed/aspects.json: the aspects critics judge and the words that name them. */
export const aspectsFileSchema = z.object({
  aspects: z.array(
    z.object({
      name: z.string().min(1),
      cues: z.array(z.string().min(1)).default([]),
      castCues: z.array(z.string().min(1)).default([]),
    }),
  ),
});

export type AspectDefinition = z.infer<typeof aspectsFileSchema>["aspects"][number];

let shipped: AspectDefinition[] | undefined;

/** The aspect definitions shipped with the code (the analysis's knowledge of criticism). */
export function shippedAspectDefinitions(): AspectDefinition[] {
  shipped ??= aspectsFileSchema.parse(aspectsFile).aspects;
  return shipped;
}
