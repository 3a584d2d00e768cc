import fs from "node:fs";
import cors from "cors";
import type express from "express";
import { GRASS_FILE } from "../browser-style/grass";
import { BROWSER_GUIDE_PATH, BROWSER_STYLE_PATH } from "../db/embedded/neo4j-conf";
import { renderGuide } from "./render-guide";

/**
 * Serves Neo4j Browser's style (the .grass file) and the project's guide. Neo4j Browser fetches
 * both cross-origin from its own page (http://localhost:7474), so they answer with CORS headers.
 */
export function mountBrowserFiles(app: express.Express): void {
  const guide = renderGuide();
  // Neo4j Browser's fetch sends headers that make Chromium ask first (an OPTIONS preflight).
  app.options([BROWSER_STYLE_PATH, BROWSER_GUIDE_PATH], cors());
  app.get(BROWSER_STYLE_PATH, cors(), (_req, res) => {
    res.type("text/plain").send(fs.readFileSync(GRASS_FILE, "utf8"));
  });
  app.get(BROWSER_GUIDE_PATH, cors(), (_req, res) => {
    res.type("text/html").send(guide);
  });
}
