// The generated reviews of the ingest benchmark (tests/benchmarks/ingest-throughput.ts): a film with
// a small cast and reviews assembled from template sentences naming it, deterministic for a seed.
// The analysis snapshot (tests/support/analysis-snapshot-inputs.ts) analyses some of them too.
import type { FilmFacts } from "../../src/graph/catalog-writes";

export const BENCHMARK_FILM = {
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
} satisfies FilmFacts;

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
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function generateReview(n: number, runId: string, next: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const fill = (template: string) => {
    const credit = pick(BENCHMARK_FILM.cast);
    return template
      .replaceAll("{title}", BENCHMARK_FILM.title)
      .replaceAll("{director}", BENCHMARK_FILM.directors[0]!)
      .replaceAll("{theme2}", pick(THEMES))
      .replaceAll("{theme}", pick(THEMES))
      .replaceAll("{actor}", credit.person)
      .replaceAll("{surname}", credit.person.split(" ").pop()!)
      .replaceAll("{character}", credit.character);
  };
  const middle = Array.from({ length: 4 + Math.floor(next() * 8) }, () => fill(pick(MIDDLES)));
  return [fill(pick(OPENINGS)), ...middle, fill(pick(CLOSINGS)), `(Review ${n} of benchmark run ${runId}.)`].join(" ");
}

