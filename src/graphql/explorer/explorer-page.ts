import { EXPLORER_ASSETS_PATH } from "./explorer-assets";
import type { ExplorerTab } from "./explorer-tabs";

/** Only this server is contacted: no CDN, no fonts, no telemetry. */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
].join("; ");

// JSON inside <script> must not be able to close the element.
const scriptSafeJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

/** The HTML of the GraphQL explorer (GraphiQL served from node_modules). */
export function explorerPage(o: { endpoint: string; tabs: ExplorerTab[] }): string {
  const asset = (file: string) => `${EXPLORER_ASSETS_PATH}/${file}`;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>film-graph · GraphQL explorer</title>
  <link rel="stylesheet" href="${asset("graphiql.min.css")}">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the GraphQL explorer…</div>
  <script type="application/json" id="explorer-config">${scriptSafeJson({ endpoint: o.endpoint, tabs: o.tabs })}</script>
  <script src="${asset("react.production.min.js")}"></script>
  <script src="${asset("react-dom.production.min.js")}"></script>
  <script src="${asset("graphiql.min.js")}"></script>
  <script src="${asset("explorer.browser.js")}"></script>
</body>
</html>
`;
}
