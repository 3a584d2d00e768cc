import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type WinkNlp = ReturnType<typeof winkNLP>;

let instance: WinkNlp | undefined;

/** The wink-nlp pipeline, loaded once on first use (loading the model takes ~150 ms). */
export function nlp(): WinkNlp {
  instance ??= winkNLP(model);
  return instance;
}
