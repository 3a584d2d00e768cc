import neo4j from "neo4j-driver";
import type { StatementName } from "../db/cypher-registry";
import { Database, type Params } from "../db/database";
import type { Logger } from "../logger";
import { allFilmsPageStatements, filmPageStatements } from "./film-page-statements";
import { filmFilterParams, personFilterParams, themeFilterParams } from "./filters";
import { similarFilmParams } from "./similar-films";
import { sortedPageParams } from "./sorted-list";
import { verdictThresholds } from "./verdict";

/**
 * How long the warm-up may take in all (ms). Compiling the staged list statements takes 1–15 s
 * each on a loaded 2-core machine (docs/performance.md); past the budget the service is ready anyway.
 */
export const PLAN_WARMUP_BUDGET_MS = 180_000;

/**
 * One statement run to compile and cache its plan, with parameters of the types requests use.
 * `write`: a write statement, run in a write transaction on parameters that match nothing.
 */
export interface WarmupStep {
  statement: StatementName;
  params: Params;
  write?: boolean;
}

/** What the warm-up did: steps run, the ones that failed (with why), and whether it ran them all. */
export interface WarmupReport {
  warmed: number;
  failed: { statement: StatementName; reason: string }[];
  complete: boolean;
  ms: number;
}

/**
 * The statements whose first compile can outlast a request's timeout (the staged, index-backed
 * pages, the film page, and the statements of a review write and delete, whose compiles took 5–8 s
 * each under a load average of 18 and made the first ingests time out), each with the parameter
 * types of its requests. Neo4j caches a plan per
 * statement text and top-level parameter types, so a page statement is run twice, with `after`
 * null (a first page) and a map (a next page). Every step reads nothing (`limit` 0, no titles, no
 * requests), so the warm-up costs its compiles, not the catalog.
 */
export function warmupSteps(): WarmupStep[] {
  const first = null;
  const next = { key: null, id: "" };
  const pages = (statement: StatementName, filter: Record<string, unknown>, field: string): WarmupStep[] =>
    [first, next].map((after) => ({ statement, params: sortedPageParams({ filter, field, direction: "ASC" }, after, 0) }));
  const films = filmFilterParams(null);
  const fields = Object.keys(filmPageStatements) as (keyof typeof filmPageStatements)[];
  const include = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, true]));
  return [
    // The unfiltered pages first: the front page of a site.
    ...fields.flatMap((field) => pages(allFilmsPageStatements[field], films, field)),
    ...fields.flatMap((field) => pages(filmPageStatements[field], films, field)),
    ...pages("peopleByName", personFilterParams(null), "NAME"),
    ...pages("themesByName", themeFilterParams(null), "NAME"),
    // The single-entity statements with everything they can fetch asked (the flags are inside
    // one map, so this is the plan of every selection); no title, no id: nothing is read.
    ...[null, neo4j.int(0)].map((year) => ({
      statement: "filmByTitle" as const,
      params: {
        titleKey: "",
        year,
        include: {
          ...include(["directors", "writers", "cast", "castRoles", "themes", "genres", "consensus", "similar"]),
          reviews: { afterCreatedAt: null, afterId: null, ...include(["themeLinks", "aspects", "mentions"]) },
        },
        reviewLimit: neo4j.int(1),
        similarLimit: neo4j.int(0),
        ...similarFilmParams(),
        consensusQuotes: true,
        themeSynonyms: true,
      },
    })),
    { statement: "reviewsByFilm", params: { requests: [], reviewLimit: neo4j.int(1), themeSynonyms: true } },
    { statement: "similarFilms", params: { requests: [], similarLimit: neo4j.int(0), ...similarFilmParams(), themeSynonyms: true } },
    { statement: "filmsByTheme", params: { requests: [], filmLimit: neo4j.int(0) } },
    { statement: "consensusByFilm", params: { ids: [], consensusQuotes: true } },
    { statement: "personByName", params: { id: "", include: include(["roles"]) } },
    { statement: "themeByName", params: { id: "", name: "", include: include(["films"]), filmLimit: neo4j.int(0) } },
    ...reviewWriteSteps(),
  ];
}

