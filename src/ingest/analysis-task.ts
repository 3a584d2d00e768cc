import type { AnalysisResult, Analyzer, FilmContext } from "./analysis-types";

/**
 * What the main thread sends a worker for one analysis (src/ingest/analysis-pool.ts): the text, and
 * the film's context as UTF-8 JSON in a SharedArrayBuffer with a key naming it. The context (the
 * whole theme taxonomy: ~100 KB) is serialized once per film, and a shared buffer crosses to the
 * worker without being copied: posting the JSON as a string copied it for every review (~0.14 ms of
 * CPU each). A worker decodes and parses it once per key: every review of the film is then analysed
 * against the same object, so the analysis's per-film caches (the name index, the compiled
 * taxonomy) are built once per worker, not once per review.
 */
export interface AnalysisWorkerTask {
  text: string;
  contextKey: string;
  /** The context's JSON, UTF-8 (contextBuffer); not written to once shared. */
  context: SharedArrayBuffer;
}

/** A context as a worker task carries it: its JSON, UTF-8, in a SharedArrayBuffer. */
export function contextBuffer(context: FilmContext): SharedArrayBuffer {
  const bytes = Buffer.from(JSON.stringify(context), "utf8");
  const shared = new SharedArrayBuffer(bytes.length);
  bytes.copy(new Uint8Array(shared));
  return shared;
}

/** The context a contextBuffer holds. */
export function contextOfBuffer(shared: SharedArrayBuffer): FilmContext {
  return JSON.parse(Buffer.from(shared).toString("utf8")) as FilmContext;
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
  return ({ text, contextKey, context: shared }) => {
    let context = contexts.get(contextKey);
    if (!context) {
      context = contextOfBuffer(shared);
      if (contexts.size >= KEEP_CONTEXTS) contexts.delete(contexts.keys().next().value!);
      contexts.set(contextKey, context);
    }
    return analyze(text, context);
  };
}
