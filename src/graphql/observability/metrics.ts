import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { sessionUse } from "../../db/session-use";

/** The driver's default maximum of pooled connections (neo4j-driver `maxConnectionPoolSize`). */
export const NEO4J_POOL_MAX = 100;

/** Label of requests without an operation name (anonymous operations, unparseable requests). */
export const ANONYMOUS_OPERATION = "(anonymous)";

export interface Metrics {
  registry: Registry;
  /** GraphQL requests answered, by operation name and HTTP status. */
  requests: Counter<"operation" | "status">;
  /** Seconds from receiving a GraphQL request to sending its response, by operation name. */
  duration: Histogram<"operation">;
  /** GraphQL errors sent, by `extensions.code`. */
  errors: Counter<"code">;
  /** Cypher statements GraphQL requests ran, by operation name. */
  statements: Counter<"operation">;
}

/**
 * A registry of its own (so tests and several servers in one process do not share counters) with
 * the service's metrics, Neo4j session use (src/db/session-use.ts) and Node's default process
 * metrics. Names follow Prometheus conventions (base units, `_total` counters).
 */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: "graphql_requests_total",
    help: "GraphQL requests answered, by operation name and HTTP status.",
    labelNames: ["operation", "status"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "graphql_request_duration_seconds",
    help: "Time from receiving a GraphQL request to sending its response, by operation name.",
    labelNames: ["operation"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: "graphql_errors_total",
    help: "GraphQL errors sent in responses, by extensions.code.",
    labelNames: ["code"] as const,
    registers: [registry],
  });
  const statements = new Counter({
    name: "cypher_statements_total",
    help: "Cypher statements run by GraphQL requests, by operation name.",
    labelNames: ["operation"] as const,
    registers: [registry],
  });
  new Gauge({
    name: "neo4j_sessions_in_use",
    help: "Neo4j sessions open right now (each holds one pooled connection while it runs).",
    registers: [registry],
    collect() {
      this.set(sessionUse.inUse);
    },
  });
  new Gauge({
    name: "neo4j_pool_idle_capacity",
    help: "Pooled Neo4j connections not held by an open session: the driver's maximum minus sessions in use.",
    registers: [registry],
    collect() {
      this.set(Math.max(0, NEO4J_POOL_MAX - sessionUse.inUse));
    },
  });
  new Counter({
    name: "neo4j_sessions_opened_total",
    help: "Neo4j sessions opened since the process started.",
    registers: [registry],
    collect() {
      this.reset();
      this.inc(sessionUse.opened);
    },
  });
  return { registry, requests, duration, errors, statements };
}
