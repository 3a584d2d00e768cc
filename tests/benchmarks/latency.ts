import fs from "node:fs";
import path from "node:path";
import { Command } from "commander";
import { Kind, type OperationDefinitionNode, parse, print } from "graphql";
import { exampleVariables } from "../../src/graphql/explorer/explorer-examples";

// Latency of contract operations against a running server (not part of jest):
//   npm run bench:latency -- --url http://localhost:4000/graphql [--runs 20] [FilmList Search FilmAnalytics]
// Each operation is sent alone (its own document), once to warm up, then --runs times in a row;
// prints the median and 90th percentile in milliseconds.

const CONTRACT_DIR = path.join(__dirname, "..", "contract");
const DEFAULT_OPERATIONS = ["FilmList", "Search", "FilmAnalytics"];

function contractOperations(): Map<string, OperationDefinitionNode> {
  const operations = new Map<string, OperationDefinitionNode>();
  for (const file of fs.readdirSync(CONTRACT_DIR).filter((f) => f.endsWith(".graphql"))) {
    for (const d of parse(fs.readFileSync(path.join(CONTRACT_DIR, file), "utf8")).definitions) {
      if (d.kind === Kind.OPERATION_DEFINITION && d.name) operations.set(d.name.value, d);
    }
  }
  return operations;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

async function timeOnce(url: string, query: string, variables: Record<string, unknown>): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  const elapsed = performance.now() - started;
  if (!response.ok || body.errors?.length) {
    throw new Error(`HTTP ${response.status}: ${body.errors?.[0]?.message ?? "no GraphQL errors"}`);
  }
  return elapsed;
}

async function main(): Promise<void> {
  const program = new Command("bench:latency")
    .argument("[operations...]", "operation names of tests/contract/*.graphql", DEFAULT_OPERATIONS)
    .option("--url <url>", "GraphQL endpoint", "http://localhost:4000/graphql")
    .option("--runs <n>", "timed runs per operation", (v) => Number.parseInt(v, 10), 20)
    .parse();
  const names = program.processedArgs[0] as string[];
  const { url, runs } = program.opts<{ url: string; runs: number }>();
  const operations = contractOperations();
  const unknown = names.filter((n) => !operations.has(n));
  if (unknown.length) throw new Error(`unknown operation(s) ${unknown.join(", ")}; the contract has ${[...operations.keys()].join(", ")}`);

  process.stdout.write(`${"operation".padEnd(16)} ${"runs".padStart(5)} ${"median ms".padStart(10)} ${"p90 ms".padStart(10)}\n`);
  let failed = false;
  for (const name of names) {
    const query = print(operations.get(name)!);
    const variables = exampleVariables[name] ?? {};
    try {
      await timeOnce(url, query, variables);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await timeOnce(url, query, variables));
      times.sort((a, b) => a - b);
      const f = (n: number) => n.toFixed(1).padStart(10);
      process.stdout.write(`${name.padEnd(16)} ${String(runs).padStart(5)} ${f(percentile(times, 50))} ${f(percentile(times, 90))}\n`);
    } catch (error) {
      failed = true;
      process.stdout.write(`${name.padEnd(16)} failed: ${(error as Error).message.split("\n")[0]}\n`);
    }
  }
  if (failed) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`bench:latency: ${error.message}\n`);
    process.exit(1);
  });
}
