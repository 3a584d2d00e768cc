import type WinkNlpFactory from "wink-nlp";
import type WinkModel from "wink-eng-lite-web-model";

type WinkNlp = ReturnType<typeof WinkNlpFactory>;

let instance: WinkNlp | undefined;

/**
 * The annotations the analysis reads (src/ingest/analysis/tokens.ts): sentence boundaries, the
 * negation flag, and part of speech with lemmas. wink's named entities and sentiment are not read,
 * and in wink-nlp neither changes a token's value, lemma, part of speech or negation flag (they
 * only fill the document's entities and sentence scores), so they are left out of the pipe: a
 * third of readDoc's time.
 */
const PIPE = ["sbd", "negation", "pos"];

/**
 * The wink-nlp pipeline, loaded once on first use (the model: ~0.2 s of CPU), also the packages:
 * a process that imports the analysis without running it (the CLI's main thread, whose analyses
 * run in workers) does not load them.
 */
export function nlp(): WinkNlp {
  if (!instance) {
    /* eslint-disable @typescript-eslint/no-require-imports -- loaded when first needed, not at import */
    const winkNLP = require("wink-nlp") as typeof WinkNlpFactory;
    const model = require("wink-eng-lite-web-model") as typeof WinkModel;
    /* eslint-enable @typescript-eslint/no-require-imports */
    instance = winkNLP(model, PIPE);
  }
  return instance;
}
