import { Command } from "commander";
import { openDataset, type DatasetName } from "./build-dataset";

// Builds (or checks) the cached benchmark data set without benchmarking:
//   npm run bench:data -- M [--rebuild]
// It is also built on demand by `npm run bench:peer -- --dataset M`.
async function main(): Promise<void> {
  const program = new Command("bench:data")
    .argument("<dataset>", "S (seed + vega movies) or M (generated: 50k films, 200k people, 500k reviews)")
    .option("--rebuild", "build again even when the cache is current")
    .parse();
  const name = program.processedArgs[0] as string;
  if (name !== "S" && name !== "M") throw new Error(`unknown data set ${name}: S or M`);
  const dataset = await openDataset(name as DatasetName, { rebuild: Boolean(program.opts<{ rebuild?: boolean }>().rebuild) });
  try {
    const { records } = await dataset.db.driver.executeQuery(
      `CALL () { MATCH (n) RETURN labels(n)[0] AS key, count(*) AS n UNION ALL MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS n }
       RETURN key, n ORDER BY key`,
    );
    process.stdout.write(`${JSON.stringify({ build: dataset.build, counts: Object.fromEntries(records.map((r) => [r.get("key"), r.get("n")])) }, null, 2)}\n`);
  } finally {
    await dataset.close();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`bench:data: ${error.message}\n`);
  process.exit(1);
});
