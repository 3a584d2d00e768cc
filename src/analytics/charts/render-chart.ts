import { CHARTS, type VegaLiteSpec } from "./chart-specs";
import type { ResultTable } from "../formats";

export const CHART_FORMATS = ["svg", "html"] as const;
export type ChartFormat = (typeof CHART_FORMATS)[number];

/** Names of the analytics that have a chart. */
export const chartNames = (): string[] => Object.keys(CHARTS).sort();

/**
 * Renders a Vega-Lite spec to SVG in Node: vega-lite compiles it to Vega, vega's headless View
 * renders it (no browser, no canvas: text widths are estimated). Vega and vega-lite are ES modules,
 * loaded here on first use.
 */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  const [vega, vegaLite] = await Promise.all([import("vega"), import("vega-lite")]);
  const compiled = vegaLite.compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * The chart of an analytics result: SVG, or a standalone HTML page with the SVG inline (no script,
 * opens offline). Throws one sentence when the query has no chart.
 */
export async function renderChart(name: string, table: ResultTable, format: ChartFormat): Promise<string> {
  const toSpec = CHARTS[name];
  if (!toSpec) throw new Error(`"${name}" has no chart; charts exist for ${chartNames().join(", ")} (use --format table, csv or json)`);
  const svg = await renderSvg(toSpec(table));
  if (format === "svg") return `${svg}\n`;
  const title = `film-graph analytics: ${name}`;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title>
<style>body { font-family: sans-serif; margin: 2rem; } h1 { font-size: 1.2rem; }</style></head>
<body>
<h1>${title}</h1>
${svg}
</body>
</html>
`;
}
