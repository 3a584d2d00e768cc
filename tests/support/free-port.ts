import net from "node:net";

/** A port the OS has free on 127.0.0.1 right now (listen on port 0, read it, close). */
function portFromTheSystem(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A port from `next` that this process has not handed out before. Two calls in a row
 * (`boltPort: await freePort(), httpPort: await freePort()`) may get the same port back from the
 * system once the first listener is closed; Neo4j then fails to bind its second connector.
 */
export async function distinctPort(next: () => Promise<number>, handedOut: Set<number>): Promise<number> {
  for (;;) {
    const port = await next();
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}

const handedOut = new Set<number>();

/** A TCP port on 127.0.0.1 that nothing listens on right now, and that no earlier call of this process returned. */
export function freePort(): Promise<number> {
  return distinctPort(portFromTheSystem, handedOut);
}
