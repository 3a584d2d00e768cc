import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import neo4j from "neo4j-driver";
import { buildPeerSchema } from "./peer-schema";

// The peer contender of `npm run bench:peer`: @neo4j/graphql 7 on Apollo Server 5 over the same
// Neo4j (child process of the harness). Environment: NEO4J_URI, NEO4J_PASSWORD, PORT.
// Prints `listening <port>` when ready.

async function main(): Promise<void> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error("NEO4J_URI is not set");
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", process.env.NEO4J_PASSWORD ?? ""), { disableLosslessIntegers: true });
  const { schema, storedReviewKeys } = await buildPeerSchema(driver);
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT ?? 0), host: "127.0.0.1" } });
  process.stdout.write(`listening ${new URL(url).port} storedReviewKeys=${storedReviewKeys}\n`);
  const stop = async () => {
    await server.stop();
    await driver.close();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop());
  process.once("SIGINT", () => void stop());
}

main().catch((error: Error) => {
  process.stderr.write(`peer-server: ${error.message}\n`);
  process.exit(1);
});
