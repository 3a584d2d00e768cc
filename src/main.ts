import { exitWithError } from "./cli/exit-with-error";
import { loadConfig } from "./config";
import { defaultAnalyzer } from "./ingest/default-analyzer";
import { serve } from "./serve";

// `npm start`: the same as `film-graph serve`.
serve(loadConfig(), defaultAnalyzer).catch(exitWithError);
