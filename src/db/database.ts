import type { Semaphore } from "async-mutex";
import { isRetryableError, type Driver, type ManagedTransaction, type Session, type SessionMode } from "neo4j-driver";
import type { CypherRegistry, StatementName } from "./cypher-registry";
import { countedSession } from "./session-use";

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** Runs named statements inside one write transaction. */
export interface WriteTransaction {
  run(name: StatementName, params?: Params): Promise<Row[]>;
}

/** Transaction timeouts in milliseconds: Neo4j stops a transaction that runs longer (TransactionTimedOut). */
export interface TransactionTimeouts {
  /** Read transactions (one statement each). */
  readMs: number;
  /** Write transactions: mutations, imports, the seed; also CLI analytics. */
  writeMs: number;
  /**
   * How long a read is retried after a transient failure (the database unavailable, a leader
   * switch), as the driver retries managed transactions (`maxTransactionRetryTime`, NEO4J_RETRY_MS);
   * default 3000.
   */
  retryMs?: number;
  /**
   * How many times a write transaction is tried at least before a deadlock (Neo4j failing this
   * transaction to break a wait cycle) reaches the caller, however long the tries took; default 5.
   * `retryMs` alone is a time window, and under load one try can outlast it: a deadlock victim was
   * then tried once or twice and its client answered CONFLICT. Other transient failures (the
   * database unavailable) are retried for `retryMs` only.
   */
  writeAttempts?: number;
}

export const DEFAULT_TIMEOUTS: TransactionTimeouts = { readMs: 5000, writeMs: 30_000 };

/** The driver's retry schedule for managed transactions (neo4j-driver TransactionExecutor): 1 s, then doubling, ±20 %. */
const RETRY_FIRST_DELAY_MS = 1000;
const RETRY_DELAY_MULTIPLIER = 2;
const RETRY_JITTER = 0.2;

/** What one caller (a GraphQL request) adds around the statements it runs. */
export interface StatementScope {
  /** Sees each statement (e.g. a per-request counter). */
  onStatement?: (name: StatementName) => void;
  /** Aborted when the caller has gone (a client that disconnected): running work is stopped, new work refused. */
  signal?: AbortSignal;
  /** Bounds how many transactions of this scope are open at once, so one caller cannot take the pool. */
  concurrency?: Semaphore;
}

/** A transaction given up because its caller went away (the client disconnected). */
export class WorkCancelledError extends Error {
  constructor() {
    super("The request was cancelled: the client disconnected.");
    this.name = "WorkCancelledError";
  }
}

/**
 * Named Cypher statements against one database: reads in read transactions (routed to readers in
 * a cluster), writes in one write transaction per unit of work, each with a transaction timeout.
 */
export class Database {
  constructor(
    readonly driver: Driver,
    readonly name: string,
    readonly cypher: CypherRegistry,
    readonly timeouts: TransactionTimeouts = DEFAULT_TIMEOUTS,
    private readonly scope: StatementScope = {},
  ) {}

  /** The same database, reporting each statement to `onStatement` (e.g. a per-request counter). */
  observed(onStatement: (name: StatementName) => void): Database {
    return this.scoped({ ...this.scope, onStatement });
  }

  /** The same database within a caller's scope (statement counter, cancellation, concurrency cap). */
  scoped(scope: StatementScope): Database {
    return new Database(this.driver, this.name, this.cypher, this.timeouts, scope);
  }

  /**
   * One bookmark manager for every session of the process (the driver's own): a read after a write
   * sees that write even when a cluster routes it to another member (a mutation reads back what it
   * wrote). On a single server it costs nothing.
   */
  private get bookmarks() {
    return this.driver.executeQueryBookmarkManager;
  }

  /**
   * Runs a read statement in a read transaction of its own, with the read timeout: an auto-commit
   * transaction of a READ session (one round trip: RUN and PULL together, no BEGIN and COMMIT;
   * Neo4j refuses a write in it, and a cluster routes it to a reader). A transient failure is
   * retried for `retryMs` on the driver's schedule. Rows as plain objects (`Record.toObject()`).
   * A failure carries the statement's name as `statement` (the driver's own call-site stack is not
   * captured: see `withoutDriverStack`).
   */
  async read(name: StatementName, params: Params = {}): Promise<Row[]> {
    return countedSession(() =>
      this.inSession("READ", async (session) => {
        const text = this.cypher.get(name).text;
        const config = { timeout: this.timeouts.readMs };
        const retryMs = this.timeouts.retryMs ?? DEFAULT_RETRY_MS;
        for (let delay = RETRY_FIRST_DELAY_MS, firstFailure = 0; ; delay *= RETRY_DELAY_MULTIPLIER) {
          try {
            this.scope.onStatement?.(name);
            const result = await withoutDriverStack(() => session.run(text, params, config));
            return result.records.map((record) => record.toObject() as Row);
          } catch (error) {
            firstFailure ||= Date.now();
            if (!isRetryableError(error) || this.scope.signal?.aborted || Date.now() - firstFailure > retryMs) throw named(error, name);
            await jitteredDelay(delay);
          }
        }
      }),
    );
  }

