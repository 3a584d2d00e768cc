import { aspectId, filmId, personId, reviewId, roleId, themeId } from "../../../src/graph/ids";
import type { GeneratedCatalog } from "./generate-catalog";
import { FIRST_NAMES, LAST_NAMES, SOURCES } from "./names";
import { permutation, Random } from "./random";

/** Version of the generated reviews, kept as their analyzerVersion (provenance of every link). */
export const GENERATOR_VERSION = "bench-generator/1";

type Polarity = "POSITIVE" | "NEGATIVE" | "MIXED" | "NEUTRAL";

interface Link {
  evidence: string;
  start: number;
  end: number;
}

/** A review with its links, in the shape cypher/write/store-review.cypher stores (see load-reviews.cypher). */
export interface GeneratedReview {
  id: string;
  filmId: string;
  text: string;
  sentiment: number;
  author: string;
  source: string;
  publishedAt: string;
  url: string;
  createdAt: string;
  analyzerVersion: string;
  personMentions: (Link & { targetId: string; polarity: Polarity })[];
  roleMentions: (Link & { targetId: string; polarity: Polarity })[];
  themes: (Link & { themeId: string; salience: number })[];
  aspects: (Link & { aspectId: string; polarity: Polarity })[];
}

/**
 * How many reviews each film gets: Zipf over a shuffled film order (weight 1 / (rank + 10)), so a
 * few films have thousands of reviews and most a handful. Sums to `total`.
 */
export function reviewCounts(films: number, total: number, random: Random): Int32Array {
  const weights = Array.from({ length: films }, (_, r) => 1 / (r + 10));
  const sum = weights.reduce((a, b) => a + b, 0);
  const byRank = weights.map((w) => Math.floor((w / sum) * total));
  let missing = total - byRank.reduce((a, b) => a + b, 0);
  for (let r = 0; missing > 0; r = (r + 1) % films, missing--) byRank[r]! += 1;
  const order = permutation(films, random);
  const counts = new Int32Array(films);
  byRank.forEach((n, rank) => (counts[order[rank]!] = n));
  return counts;
}

const PRAISE = ["superb", "quietly devastating", "magnetic", "precise", "a revelation"];
const FAULT = ["wooden", "miscast", "lost", "flat", "unconvincing"];
const GOOD_ASPECT = ["is superb", "works beautifully", "is assured", "never falters"];
const BAD_ASPECT = ["falls flat", "drags", "is clumsy", "is a misstep"];

/**
 * The reviews of the catalog, `batch` at a time, the same for the same seed: each mentions a cast
 * member (as a person and as the character), discusses one or two themes of the taxonomy and judges
 * two or three aspects, every link with its sentence and character offsets, sentiment following
 * the film's `quality`.
 */
export function* generateReviews(
  catalog: GeneratedCatalog,
  o: { total: number; seed: number; themes: string[]; aspects: string[]; batch: number },
): Generator<GeneratedReview[]> {
  const random = new Random(o.seed);
  const counts = reviewCounts(catalog.films.length, o.total, random);
  const start = Date.UTC(2015, 0, 1);
  let made = 0;
  let batch: GeneratedReview[] = [];
  for (let i = 0; i < catalog.films.length; i++) {
    const film = catalog.films[i]!;
    const id = filmId(film.title, film.year);
    for (let k = 0; k < counts[i]!; k++) {
      const sentiment = Math.max(-1, Math.min(1, film.quality + (random.next() - 0.5) * 0.9));
      const positive = sentiment > 0;
      const polarity: Polarity = sentiment > 0.2 ? "POSITIVE" : sentiment < -0.2 ? "NEGATIVE" : "MIXED";
      const credit = film.cast[random.int(film.cast.length)]!;
      const actor = catalog.names[credit.person]!;
      const author = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
      const source = random.pick(SOURCES);
      const created = new Date(start + (made * 997 + k * 61) * 1000);
      const parts: string[] = [];
      let length = 0;
      const sentence = (text: string): Link => {
        const at = length + (parts.length ? 1 : 0);
        parts.push(text);
        length = at + text.length;
        return { evidence: text, start: at, end: at + text.length };
      };
      const mention = sentence(`${actor} is ${random.pick(positive ? PRAISE : FAULT)} as ${credit.character}.`);
      const themes = [random.pick(o.themes)];
      if (random.next() < 0.5) themes.push(random.pick(o.themes.filter((t) => t !== themes[0])));
      const themeLinks = themes.map((theme) => ({ ...sentence(`At heart it is a film about ${theme}.`), themeId: themeId(theme), salience: 0.4 + random.next() * 0.6 }));
      const aspects = [...new Set([random.pick(o.aspects), random.pick(o.aspects), random.pick(o.aspects)])];
      const aspectLinks = aspects.map((aspect) => {
        const good = random.next() < (sentiment + 1) / 2;
        return { ...sentence(`The ${aspect} ${random.pick(good ? GOOD_ASPECT : BAD_ASPECT)}.`), aspectId: aspectId(aspect), polarity: (good ? "POSITIVE" : "NEGATIVE") as Polarity };
      });
      sentence(`Seen for ${source} on ${created.toISOString().slice(0, 10)}, review ${made + 1}.`);
      const text = parts.join(" ");
      batch.push({
        id: reviewId(id, text),
        filmId: id,
        text,
        sentiment: Math.round(sentiment * 1000) / 1000,
        author,
        source,
        publishedAt: created.toISOString().slice(0, 10),
        url: `https://reviews.example.org/${made + 1}`,
        createdAt: created.toISOString(),
        analyzerVersion: GENERATOR_VERSION,
        personMentions: [{ ...mention, targetId: personId(actor), polarity }],
        roleMentions: [{ ...mention, targetId: roleId(id, credit.character), polarity }],
        themes: themeLinks,
        aspects: aspectLinks,
      });
      made += 1;
      if (batch.length >= o.batch) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length) yield batch;
}
