import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { peerTypeDefs } from "./peer-type-defs";

/** The peer's executable schema over `driver`; review sort keys stored on films are used when the graph has them. */
export async function buildPeerSchema(driver: Driver): Promise<{ schema: GraphQLSchema; storedReviewKeys: boolean }> {
  const { records } = await driver.executeQuery("MATCH (f:Film) WHERE f.reviewCount IS NOT NULL RETURN count(f) > 0 AS stored", {}, { routing: "READ" });
  const storedReviewKeys = Boolean(records[0]?.get("stored"));
  // Review times are strings, or Neo4j temporals once the graph stores them so.
  const { records: types } = await driver.executeQuery("MATCH (r:Review) RETURN valueType(r.createdAt) AS type LIMIT 1", {}, { routing: "READ" });
  const temporalTimes = String(types[0]?.get("type") ?? "").startsWith("ZONED DATETIME");
  const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs({ storedReviewKeys, temporalTimes }), driver }).getSchema();
  return { schema, storedReviewKeys };
}
