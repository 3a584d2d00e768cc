import fs from "node:fs";
import path from "node:path";
import { buildASTSchema, concatAST, parse, validate } from "graphql";
import { readTypeDefs } from "../../src/graphql/type-defs";
import { CONTRACT_DIR } from "../support/contract";

// tests/contract is a copy of shared/contract (kept in the repository so a clone is self-contained).
const SHARED_CONTRACT = path.resolve(__dirname, "../../../shared/contract");
const contractFiles = fs.readdirSync(CONTRACT_DIR).filter((f) => f.endsWith(".graphql"));

it("holds the contract files", () => {
  expect(contractFiles).toEqual(expect.arrayContaining(["acceptance.graphql", "analytics.graphql", "ingest.graphql"]));
});

const whenShared = fs.existsSync(SHARED_CONTRACT) ? it : it.skip;
whenShared("is the same as shared/contract", () => {
  for (const file of fs.readdirSync(SHARED_CONTRACT).filter((f) => f.endsWith(".graphql"))) {
    expect(fs.readFileSync(path.join(CONTRACT_DIR, file), "utf8")).toBe(
      fs.readFileSync(path.join(SHARED_CONTRACT, file), "utf8"),
    );
  }
});

it.each(["acceptance.graphql", "ingest.graphql", "scores.graphql"])("%s validates against schema/", (file) => {
  const schema = buildASTSchema(concatAST(readTypeDefs().map((sdl) => parse(sdl))));
  const errors = validate(schema, parse(fs.readFileSync(path.join(CONTRACT_DIR, file), "utf8")));
  expect(errors.map((e) => e.message)).toEqual([]);
});
