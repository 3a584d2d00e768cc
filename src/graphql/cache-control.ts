import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLContext } from "./context";

/**
 * Seconds a CDN or a browser may keep a read's response (`Cache-Control: max-age=60, public`).
 * Reads are public (no token changes what a query answers); a minute bounds how stale a page can be
 * after a write.
 */
export const PUBLIC_READ_MAX_AGE_SECONDS = 60;

/** The header of a response no cache may keep. */
const UNCACHEABLE = "no-store";

/**
 * Whether a response may be cached: a query (not a mutation) answered without errors that resolved
 * at least one field of the schema (an answer of introspection or `__typename` alone, or one whose
 * root fields were all skipped by `@include`/`@skip`, says nothing worth keeping). The same rule
 * Apollo's cache-control plugin applies when every field has the default max-age and no
 * `@cacheControl` hint, which is this schema's case.
 */
export function cacheableResponse(operation: string | undefined, data: Record<string, unknown> | null | undefined, hasErrors: boolean): boolean {
  if (operation !== "query" || hasErrors || !data) return false;
  return Object.keys(data).some((key) => !key.startsWith("__"));
}

/**
 * One header per response, set once per request: a successful query answers
 * `Cache-Control: max-age=<seconds>, public`, a mutation or a response with errors `no-store`.
 * Apollo's cache-control plugin (`ApolloServerPluginCacheControl`) gave the same headers, but it
 * computes a policy for every field the query resolves (a `willResolveField` hook, which also makes
 * Apollo wrap and instrument every resolver call): about a twentieth of the server's CPU on a query
 * of 2,000 objects (docs/performance.md, "Per-object cost"). This schema has no `@cacheControl`
 * hints and no resolver sets one, so every field's policy was the default and the per-field work
 * changed nothing; a schema that needs per-field hints should go back to Apollo's plugin. Apollo's
 * plugin is disabled (Apollo installs it with max-age 0 when no plugin says otherwise).
 */
export function cacheControlPlugins(maxAgeSeconds = PUBLIC_READ_MAX_AGE_SECONDS): ApolloServerPlugin<GraphQLContext>[] {
  return [
    // Apollo installs its own cache-control plugin unless told not to.
    ApolloServerPluginCacheControlDisabled(),
    {
      async requestDidStart() {
        let operation: string | undefined;
        return {
          async didResolveOperation(requestContext) {
            operation = requestContext.operation?.operation;
          },
          async willSendResponse({ response }) {
            const body = response.body;
            const cacheable =
              body.kind === "single" && cacheableResponse(operation, body.singleResult.data, (body.singleResult.errors?.length ?? 0) > 0);
            response.http.headers.set("cache-control", cacheable ? `max-age=${maxAgeSeconds}, public` : UNCACHEABLE);
          },
        };
      },
    },
  ];
}
