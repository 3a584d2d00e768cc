// Ingest throughput: `npm run bench:ingest` (not part of jest). Generates a folder of review files
// naming a benchmark film's cast, runs the CLI's ingest path on it against the database the
// configuration points at (NEO4J_URI, or the embedded one, started if needed) and prints
// reviews/second. The reviews it stored are deleted again at the end unless --keep is given.
//
//   npm run bench:ingest                          the production analyzer (src/ingest/default-analyzer.ts)
//   npm run bench:ingest -- --test-analyzer       the write path's exact-match test double
//   npm run bench:ingest -- --reviews 500 --keep
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Command } from "commander";
import { withDatabase } from "../../src/cli/command-database";
import { exitWithError } from "../../src/cli/exit-with-error";
import { ingestFiles } from "../../src/cli/ingest-files";
import { progressOnStderr } from "../../src/cli/progress";
import { readReviewFiles } from "../../src/cli/review-files";
import { defaultAnalyzer } from "../../src/ingest/default-analyzer";
import { deleteReview } from "../../src/ingest/delete-review";
import { writeFilm } from "../../src/ingest/write-film";
import { exactMatchAnalyzer } from "../support/exact-match-analyzer";

const FILM = {
  title: "Film Graph Benchmark",
  year: 1999,
  directors: ["Marta Okonkwo"],
  writers: ["Marta Okonkwo", "Jonas Feld"],
  cast: [
    { person: "Ines Calloway", character: "Vera Lind" },
    { person: "Theo Marchetti", character: "Sam Lind" },
    { person: "Ruth Adeyemi", character: "Dr. Hale" },
    { person: "Oskar Brandt", character: "The Ferryman" },
    { person: "Lena Sato", character: "Mika" },
  ],
};

const OPENINGS = [
  "{title} is a quiet film about {theme} and {theme2}.",
  "Few films this year take {theme} as seriously as {title}.",
  "At its heart, {title} is a story of {theme}.",
  "{director}'s {title} wants to be about {theme}, and mostly it is.",
];
const MIDDLES = [
  "{actor} is extraordinary as {character}, all restraint and buried anger.",
  "{actor} gives a performance of real delicacy as {character}.",
  "As {character}, {actor} never quite convinces.",
  "{character} is the film's best-written part, and {actor} knows it.",
  "The cinematography is cold and beautiful, all grey water and low skies.",
  "The sound design does a great deal of the storytelling.",
  "The pacing drags badly in the second half.",
  "The music is intrusive and tells us what to feel.",
  "The editing is sharp, though the third act feels rushed.",
  "The screenplay circles {theme} without ever saying the word.",
  "{surname} plays {character} with a tired warmth that is hard to forget.",
  "It is not a subtle film, but it is an honest one about {theme}.",
  "The supporting performance by {actor} as {character} steals every scene.",
  "I didn't think the direction quite landed.",
];
const CLOSINGS = [
  "If you liked Aftersun, see this.",
  "I recommend it without reservation.",
  "It is flawed, but worth your time.",
  "A disappointment, in the end.",
  "See it on the biggest screen you can find.",
];
const THEMES = ["grief", "memory", "family", "identity", "loneliness", "forgiveness", "faith", "class", "home", "resilience"];

/** A small deterministic generator, so a run can be repeated. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function generateReview(n: number, runId: string, next: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const fill = (template: string) => {
    const credit = pick(FILM.cast);
    return template
      .replaceAll("{title}", FILM.title)
      .replaceAll("{director}", FILM.directors[0]!)
      .replaceAll("{theme2}", pick(THEMES))
      .replaceAll("{theme}", pick(THEMES))
      .replaceAll("{actor}", credit.person)
      .replaceAll("{surname}", credit.person.split(" ").pop()!)
      .replaceAll("{character}", credit.character);
  };
  const middle = Array.from({ length: 4 + Math.floor(next() * 8) }, () => fill(pick(MIDDLES)));
  return [fill(pick(OPENINGS)), ...middle, fill(pick(CLOSINGS)), `(Review ${n} of benchmark run ${runId}.)`].join(" ");
}

async function main(flags: { reviews: string; testAnalyzer?: boolean; keep?: boolean }) {
  const count = Number(flags.reviews);
  if (!Number.isInteger(count) || count < 1) throw new Error("--reviews must be a positive whole number");
  const analyzer = flags.testAnalyzer ? exactMatchAnalyzer : defaultAnalyzer;
  const runId = `${Date.now().toString(36)}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "film-graph-bench-"));
  const next = random(42);
  for (let n = 1; n <= count; n++) {
    fs.writeFileSync(path.join(dir, `review-${String(n).padStart(4, "0")}.txt`), generateReview(n, runId, next));
  }
  try {
    await withDatabase(async (db) => {
      const filmId = await writeFilm(db, FILM);
      const files = readReviewFiles([dir]);
      const started = process.hrtime.bigint();
      const outcomes = await ingestFiles(db, files, { filmId, analyzer, progress: progressOnStderr("ingesting", "reviews") });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const stored = outcomes.filter((o) => o.status === "stored");
      const refused = outcomes.filter((o) => o.status === "refused");
      process.stdout.write(
        `${files.length} reviews in ${seconds.toFixed(2)} s: ${(files.length / seconds).toFixed(1)} reviews/second ` +
          `(analyzer ${analyzer.version}; ${stored.length} stored, ${refused.length} refused)\n`,
      );
      if (refused[0]?.status === "refused") process.stdout.write(`first refusal: ${refused[0].reason}\n`);
      if (!flags.keep) for (const o of outcomes) if (o.status === "stored") await deleteReview(db, o.reviewId);
      if (refused.length) process.exitCode = 1;
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

new Command("bench:ingest")
  .option("--reviews <n>", "how many reviews to generate", "200")
  .option("--test-analyzer", "use the write path's exact-match test analyzer instead of the production one")
  .option("--keep", "keep the stored reviews (by default they are deleted after the run)")
  .action(main)
  .parseAsync(process.argv)
  .catch(exitWithError);
