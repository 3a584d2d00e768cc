/* global document, React, ReactDOM, GraphiQL */
// The explorer page's script (runs in the browser): GraphiQL over this server's /graphql, opened
// with the contract's operations as tabs. Its settings come from the page's JSON block.
(function start() {
  const config = JSON.parse(document.getElementById("explorer-config").textContent);
  const fetcher = GraphiQL.createFetcher({ url: config.endpoint });
  const root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultTabs: config.tabs,
      defaultEditorToolsVisibility: true,
      isHeadersEditorEnabled: true,
    }),
  );
})();
