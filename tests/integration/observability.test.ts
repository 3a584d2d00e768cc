import parsePrometheusTextFormat from "parse-prometheus-text-format";
import type { Database } from "../../src/db/database";
import { openTestDatabase } from "../support/test-database";
import { capturedLog } from "../support/captured-log";
import { startTestServer, type TestServer } from "../support/test-server";

// Request logs, Prometheus metrics and readiness, over HTTP against the seeded test database.

let db: Database;
let server: TestServer;
const { logger, lines: logLines } = capturedLog();

beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db, { logger });
});
afterAll(async () => {
  await server.close();
  await db.driver.close();
});

const origin = () => `http://127.0.0.1:${server.port}`;

let lastText = "";
async function metrics() {
  const response = await fetch(`${origin()}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  lastText = await response.text();
  return parsePrometheusTextFormat(lastText);
}

/** The value of one exposition line (the parser folds a labelled histogram's series into one). */
function line(name: string, labels: string): number | undefined {
  const match = new RegExp(`^${name}\\{${labels}\\} (\\S+)$`, "m").exec(lastText);
  return match ? Number(match[1]) : undefined;
}

function sample(families: ReturnType<typeof parsePrometheusTextFormat>, name: string, labels: Record<string, string> = {}) {
  const family = families.find((f) => f.name === name);
  return family?.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v));
}

describe("/metrics", () => {
  it("counts requests, latency, statements and errors by operation and code", async () => {
    const film = await server.query("query MetricsFilm { film(title: \"Sound of Metal\") { title directors { name } } }");
    expect(film.body.errors).toBeUndefined();
    const statements = Number(film.headers.get("x-cypher-statements"));
    expect(statements).toBeGreaterThan(0);
    const bad = await server.query("query MetricsBadCursor { films(first: 1, after: \"not-a-cursor\") { totalCount } }");
    expect(bad.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    const families = await metrics();
    expect(sample(families, "graphql_requests_total", { operation: "MetricsFilm", status: "200" })?.value).toBe("1");
    expect(sample(families, "cypher_statements_total", { operation: "MetricsFilm" })?.value).toBe(String(statements));
    expect(line("graphql_request_duration_seconds_count", 'operation="MetricsFilm"')).toBe(1);
    expect(line("graphql_request_duration_seconds_sum", 'operation="MetricsFilm"')).toBeGreaterThan(0);
    expect(line("graphql_request_duration_seconds_bucket", 'le="\\+Inf",operation="MetricsFilm"')).toBe(1);
    expect(Number(sample(families, "graphql_errors_total", { code: "BAD_USER_INPUT" })?.value)).toBeGreaterThanOrEqual(1);
    expect(families.find((f) => f.name === "graphql_request_duration_seconds")?.type).toBe("HISTOGRAM");
  });

  it("reports Neo4j session use", async () => {
    const families = await metrics();
    expect(sample(families, "neo4j_sessions_in_use")?.value).toMatch(/^\d+$/);
    expect(Number(sample(families, "neo4j_sessions_opened_total")?.value)).toBeGreaterThan(0);
    expect(Number(sample(families, "neo4j_pool_idle_capacity")?.value)).toBeGreaterThan(0);
    // Node's process metrics come along.
    expect(families.map((f) => f.name)).toContain("process_cpu_user_seconds_total");
  });
});

describe("request log", () => {
  it("logs one line per GraphQL request with method, operation, status, duration and statements", async () => {
    const response = await server.query("query LoggedPerson { person(name: \"Paul Raci\") { name roles { name } } }");
    expect(response.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const line = logLines.find((l) => l.operation === "LoggedPerson");
    expect(line).toMatchObject({
      req: { method: "POST", url: "/graphql" },
      res: { statusCode: 200 },
      statements: Number(response.headers.get("x-cypher-statements")),
    });
    expect(typeof line?.responseTime).toBe("number");
  });
});

describe("/ready", () => {
  it("answers 200 when the database answers and every migration is applied", async () => {
    const response = await fetch(`${origin()}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ready: true, status: "ready" });
  });

  it("answers 503 when the database cannot be reached", async () => {
    const unreachable = openTestDatabase("bolt://127.0.0.1:1", 0);
    const other = await startTestServer(unreachable);
    try {
      const response = await fetch(`http://127.0.0.1:${other.port}/ready`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ ready: false, status: "database unavailable" });
    } finally {
      await other.close();
      await unreachable.driver.close();
    }
  });
});
