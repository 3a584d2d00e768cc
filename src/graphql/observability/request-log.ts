import type { IncomingMessage, ServerResponse } from "node:http";
import { pinoHttp } from "pino-http";
import type { Logger } from "../../logger";
import { recordOfResponse } from "./request-record";

/**
 * One structured log line per HTTP request (pino-http): method, path, status, duration in ms
 * (`responseTime`) and, for GraphQL requests, the operation name and the Cypher statements run.
 * Levels: see {@link requestLogLevel}.
 */
export function requestLog(logger: Logger) {
  return pinoHttp({
    logger,
    quietReqLogger: true,
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (req: IncomingMessage, res: ServerResponse, error?: Error) => requestLogLevel(pathOf(req), res.statusCode, error),
    customSuccessObject(_req, res, value: Record<string, unknown>) {
      return withGraphQL(res, value);
    },
    customErrorObject(_req, res, _error, value: Record<string, unknown>) {
      return withGraphQL(res, value);
    },
    customSuccessMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
  });
}

const PROBE_PATH = /^\/(health|ready|metrics)\b/;

/**
 * The log level of a finished request: /health, /ready and /metrics at `debug` whatever they
 * answer (orchestrators poll them; /ready answers 503 while migrations run and plans warm, which is
 * a state, not a fault); otherwise 5xx or a thrown error at `error`, 4xx at `warn`, the rest `info`.
 */
export function requestLogLevel(path: string, status: number, error?: Error): "debug" | "info" | "warn" | "error" {
  if (PROBE_PATH.test(path)) return "debug";
  if (error || status >= 500) return "error";
  if (status >= 400) return "warn";
  return "info";
}

/** The path as requested (Express rewrites `url` inside a mounted route; `originalUrl` keeps it). */
function pathOf(req: IncomingMessage): string {
  return (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? "";
}

function withGraphQL(res: ServerResponse, value: Record<string, unknown>): Record<string, unknown> {
  const record = recordOfResponse(res);
  if (!record) return value;
  return { ...value, operation: record.operation ?? null, statements: record.statements.count };
}
