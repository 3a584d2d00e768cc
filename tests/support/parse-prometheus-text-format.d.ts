// Types of parse-prometheus-text-format 1.x (the package ships none): its README's output shape.
declare module "parse-prometheus-text-format" {
  namespace parsePrometheusTextFormat {
    interface PrometheusSample {
      labels?: Record<string, string>;
      /** Counters, gauges, untyped. */
      value?: string;
      /** Histograms: upper bound -> cumulative count. */
      buckets?: Record<string, string>;
      count?: string;
      sum?: string;
    }
    interface PrometheusFamily {
      name: string;
      help: string;
      type: "COUNTER" | "GAUGE" | "HISTOGRAM" | "SUMMARY" | "UNTYPED";
      metrics: PrometheusSample[];
    }
  }
  function parsePrometheusTextFormat(text: string): parsePrometheusTextFormat.PrometheusFamily[];
  export = parsePrometheusTextFormat;
}
