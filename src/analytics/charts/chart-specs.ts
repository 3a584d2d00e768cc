import type { TopLevelSpec } from "vega-lite" with { "resolution-mode": "import" };
import type { ResultTable } from "../formats";

/** A Vega-Lite specification (vega-lite's own type; the library itself is loaded at render time). */
export type VegaLiteSpec = TopLevelSpec;

/** Axis and legend of a count: whole-number labels only (never "0.4 judgements" or "1.000000 films"). */
const COUNT_AXIS = { format: "d", tickMinStep: 1 };
const COUNT_LEGEND = { format: "d", tickMinStep: 1 };

const base = (title: string, values: ResultTable["rows"]) => ({
  $schema: "https://vega.github.io/schema/vega-lite/v6.json",
  title,
  data: { values },
  config: { font: "sans-serif", view: { stroke: null } },
});

/**
 * The analytics whose result has a natural chart, each as a function from its result table to a
 * Vega-Lite spec: aspect sentiment (stacked bars per aspect), theme co-occurrence (a heat map of
 * theme pairs), genre ratings (mean ratings per genre) and critics' agreement per film (film
 * consensus: share of positive reviews per film).
 */
export const CHARTS: Record<string, (table: ResultTable) => VegaLiteSpec> = {
  "aspect-sentiment": (table) => ({
    ...base("How critics judge each aspect", table.rows),
    transform: [
      { fold: ["positive", "mixed", "neutral", "negative"], as: ["polarity", "judgements"] },
      { calculate: "indexof(['positive', 'mixed', 'neutral', 'negative'], datum.polarity)", as: "stackOrder" },
    ],
    mark: "bar",
    encoding: {
      y: { field: "aspect", type: "nominal", sort: "-x", title: null },
      x: { field: "judgements", type: "quantitative", stack: "zero", title: "judgements", axis: COUNT_AXIS },
      color: {
        field: "polarity",
        type: "nominal",
        sort: ["positive", "mixed", "neutral", "negative"],
        scale: { domain: ["positive", "mixed", "neutral", "negative"], range: ["#2E8B57", "#E0B040", "#B0B0B0", "#C0392B"] },
      },
      order: { field: "stackOrder", type: "quantitative" },
    },
  }),
  "theme-cooccurrence": (table) => ({
    ...base("Themes explored by the same films", table.rows),
    mark: "rect",
    encoding: {
      x: { field: "theme", type: "nominal", title: null },
      y: { field: "otherTheme", type: "nominal", title: null },
      color: { field: "films", type: "quantitative", title: "films", scale: { scheme: "blues" }, legend: COUNT_LEGEND },
      tooltip: [{ field: "theme" }, { field: "otherTheme" }, { field: "films" }, { field: "reviews" }],
    },
  }),
  "genre-ratings": (table) => ({
    ...base("Mean IMDb rating per genre", table.rows),
    mark: "bar",
    encoding: {
      y: { field: "genre", type: "nominal", sort: "-x", title: null },
      x: { field: "meanImdb", type: "quantitative", title: "mean IMDb rating (1-10)", scale: { domain: [0, 10] } },
      color: { field: "films", type: "quantitative", title: "films", scale: { scheme: "greens" }, legend: COUNT_LEGEND },
    },
  }),
  "film-consensus": (table) => ({
    ...base("Critics' agreement: share of positive reviews per film", table.rows),
    mark: "bar",
    encoding: {
      y: { field: "film", type: "nominal", sort: "-x", title: null },
      x: { field: "positiveShare", type: "quantitative", title: "positive reviews / reviews", scale: { domain: [0, 1] } },
      color: { field: "reviews", type: "quantitative", title: "reviews", scale: { scheme: "purples" }, legend: COUNT_LEGEND },
    },
  }),
};
