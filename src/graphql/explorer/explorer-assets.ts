import path from "node:path";

/** URL path under which the explorer page's scripts and styles are served (from node_modules, no CDN). */
export const EXPLORER_ASSETS_PATH = "/explorer-assets";

const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/** The only files served under EXPLORER_ASSETS_PATH: file name -> absolute path. */
export function explorerAssetFiles(): Record<string, string> {
  return {
    "react.production.min.js": path.join(packageDir("react"), "umd/react.production.min.js"),
    "react-dom.production.min.js": path.join(packageDir("react-dom"), "umd/react-dom.production.min.js"),
    "graphiql.min.js": path.join(packageDir("graphiql"), "graphiql.min.js"),
    "graphiql.min.css": path.join(packageDir("graphiql"), "graphiql.min.css"),
    "explorer.browser.js": path.join(__dirname, "explorer.browser.js"),
  };
}
