import neo4j, { type Driver } from "neo4j-driver";
import { installBoltBuffers } from "./bolt-buffers";

export interface DriverOptions {
  uri: string;
  username: string;
  password: string;
  /** How long a transaction is retried on transient or connection errors before failing. */
  retryMs: number;
  /**
   * Integers as JavaScript BigInt, exact over Neo4j's whole 64-bit range (the CLI's analytics output);
   * by default they are numbers, exact up to 2^53 (the service: ids, counts and offsets stay far below).
   */
  exactIntegers?: boolean;
}

/**
 * One driver per process, built at start (it owns the connection pool). Also makes the driver read
 * each Bolt message from one buffer and write a statement in one socket write (installBoltBuffers,
 * process-wide fixes of the driver's slow paths for long records and long statements).
 */
export function createDriver(o: DriverOptions): Driver {
  installBoltBuffers();
  return neo4j.driver(o.uri, neo4j.auth.basic(o.username, o.password), {
    ...(o.exactIntegers ? { useBigInt: true } : { disableLosslessIntegers: true }),
    maxTransactionRetryTime: o.retryMs,
    connectionTimeout: Math.max(1000, o.retryMs),
    connectionAcquisitionTimeout: Math.max(2000, o.retryMs * 2),
    userAgent: "film-graph",
  });
}
