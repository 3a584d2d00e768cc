import type express from "express";
import { EXPLORER_ASSETS_PATH, explorerAssetFiles } from "./explorer-assets";
import { EXPLORER_CSP, explorerPage } from "./explorer-page";
import { contractTabs } from "./explorer-tabs";

/** A browser asking for the GraphQL address: a page load, not a GraphQL request over GET. */
function wantsPage(req: express.Request): boolean {
  return req.method === "GET" && req.query.query === undefined && (req.headers.accept ?? "").includes("text/html");
}

/**
 * The GraphQL explorer: GET /graphql from a browser answers the page (everything else reaches
 * GraphQL), and its scripts and styles are served from node_modules under /explorer-assets.
 */
export function mountExplorer(app: express.Express, graphqlPath = "/graphql"): void {
  const files = explorerAssetFiles();
  const html = explorerPage({ endpoint: graphqlPath, tabs: contractTabs() });
  app.get(`${EXPLORER_ASSETS_PATH}/:file`, (req, res, next) => {
    const file = files[req.params.file];
    if (!file) return next();
    res.sendFile(file, { maxAge: "1h" });
  });
  app.get(graphqlPath, (req, res, next) => {
    if (!wantsPage(req)) return next();
    res.set("content-security-policy", EXPLORER_CSP).type("html").send(html);
  });
}
