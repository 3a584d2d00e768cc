import { exitWithError } from "./cli/exit-with-error";
import { loadConfig } from "./config";
import { serve } from "./serve";

// `npm start`: the same as `film-graph serve`.
serve(loadConfig()).catch(exitWithError);
