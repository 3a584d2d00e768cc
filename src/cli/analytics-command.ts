import { type Command, Option } from "commander";
import { analyticsNames, loadAnalytics } from "../analytics/analytics-files";
import { FORMATS, type Format, formatTable } from "../analytics/formats";
import { applyOverrides } from "../analytics/param-overrides";
import { runAnalytics } from "../analytics/run-analytics";
import { CHART_FORMATS, type ChartFormat, chartNames, renderChart } from "../analytics/charts/render-chart";
import { withDatabase } from "./command-database";

interface AnalyticsOptions {
  param: string[];
  format: Format | ChartFormat;
}

const isChartFormat = (format: string): format is ChartFormat => (CHART_FORMATS as readonly string[]).includes(format);

export function registerAnalyticsCommand(program: Command): void {
  program
    .command("analytics")
    .description("run an analytics query of cypher/analytics (by name or path); no argument lists them")
    .argument("[query]", `a name (${analyticsNames().join(", ")}) or a path to a .cypher file`)
    .option("-p, --param <name=value>", "override a parameter of the query's header (repeatable)", collect, [])
    .addOption(
      new Option("-f, --format <format>", `output format; svg and html draw a chart (for ${chartNames().join(", ")})`)
        .choices([...FORMATS, ...CHART_FORMATS])
        .default("table"),
    )
    .action(async (name: string | undefined, options: AnalyticsOptions) => {
      if (!name) {
        for (const known of analyticsNames()) {
          const query = loadAnalytics(known);
          process.stdout.write(`${known.padEnd(24)} ${firstSentence(query.description)}\n`);
        }
        return;
      }
      // Everything that can be wrong with the arguments is found before the database is opened.
      const query = loadAnalytics(name);
      const params = applyOverrides(query.params, options.param);
      const format = options.format;
      if (isChartFormat(format) && !chartNames().includes(query.name)) {
        throw new Error(`"${query.name}" has no chart; charts exist for ${chartNames().join(", ")} (use --format table, csv or json)`);
      }
      // Integers print exactly over the whole 64-bit range in the text formats (BigInt from the driver);
      // a chart takes JavaScript numbers.
      const exactIntegers = !isChartFormat(format);
      const table = await withDatabase((db) => runAnalytics(db, query, params), undefined, { exactIntegers });
      process.stdout.write(isChartFormat(format) ? await renderChart(query.name, table, format) : formatTable(table, format));
    });
}

/** The header's first sentence, however many comment lines it spans. */
export function firstSentence(description: string[]): string {
  const text = description.join(" ").replace(/\s+/g, " ").trim();
  const end = /[.!?](\s|$)/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
