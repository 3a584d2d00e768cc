import { cacheableResponse, cacheControlPlugins } from "../../src/graphql/cache-control";

// The Cache-Control header is decided once per response, not by a policy computed for every
// resolved field (src/graphql/cache-control.ts); the header itself: tests/integration/cache-control.test.ts.

it.each([
  ["a query with data", "query", { film: { title: "x" } }, false, true],
  ["a query whose field answered null", "query", { film: null }, false, true],
  ["a query with errors", "query", { film: null }, true, false],
  ["a mutation", "mutation", { upsertFilm: { id: "x" } }, false, false],
  ["introspection alone", "query", { __schema: {} }, false, false],
  ["__typename alone", "query", { __typename: "Query" }, false, false],
  ["every root field skipped", "query", {}, false, false],
  ["no operation (a parse or validation error)", undefined, undefined, true, false],
])("cacheableResponse: %s", (_name, operation, data, hasErrors, expected) => {
  expect(cacheableResponse(operation, data, hasErrors)).toBe(expected);
});

it("the cache-control plugins add no per-field hook (Apollo then instruments every resolver call)", async () => {
  const plugins = cacheControlPlugins();
  // Apollo's own cache-control plugin, which Apollo installs when none is given, is disabled.
  expect(plugins.some((p) => (p as { __internal_plugin_id__?: string }).__internal_plugin_id__ === "CacheControl")).toBe(true);
  for (const plugin of plugins) {
    if (!plugin.requestDidStart) continue;
    const listener = await plugin.requestDidStart({} as never);
    expect(listener).toBeDefined();
    expect(listener!.executionDidStart).toBeUndefined();
  }
});