  /**
   * Runs `work` in one write transaction (a managed transaction of a WRITE session, with the write
   * timeout) and commits it; a failure anywhere rolls the whole transaction back. A transient
   * failure is retried by the driver for `retryMs` (`maxTransactionRetryTime`); a deadlock is then
   * retried here until the transaction has been tried `writeAttempts` times, on the driver's
   * schedule (1 s, doubling, ±20 %), however slow the machine is. `work` must therefore be safe to
   * run again (it is: every write is idempotent and starts from what the graph holds).
   * Errors: the last failure, with the failing statement's name as `statement`; WorkCancelledError
   * when the scope's signal aborts.
   */
  async write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    const attempts = this.timeouts.writeAttempts ?? DEFAULT_WRITE_ATTEMPTS;
    return countedSession(() =>
      this.inSession("WRITE", async (session) => {
        for (let tries = 0; ; ) {
          try {
            return await session.executeWrite(
              (tx) => {
                tries += 1;
                return work({ run: (name, params = {}) => this.runIn(tx, name, params) });
              },
              { timeout: this.timeouts.writeMs },
            );
          } catch (error) {
            if (!isDeadlock(error) || this.scope.signal?.aborted || tries >= attempts) throw error;
            await jitteredDelay(RETRY_FIRST_DELAY_MS * RETRY_DELAY_MULTIPLIER ** Math.min(tries - 1, 4));
          }
        }
      }),
    );
  }

  /**
   * A session for `work`, within the scope: waits for a free slot of the concurrency cap, and when
   * the scope's signal aborts, closes the session (the driver resets the connection, which stops
   * the running query in Neo4j) and throws WorkCancelledError.
   */
  private async inSession<T>(mode: SessionMode, work: (session: Session) => Promise<T>): Promise<T> {
    const { signal, concurrency } = this.scope;
    const run = async () => {
      if (signal?.aborted) throw new WorkCancelledError();
      const session = this.driver.session({ database: this.name, defaultAccessMode: mode, bookmarkManager: this.bookmarks });
      const cancel = () => void session.close().catch(() => {});
      signal?.addEventListener("abort", cancel, { once: true });
      try {
        return await work(session);
      } catch (error) {
        if (signal?.aborted) throw new WorkCancelledError();
        throw error;
      } finally {
        signal?.removeEventListener("abort", cancel);
        await session.close();
      }
    };
    return concurrency ? concurrency.runExclusive(run) : run();
  }

  private async runIn(tx: ManagedTransaction, name: StatementName, params: Params): Promise<Row[]> {
    this.scope.onStatement?.(name);
    try {
      const result = await withoutDriverStack(() => tx.run(this.cypher.get(name).text, params));
      return result.records.map((record) => record.toObject() as Row);
    } catch (error) {
      throw named(error, name);
    }
  }
}

/** The default of TransactionTimeouts.retryMs (the default of NEO4J_RETRY_MS). */
const DEFAULT_RETRY_MS = 3000;

/** The default of TransactionTimeouts.writeAttempts. */
const DEFAULT_WRITE_ATTEMPTS = 5;

/** Neo4j broke a lock wait cycle by failing this transaction (Neo.TransientError.Transaction.DeadlockDetected). */
function isDeadlock(error: unknown): boolean {
  return isRetryableError(error) && (error as { code?: unknown }).code === "Neo.TransientError.Transaction.DeadlockDetected";
}

/** Waits `ms` ± RETRY_JITTER (so that transactions that failed together do not all retry together). */
function jitteredDelay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms * (1 - RETRY_JITTER + Math.random() * 2 * RETRY_JITTER)));
}

/**
 * Calls `start` (which creates a driver Result) without the call-site stack the driver captures for
 * every Result (`new Error().stack`, neo4j-driver-core result.js), which it puts on the error when
 * the query fails. Under tsx every stack is source-mapped, and that capture cost about 5 % of the
 * server's CPU per request (docs/performance.md, "Per-request cost"); here the call site is always
 * Database.read, so the statement's name (`named`) says more.
 */
function withoutDriverStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** The error with the name of the statement that failed (`statement`), for the log. */
function named(error: unknown, name: StatementName): unknown {
  if (typeof error === "object" && error !== null && !("statement" in error)) Object.assign(error, { statement: name });
  return error;
}
