// The command line exactly as src/cli.ts builds it, with the write path's test analyzer instead of
// the production one (which the CLI tests cannot rely on): `tsx tests/support/cli-with-test-analyzer.ts ...`.
import { runCli } from "../../src/cli";
import { exactMatchAnalyzer } from "./exact-match-analyzer";

runCli(process.argv, { analyzer: exactMatchAnalyzer });
