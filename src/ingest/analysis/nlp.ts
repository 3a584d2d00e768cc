import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type WinkNlp = ReturnType<typeof winkNLP>;

let instance: WinkNlp | undefined;

/**
 * The annotations the analysis reads (src/ingest/analysis/tokens.ts): sentence boundaries, the
 * negation flag, and part of speech with lemmas. wink's named entities and sentiment are not read,
 * and in wink-nlp neither changes a token's value, lemma, part of speech or negation flag (they
 * only fill the document's entities and sentence scores), so they are left out of the pipe: a
 * third of readDoc's time.
 */
const PIPE = ["sbd", "negation", "pos"];

/** The wink-nlp pipeline, loaded once on first use (loading the model takes ~150 ms). */
export function nlp(): WinkNlp {
  instance ??= winkNLP(model, PIPE);
  return instance;
}
