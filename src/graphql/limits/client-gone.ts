import type { ServerResponse } from "node:http";

/**
 * A signal that aborts when the client goes away before its response is complete (the socket
 * closed early); the request's Cypher work listens to it (Database.scoped) and stops.
 */
export function clientGoneSignal(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}
