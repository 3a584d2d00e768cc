import type { Driver, ManagedTransaction } from "neo4j-driver";
import type { CypherRegistry, StatementName } from "./cypher-registry";
import { countedSession } from "./session-use";

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** Runs named statements inside one write transaction. */
export interface WriteTransaction {
  run(name: StatementName, params?: Params): Promise<Row[]>;
}

/**
 * Named Cypher statements against one database: reads in read transactions (routed to readers in
 * a cluster), writes in one write transaction per unit of work. `onStatement` sees each statement.
 */
export class Database {
  constructor(
    readonly driver: Driver,
    readonly name: string,
    readonly cypher: CypherRegistry,
    private readonly onStatement: (name: StatementName) => void = () => {},
  ) {}

  /** The same database, reporting each statement to `onStatement` (e.g. a per-request counter). */
  observed(onStatement: (name: StatementName) => void): Database {
    return new Database(this.driver, this.name, this.cypher, onStatement);
  }

  /**
   * One bookmark manager for every session of the process (the driver's own): a read after a write
   * sees that write even when a cluster routes it to another member (a mutation reads back what it
   * wrote). On a single server it costs nothing.
   */
  private get bookmarks() {
    return this.driver.executeQueryBookmarkManager;
  }

  read(name: StatementName, params: Params = {}): Promise<Row[]> {
    return countedSession(() => this.readInSession(name, params));
  }

  write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    return countedSession(() => this.writeInSession(work));
  }

  private async readInSession(name: StatementName, params: Params): Promise<Row[]> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: "READ", bookmarkManager: this.bookmarks });
    try {
      return await session.executeRead((tx) => this.runIn(tx, name, params));
    } finally {
      await session.close();
    }
  }

  private async writeInSession<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: "WRITE", bookmarkManager: this.bookmarks });
    try {
      return await session.executeWrite((tx) => work({ run: (name, params = {}) => this.runIn(tx, name, params) }));
    } finally {
      await session.close();
    }
  }

  private async runIn(tx: ManagedTransaction, name: StatementName, params: Params): Promise<Row[]> {
    this.onStatement(name);
    const result = await tx.run(this.cypher.get(name).text, params);
    return result.records.map((record) => record.toObject() as Row);
  }
}
