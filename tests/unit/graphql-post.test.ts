import http, { type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { type ApolloServer, type BaseContext, HeaderMap, type HTTPGraphQLResponse } from "@apollo/server";
import { graphqlPostHandler, isPostTo, type Middleware } from "../../src/graphql/graphql-post";

// The POST /graphql handler on node:http: middleware in order, Apollo's answer written as given,
// and every failure handed to onError.

it("matches a POST to the path, with or without a query string, and nothing else", () => {
  const req = (method: string, url: string) => ({ method, url }) as IncomingMessage;
  expect(isPostTo(req("POST", "/graphql"), "/graphql")).toBe(true);
  expect(isPostTo(req("POST", "/graphql?x=1"), "/graphql")).toBe(true);
  expect(isPostTo(req("GET", "/graphql"), "/graphql")).toBe(false);
  expect(isPostTo(req("POST", "/graphql/"), "/graphql")).toBe(false);
  expect(isPostTo(req("POST", "/graphqlx"), "/graphql")).toBe(false);
  expect(isPostTo(req("POST", "/"), "/graphql")).toBe(false);
});

/** Serves the handler over a stub of Apollo's executeHTTPGraphQLRequest; returns the address and what onError saw. */
async function serve(execute: () => Promise<HTTPGraphQLResponse>, middleware: Middleware[] = []) {
  const errors: unknown[] = [];
  const seen: { search?: string; body?: unknown; contentType?: string }[] = [];
  const apollo = {
    executeHTTPGraphQLRequest: async ({ httpGraphQLRequest }: { httpGraphQLRequest: { search: string; body: unknown; headers: HeaderMap } }) => {
      seen.push({ search: httpGraphQLRequest.search, body: httpGraphQLRequest.body, contentType: httpGraphQLRequest.headers.get("content-type") });
      return execute();
    },
  } as unknown as ApolloServer<BaseContext>;
  const handler = graphqlPostHandler({
    apollo,
    middleware,
    context: async () => ({}),
    onError: (error, _req, res) => {
      errors.push(error);
      res.statusCode = 599;
      res.end("failed");
    },
  });
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return { url, errors, seen, close: () => new Promise((resolve) => server.close(resolve)) };
}

const parseBody: Middleware = (req, _res, next) => {
  let text = "";
  req.on("data", (chunk) => (text += chunk));
  req.on("end", () => {
    (req as IncomingMessage & { body?: unknown }).body = JSON.parse(text);
    next();
  });
};

it("writes Apollo's status, headers and complete body, after the middleware, with the body and query string", async () => {
  const headers = new HeaderMap([["content-type", "application/json; charset=utf-8"], ["x-test", "1"]]);
  const s = await serve(async () => ({ status: 201, headers, body: { kind: "complete", string: '{"data":{}}' } }), [parseBody]);
  try {
    const response = await fetch(`${s.url}?a=b`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ x }"}' });
    expect(response.status).toBe(201);
    expect(response.headers.get("x-test")).toBe("1");
    expect(await response.text()).toBe('{"data":{}}');
    expect(s.seen).toEqual([{ search: "?a=b", body: { query: "{ x }" }, contentType: "application/json" }]);
    expect(s.errors).toEqual([]);
  } finally {
    await s.close();
  }
});

it("writes a chunked body chunk by chunk", async () => {
  async function* chunks() {
    yield "one,";
    yield "two";
  }
  const s = await serve(async () => ({ status: 200, headers: new HeaderMap(), body: { kind: "chunked", asyncIterator: chunks() } }));
  try {
    const response = await fetch(s.url, { method: "POST", body: "{}" });
    expect(await response.text()).toBe("one,two");
  } finally {
    await s.close();
  }
});

it("hands a middleware's error, a thrown middleware and a failing Apollo to onError, running nothing after", async () => {
  const failing: Middleware = (_req, _res, next) => next(Object.assign(new Error("too large"), { status: 413 }));
  const throwing: Middleware = () => {
    throw new Error("thrown");
  };
  let after = 0;
  const counting: Middleware = (_req, _res, next) => {
    after += 1;
    next();
  };
  for (const [middleware, message] of [
    [[failing, counting], "too large"],
    [[throwing, counting], "thrown"],
  ] as const) {
    const s = await serve(async () => ({ status: 200, headers: new HeaderMap(), body: { kind: "complete", string: "{}" } }), [...middleware]);
    try {
      const response = await fetch(s.url, { method: "POST", body: "{}" });
      expect(response.status).toBe(599);
      expect((s.errors[0] as Error).message).toBe(message);
      expect(s.seen).toEqual([]);
    } finally {
      await s.close();
    }
  }
  expect(after).toBe(0);
  const s = await serve(async () => {
    throw new Error("apollo failed");
  });
  try {
    expect((await fetch(s.url, { method: "POST", body: "{}" })).status).toBe(599);
    expect((s.errors[0] as Error).message).toBe("apollo failed");
  } finally {
    await s.close();
  }
});
