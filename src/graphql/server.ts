import http, { type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express from "express";
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from "../config";
import { mountBrowserFiles } from "../browser-guide/browser-routes";
import type { Database } from "../db/database";
import type { ReviewAnalyzer } from "../ingest/review-analyzer";
import type { Logger } from "../logger";
import { cacheControlPlugins } from "./cache-control";
import { createContext, type GraphQLContext } from "./context";
import { createErrorFormatter } from "./errors";
import { mountExplorer } from "./explorer/explorer-routes";
import { graphqlPostHandler, isPostTo } from "./graphql-post";
import { jitGateway, type ExecutionObserver } from "./jit-executor";
import { operationLimits } from "./limits";
import { clientGoneSignal } from "./limits/client-gone";
import { mountObservability, trackRequest } from "./observability";
import { resolvers } from "./resolvers";
import { readTypeDefs } from "./type-defs";

/** Where GraphQL is served. */
const GRAPHQL_PATH = "/graphql";

/** Request bodies larger than this are refused with 413 before they are parsed. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface ServerOptions {
  db: Database;
  logger: Logger;
  development: boolean;
  /** The review analysis ingestReview runs. */
  analyzer: ReviewAnalyzer;
  /** Mutations require `Authorization: Bearer <apiToken>`; without a token nothing can be written. */
  apiToken?: string;
  /** Operation limits (docs/limits.md); default DEFAULT_OPERATION_LIMITS. */
  limits?: OperationLimits;
  /** Schema introspection, which the explorer needs; default on (docs/limits.md says why). */
  introspection?: boolean;
  /** The start's plan warm-up (src/graphql/plan-warmup.ts): /ready answers 503 until it settles. */
  warmup?: Promise<unknown>;
  /**
   * How operations are executed: `jit` (default; queries through graphql-jit, the rest through
   * graphql-js: src/graphql/jit-executor.ts) or `graphql-js` for every operation (the reference the
   * tests compare the compiled path with).
   */
  executor?: "jit" | "graphql-js";
  /** Told how each request was executed, and of each compilation, on the `jit` executor (tests). */
  executionObserver?: ExecutionObserver;
}

const statementCountHeader: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        response.http.headers.set("x-cypher-statements", String(contextValue.statements.count));
      },
    };
  },
};

export function createApolloServer(o: ServerOptions, plugins: ApolloServerPlugin<GraphQLContext>[] = []) {
  const limits = operationLimits(o.limits ?? DEFAULT_OPERATION_LIMITS, { development: o.development });
  // The schema Apollo would build from the same type definitions and resolvers (its constructSchema).
  const schema = makeExecutableSchema({ typeDefs: readTypeDefs(), resolvers });
  return new ApolloServer<GraphQLContext>({
    ...((o.executor ?? "jit") === "jit" ? { gateway: jitGateway(schema, o.executionObserver) } : { schema }),
    introspection: o.introspection ?? true,
    ...limits,
    includeStacktraceInErrorResponses: o.development,
    formatError: createErrorFormatter({
      development: o.development,
      log: (error) => o.logger.error({ err: error }, "unexpected error in a GraphQL request"),
    }),
    // The explorer page (src/graphql/explorer) replaces Apollo's landing page, which needs the internet.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      statementCountHeader,
      ...limits.plugins,
      ...cacheControlPlugins(),
      ...plugins,
    ],
  });
}

/**
 * The answer to an error raised before GraphQL runs (a body too large, malformed JSON) or outside
 * it, as GraphQL-style JSON: 413 PAYLOAD_TOO_LARGE, other 4xx BAD_REQUEST with the parser's message,
 * 5xx INTERNAL_SERVER_ERROR (logged).
 */
export function httpErrorAnswer(
  error: { status?: number; expose?: boolean; message?: string },
  logger: Logger,
): { status: number; body: { errors: { message: string; extensions: { code: string } }[] } } {
  const status = error.status ?? 500;
  if (status >= 500) logger.error({ err: error }, "HTTP request failed");
  const message =
    status === 413
      ? `The request body is larger than ${MAX_BODY_BYTES} bytes.`
      : error.expose && error.message
        ? error.message
        : "Internal server error";
  const code = status === 413 ? "PAYLOAD_TOO_LARGE" : status < 500 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR";
  return { status, body: { errors: [{ message, extensions: { code } }] } };
}

/** httpErrorAnswer for Express's routes. */
function jsonErrors(logger: Logger): express.ErrorRequestHandler {
  return (error: { status?: number; expose?: boolean; message?: string }, _req, res, _next) => {
    const { status, body } = httpErrorAnswer(error, logger);
    res.status(status).json(body);
  };
}

/** httpErrorAnswer on a plain node:http response (the POST /graphql path); a response already begun is cut off. */
function writeJsonError(logger: Logger, error: unknown, res: ServerResponse): void {
  const { status, body } = httpErrorAnswer((error ?? {}) as { status?: number; expose?: boolean; message?: string }, logger);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify(body));
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The HTTP server: GraphQL at /graphql (the explorer page for browsers), a health check at /health,
 * readiness at /ready and Prometheus metrics at /metrics (src/graphql/observability).
 */
export async function startServer(o: ServerOptions & { host: string; port: number }): Promise<RunningServer> {
  const app = express();
  // POST /graphql, the API's traffic, is answered without Express (graphql-post.ts); everything
  // else (GET /graphql and its explorer page, OPTIONS preflights, /health, /ready, /metrics, the
  // browser files) goes through Express.
  const httpServer = http.createServer();
  const observability = mountObservability(app, o);
  const apollo = createApolloServer(o, [ApolloServerPluginDrainHttpServer({ httpServer }), observability.plugin]);
  await apollo.start();

  app.get("/health", async (_req, res) => {
    try {
      await o.db.driver.verifyConnectivity({ database: o.db.name });
      res.json({ status: "ok" });
    } catch {
      res.status(503).json({ status: "database unavailable" });
    }
  });
  const context = async (req: http.IncomingMessage, res: ServerResponse) =>
    trackRequest(
      res,
      createContext(o.db, {
        analyzer: o.analyzer,
        apiToken: o.apiToken,
        authorization: req.headers.authorization,
        signal: clientGoneSignal(res),
        concurrentStatements: (o.limits ?? DEFAULT_OPERATION_LIMITS).concurrentStatements,
      }),
    );
  // The same middleware on both paths: CORS for any origin, JSON bodies up to MAX_BODY_BYTES.
  const allowAnyOrigin = cors();
  const jsonBody = express.json({ limit: MAX_BODY_BYTES });
  mountExplorer(app, GRAPHQL_PATH);
  mountBrowserFiles(app);
  app.use(GRAPHQL_PATH, allowAnyOrigin, jsonBody, expressMiddleware(apollo, { context: ({ req, res }) => context(req, res) }));
  app.get("/", (_req, res) => res.redirect(GRAPHQL_PATH));
  app.use(jsonErrors(o.logger));
  const graphqlPost = graphqlPostHandler({
    apollo,
    middleware: [observability.requestLog, allowAnyOrigin, jsonBody],
    context,
    onError: (error, _req, res) => writeJsonError(o.logger, error, res),
  });
  httpServer.on("request", (req, res) => (isPostTo(req, GRAPHQL_PATH) ? graphqlPost(req, res) : app(req, res)));

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(o.port, o.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    close: () => apollo.stop(),
  };
}
