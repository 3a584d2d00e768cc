import { z } from "zod";
import { fromGlobalId, normalizeText } from "../graph/ids";
import type { ReviewRecord } from "../graph/review-writes";
import { InvalidInputError, parseInput } from "./input-errors";
import { scoreOfRating } from "./rating";
import { MAX_NAME_CHARS, MAX_REVIEW_CHARS, MAX_URL_CHARS } from "./limits";

/**
 * A review as a client sends it (the GraphQL ReviewInput, or the CLI's file and flags): what is
 * stored of it before analysis. `filmId` is the film's key, not its global id.
 */
export type ReviewInput = Pick<ReviewRecord, "filmId" | "text" | "author" | "source" | "publishedAt" | "url" | "rating">;

/** A review that passed validation: the text as written, optional fields trimmed or null. */
export interface ValidReview {
  filmId: string;
  text: string;
  author: string | null;
  source: string | null;
  publishedAt: string | null;
  url: string | null;
  /** The critic's rating as written, and it on the 0–100 scale (null without a rating). */
  rating: string | null;
  score: number | null;
}

const optionalText = (max: number) =>
  z
    .string()
    .nullish()
    .transform((v) => (v == null || v.trim() === "" ? null : normalizeText(v.trim())))
    .refine((v) => v == null || v.length <= max, { message: `must be at most ${max} characters` });

const formatCount = (n: number) => n.toLocaleString("en-US");

const reviewSchema = z.object({
  filmId: z.string(),
  // Stored as written, whitespace and all (the offsets of the evidence point into it), in Unicode
  // NFC (UAX #15): the same review typed in NFC or NFD is one review with one id.
  text: z
    .string()
    .transform(normalizeText)
    .refine((t) => t.trim() !== "", { message: "must not be empty or only whitespace" })
    .refine((t) => t.length <= MAX_REVIEW_CHARS, {
      error: (issue) =>
        `is ${formatCount((issue.input as string).length)} characters long; the limit is ${formatCount(MAX_REVIEW_CHARS)}`,
    }),
  author: optionalText(MAX_NAME_CHARS),
  source: optionalText(MAX_NAME_CHARS),
  publishedAt: optionalText(40).refine(
    (v) =>
      v == null || z.iso.date().safeParse(v).success || z.iso.datetime({ offset: true, local: true }).safeParse(v).success,
    { error: (issue) => `must be an ISO 8601 date (2020-12-04) or date-time (2020-12-04T09:30:00Z), got "${String(issue.input)}"` },
  ),
  url: optionalText(MAX_URL_CHARS).refine((v) => v == null || z.url({ protocol: /^https?$/ }).safeParse(v).success, {
    error: (issue) => `must be an http:// or https:// address, got "${String(issue.input)}"`,
  }),
  rating: optionalText(40),
});

/** Checks a review before anything is read or written; throws InvalidInputError saying what to fix. */
export function validateReview(input: ReviewInput): ValidReview {
  const review = parseInput(reviewSchema, input, "input");
  return { ...review, rating: review.rating ?? null, score: review.rating == null ? null : scoreOfRating(review.rating) };
}

/** The film key in a `Film:<key>` global id; anything else is a bad argument. */
export function filmKeyOf(globalId: string, field = "input.filmId"): string {
  const parsed = fromGlobalId(globalId.trim());
  if (parsed?.type !== "Film") {
    throw new InvalidInputError(`${field}: must be a film's id such as "Film:sound-of-metal-2019" (Film.id), got "${globalId}"`);
  }
  return parsed.id;
}