/**
 * The statements of ingestReview and deleteReview (src/ingest, src/graph/review-writes.ts): the
 * reads before the write, then the writes, each on ids no node has, so nothing is written.
 */
function reviewWriteSteps(): WarmupStep[] {
  const none = "";
  const thresholds = verdictThresholds();
  const write = (statement: StatementName, params: Params): WarmupStep => ({ statement, params, write: true });
  const nothing = neo4j.int(0);
  return [
    { statement: "reviewsById", params: { ids: [] } },
    { statement: "filmContext", params: { filmId: none } },
    write("lockFilm", { filmId: none }),
    write("reviewContributions", { reviewIds: [], ...thresholds }),
    write("storeReview", { review: { filmId: none }, personMentions: [], roleMentions: [], themes: [], aspects: [] }),
    write("applyFilmReviewDeltas", {
      filmId: none,
      delta: {
        reviews: nothing,
        judged: nothing,
        positive: nothing,
        negative: nothing,
        scored: nothing,
        scoreSum: nothing,
        sentiments: nothing,
        sentimentSum: 0,
        sentimentSquareSum: 0,
        addedCreatedAt: [],
        removedCreatedAt: [],
        themes: [],
        aspects: [],
        reviewIds: [],
      },
    }),
    write("refreshFilmReviewStats", { filmIds: [], ...thresholds }),
    write("refreshFilmThemes", { filmId: none }),
    write("refreshFilmConsensus", { filmId: none, ...thresholds }),
    write("lockFilmOfReview", { reviewId: none }),
    write("deleteReview", { reviewId: none }),
  ];
}

/**
 * Compiles the plans of warmupSteps() before the service says it is ready (/ready waits for the
 * returned promise), so that no request pays a compile against its timeout. Steps run one after
 * another (the machine may be small), each in a read (or, for a write step, write) transaction bounded by what is left of
 * `budgetMs`; a step that fails is logged and skipped, and past the budget the rest is skipped:
 * the warm-up never fails the start. Logs one line at the start and one at the end.
 */
export async function warmPlans(db: Database, logger: Logger, budgetMs = PLAN_WARMUP_BUDGET_MS, steps = warmupSteps()): Promise<WarmupReport> {
  const started = Date.now();
  const report: WarmupReport = { warmed: 0, failed: [], complete: true, ms: 0 };
  logger.info(`Warming the plans of ${steps.length} statements (at most ${Math.round(budgetMs / 1000)} s)`);
  for (const step of steps) {
    const left = budgetMs - (Date.now() - started);
    if (left <= 0) {
      report.complete = false;
      break;
    }
    const bounded = new Database(db.driver, db.name, db.cypher, { readMs: left, writeMs: left });
    const stepStarted = Date.now();
    try {
      if (step.write) await bounded.write((tx) => tx.run(step.statement, step.params));
      else await bounded.read(step.statement, step.params);
      report.warmed += 1;
      logger.debug({ statement: step.statement, ms: Date.now() - stepStarted }, "plan warmed");
    } catch (error) {
      report.failed.push({ statement: step.statement, reason: error instanceof Error ? error.message.split("\n")[0]! : String(error) });
    }
  }
  report.ms = Date.now() - started;
  const summary = `Plans warmed: ${report.warmed} of ${steps.length} statements in ${(report.ms / 1000).toFixed(1)} s`;
  if (report.failed.length > 0 || !report.complete) {
    logger.warn(
      { failed: report.failed },
      `${summary}${report.complete ? "" : `; budget of ${Math.round(budgetMs / 1000)} s spent, the rest compile on first use`}`,
    );
  } else {
    logger.info(summary);
  }
  return report;
}
