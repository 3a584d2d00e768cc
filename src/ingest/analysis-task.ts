import type { AnalysisResult, Analyzer, FilmContext } from "./analysis-types";

/**
 * What the main thread sends a worker for one analysis (src/ingest/analysis-pool.ts): the text, and
 * the film's context as JSON with a key naming it. The context (the whole theme taxonomy: ~100 KB)
 * is serialized once per film, not cloned per review, and a worker parses it once per key: every
 * review of the film is then analysed against the same object, so the analysis's per-film caches
 * (the name index, the compiled taxonomy) are built once per worker, not once per review.
 */
export interface AnalysisWorkerTask {
  text: string;
  contextKey: string;
  contextJson: string;
}

/** Contexts a worker keeps parsed (the folder ingest analyses one film's reviews). */
const KEEP_CONTEXTS = 4;

/**
 * The task handler of an analysis worker file (module.exports = analysisWorkerHandler(analyze)):
 * answers each task with the analysis of its text against its context, parsed once per key.
 * An exception of the analysis rejects the task (its file is refused with the message).
 */
export function analysisWorkerHandler(analyze: Analyzer): (task: AnalysisWorkerTask) => AnalysisResult {
  const contexts = new Map<string, FilmContext>();
  return ({ text, contextKey, contextJson }) => {
    let context = contexts.get(contextKey);
    if (!context) {
      context = JSON.parse(contextJson) as FilmContext;
      if (contexts.size >= KEEP_CONTEXTS) contexts.delete(contexts.keys().next().value!);
      contexts.set(contextKey, context);
    }
    return analyze(text, context);
  };
}
