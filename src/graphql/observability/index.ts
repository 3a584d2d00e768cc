import type { ApolloServerPlugin } from "@apollo/server";
import type express from "express";
import type { Middleware } from "../graphql-post";
import type { Database } from "../../db/database";
import { readMigrations } from "../../db/migrations";
import type { Logger } from "../../logger";
import type { GraphQLContext } from "../context";
import { createMetrics } from "./metrics";
import { metricsPlugin } from "./metrics-plugin";
import { checkReadiness } from "./readiness";
import { requestLog } from "./request-log";

export { trackRequest } from "./request-record";

/**
 * Mounts the request log (every route after it), `GET /metrics` (Prometheus text format) and
 * `GET /ready` (200 when the database answers, every migration is applied and the plan warm-up
 * `warmup` has settled, else 503 with why).
 * Returns the Apollo plugin that feeds the metrics (pass the GraphQL context through `trackRequest`)
 * and the request log's middleware, for a route served outside `app` (POST /graphql, src/graphql/graphql-post.ts).
 */
export function mountObservability(
  app: express.Express,
  o: { db: Database; logger: Logger; warmup?: Promise<unknown> },
): { plugin: ApolloServerPlugin<GraphQLContext>; requestLog: Middleware } {
  const metrics = createMetrics();
  const migrations = readMigrations();
  // Not ready until the plan warm-up has settled (whether or not it compiled everything).
  let warmedUp = o.warmup === undefined;
  void o.warmup?.finally(() => (warmedUp = true)).catch(() => {});
  const log = requestLog(o.logger);
  app.use(log);
  app.get("/metrics", async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.get("/ready", async (_req, res) => {
    const readiness = await checkReadiness(o.db, migrations, warmedUp);
    res.status(readiness.ready ? 200 : 503).json(readiness);
  });
  return { plugin: metricsPlugin(metrics), requestLog: log };
}
