import { failureKinds } from "../../../src/ingest/evaluation/failure-kinds";

const none = { mentions: [], themes: [], themesByMeaning: [], aspects: [] };

it("counts a judgement read with the opposite sign once, as a flip, and the rest as misses and inventions", () => {
  const kinds = failureKinds({
    missed: { ...none, themes: ["grief"], aspects: ["pacing:NEGATIVE", "performance:POSITIVE", "music:POSITIVE"] },
    extra: { ...none, mentions: ['Person:x "X"'], aspects: ["pacing:POSITIVE", "performance:MIXED", "editing:NEGATIVE"] },
  });
  expect(kinds).toMatchObject({
    "aspect sign flipped": 1,
    "aspect polarity off (mixed)": 1,
    "aspect missed": 1,
    "aspect invented": 1,
    "theme missed": 1,
    "theme invented": 0,
    "mention wrong or extra": 1,
  });
});
