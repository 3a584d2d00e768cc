import autocannon from "autocannon";
import type { Driver } from "neo4j-driver";
import { percentile } from "../latency";
import { type RecordedStatement, replay, waves } from "./recording-driver";

/** The outcome of one closed-loop measurement. */
export interface LoadResult {
  requests: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  /** Failed requests: transport errors, non-2xx answers, answers with GraphQL errors. */
  errors: number;
  /** The first error seen, for the report. */
  firstError?: string;
  /** Distinct x-cypher-statements values seen (this API only). */
  statements: number[];
}

/**
 * `connections` clients, each sending its next request when the previous answered, for `seconds`
 * (autocannon). `body(n)` gives the n-th request's JSON body (writes need a different one each time).
 */
export async function httpLoad(o: {
  url: string;
  connections: number;
  seconds: number;
  body: (n: number) => string;
  headers?: Record<string, string>;
  onData?: (json: string) => void;
  /** A request unanswered after this many seconds counts as an error (autocannon's timeout). */
  timeoutSeconds: number;
}): Promise<LoadResult> {
  let n = 0;
  let graphqlErrors = 0;
  let firstError: string | undefined;
  const statements = new Set<number>();
  const result = await autocannon({
    url: o.url,
    connections: o.connections,
    duration: o.seconds,
    timeout: o.timeoutSeconds,
    method: "POST",
    headers: { "content-type": "application/json", ...o.headers },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: o.body(n++) }),
        onResponse: (status, body, _context, headers) => {
          const header = headers?.["x-cypher-statements"];
          if (header !== undefined) statements.add(Number(header));
          // An unescaped "errors":[ can only be the key of the answer (quotes in strings are escaped).
          if (status === 200 && /"errors":\[/.test(body)) {
            graphqlErrors += 1;
            firstError ??= body.slice(0, 300);
          } else if (status !== 200) {
            firstError ??= `HTTP ${status}: ${body.slice(0, 300)}`;
          } else {
            o.onData?.(body);
          }
        },
      },
    ],
  });
  const failed = result.errors + result.non2xx + result.timeouts + graphqlErrors;
  return {
    requests: result.requests.total,
    reqPerSec: result.requests.total / o.seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: failed,
    firstError: firstError ?? (result.errors ? `${result.errors} transport errors` : undefined),
    statements: [...statements].sort((a, b) => a - b),
  };
}

/**
 * The raw-driver floor: `connections` async clients replaying one request's recorded statements
 * (each in a transaction of its own, the statements of a wave together, waves in order) for `seconds`.
 */
export async function floorLoad(o: {
  driver: Driver;
  database: string;
  connections: number;
  seconds: number;
  statements: RecordedStatement[];
  /** Neo4j's transaction timeout for each replayed statement: a statement over it counts as an error. */
  timeoutSeconds: number;
}): Promise<LoadResult> {
  const plan = waves(o.statements);
  const deadline = performance.now() + o.seconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const client = async () => {
    while (performance.now() < deadline) {
      const started = performance.now();
      try {
        for (const wave of plan) await Promise.all(wave.map((s) => replay(o.driver, o.database, s, o.timeoutSeconds * 1000)));
        latencies.push(performance.now() - started);
      } catch (error) {
        errors += 1;
        firstError ??= (error as Error).message.slice(0, 300);
      }
    }
  };
  await Promise.all(Array.from({ length: o.connections }, client));
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length + errors,
    reqPerSec: (latencies.length + errors) / o.seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
    firstError,
    statements: [o.statements.length],
  };
}
