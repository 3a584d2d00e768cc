import { z } from "zod";
import aspectsFile from "../../cypher/seed/aspects.json";

/** cypher/seed/aspects.json: the aspects critics judge and the words that name them. */
export const aspectsFileSchema = z.object({
  aspects: z.array(
    z.object({
      name: z.string().min(1),
      cues: z.array(z.string().min(1)).default([]),
      castCues: z.array(z.string().min(1)).default([]),
      /** Words that name the aspect only as nouns ("the sound", not "sounds thrilled"). */
      nounCues: z.array(z.string().min(1)).default([]),
      /** Nouns that name the aspect only as the subject of a judging clause ("the story lurches"), not elsewhere ("the story of a drummer"). */
      subjectNouns: z.array(z.string().min(1)).default([]),
      /** Naming the aspect is praise ("the film is open-captioned"): a critic mentions it because it is there. */
      praisedWhenStated: z.boolean().default(false),
      /** Described as the subject of a clause with no word against it ("the score groans like a ship's hull"): praise. */
      praisedWhenDescribed: z.boolean().default(false),
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
