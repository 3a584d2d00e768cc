import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import type { GraphQLContext } from "./context";

/**
 * Seconds a CDN or a browser may keep a read's response (`Cache-Control: max-age=60, public`).
 * Reads are public (no token changes what a query answers); a minute bounds how stale a page can be
 * after a write.
 */
export const PUBLIC_READ_MAX_AGE_SECONDS = 60;

/** Mutations are never cacheable: their responses answer `Cache-Control: no-store`. */
const mutationsUncacheable: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, overallCachePolicy }) {
        if (operation?.operation !== "query") overallCachePolicy.restrict({ maxAge: 0 });
      },
    };
  },
};

/**
 * Apollo's cache-control plugin with a default max-age for every field, so a successful query
 * answers `Cache-Control: max-age=<seconds>, public`; a response with errors or a mutation answers
 * `no-store`.
 */
export function cacheControlPlugins(maxAgeSeconds = PUBLIC_READ_MAX_AGE_SECONDS): ApolloServerPlugin<GraphQLContext>[] {
  return [mutationsUncacheable, ApolloServerPluginCacheControl({ defaultMaxAge: maxAgeSeconds })];
}
