import fs from "node:fs";
import path from "node:path";
import { configSchema } from "../../src/config";

// The README's configuration table lists exactly the variables src/config.ts reads.
const readme = fs.readFileSync(path.join(__dirname, "../../README.md"), "utf8");
const section = readme.slice(readme.indexOf("## Configuration"), readme.indexOf("\n## ", readme.indexOf("## Configuration") + 1));
const documented = [...section.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1]);

it("documents every variable of the config schema, and no other", () => {
  expect([...documented].sort()).toEqual(Object.keys(configSchema.shape).sort());
});
