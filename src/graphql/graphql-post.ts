import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from "@apollo/server";

/** A Connect-style middleware (pino-http, cors, body-parser's json): works on plain node:http objects. */
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** Whether `req` is a POST to exactly `path`, with or without a query string (`/graphql`, `/graphql?x=1`). */
export function isPostTo(req: IncomingMessage, path: string): boolean {
  if (req.method !== "POST") return false;
  const url = req.url ?? "";
  return url === path || (url.startsWith(path) && url.charAt(path.length) === "?");
}

/**
 * The handler of `POST /graphql` on plain node:http, without Express: runs `middleware` in order as
 * Express would (each calls `next()`, or `next(error)` to go to `onError`), then hands the parsed
 * body (`req.body`, set by a JSON body parser among `middleware`) to Apollo Server through its
 * integration API (`executeHTTPGraphQLRequest`, as @as-integrations/express5 does) and writes
 * Apollo's status, headers and body. What it leaves out of Express's path is per-request work
 * that a POST answer does not use: Express's request and response objects, its router, and
 * `res.send`'s ETag (a hash of every body; a POST answer is never revalidated, `req.fresh` only
 * applies to GET and HEAD). GET requests to /graphql stay on Express (ETag and 304 included).
 * docs/performance.md, "A leaner server", has the figures.
 *
 * `onError(error, req, res)`: a middleware's error, or a failure inside Apollo's handling
 * (Apollo answers GraphQL errors itself; this is for what it throws).
 */
export function graphqlPostHandler<TContext extends BaseContext>(o: {
  apollo: ApolloServer<TContext>;
  middleware: Middleware[];
  context: (req: IncomingMessage, res: ServerResponse) => Promise<TContext>;
  onError: (error: unknown, req: IncomingMessage, res: ServerResponse) => void;
}): (req: IncomingMessage, res: ServerResponse) => void {
  const answer = async (req: IncomingMessage & { body?: unknown }, res: ServerResponse) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const url = req.url ?? "";
    const query = url.indexOf("?");
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: "POST", headers, search: query < 0 ? "" : url.slice(query), body: req.body };
    const response = await o.apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => o.context(req, res) });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
  return (req, res) => {
    let at = 0;
    const next = (error?: unknown) => {
      if (error) return o.onError(error, req, res);
      const step = o.middleware[at++];
      if (!step) {
        answer(req, res).catch((failure: unknown) => o.onError(failure, req, res));
        return;
      }
      try {
        step(req, res, next);
      } catch (failure) {
        o.onError(failure, req, res);
      }
    };
    next();
  };
}
