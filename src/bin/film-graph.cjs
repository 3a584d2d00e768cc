#!/usr/bin/env node
// The `film-graph` command (package.json "bin"): runs the TypeScript CLI through tsx, no build step.
"use strict";
require("tsx/cjs/api").register();
require("../cli.ts").runCli(process.argv);
