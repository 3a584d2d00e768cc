import type { Driver, ManagedTransaction, Session, SessionConfig } from "neo4j-driver";

type TransactionConfig = Parameters<Session["run"]>[2];

/**
 * A statement as a contender ran it: text, parameters, access mode, whether in an auto-commit
 * transaction (`session.run`) or a managed one (executeRead/executeWrite), and when (ms, performance.now()).
 */
export interface RecordedStatement {
  text: string;
  params: Record<string, unknown>;
  mode: "READ" | "WRITE";
  autoCommit: boolean;
  start: number;
  end: number;
}

/**
 * The driver, recording every statement run in a managed transaction (executeRead/executeWrite,
 * how @neo4j/graphql runs its statements and this project its writes) or an auto-commit one
 * (`session.run`, how this project runs its reads) into `log`.
 */
export function recordingDriver(driver: Driver, log: RecordedStatement[]): Driver {
  const wrapTx = (tx: ManagedTransaction, mode: RecordedStatement["mode"]): ManagedTransaction =>
    new Proxy(tx, {
      get(target, prop) {
        if (prop === "run") {
          return async (text: string, params: Record<string, unknown> = {}) => {
            const entry: RecordedStatement = { text, params, mode, autoCommit: false, start: performance.now(), end: 0 };
            log.push(entry);
            try {
              return await target.run(text, params);
            } finally {
              entry.end = performance.now();
            }
          };
        }
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  const wrapSession = (session: Session, mode: RecordedStatement["mode"]): Session =>
    new Proxy(session, {
      get(target, prop) {
        if (prop === "run") {
          return (text: string, params: Record<string, unknown> = {}, config?: TransactionConfig) => {
            const entry: RecordedStatement = { text, params, mode, autoCommit: true, start: performance.now(), end: 0 };
            log.push(entry);
            const result = target.run(text, params, config);
            const ended = () => void (entry.end = performance.now());
            result.then(ended, ended);
            return result;
          };
        }
        if (prop === "executeRead" || prop === "executeWrite") {
          const mode = prop === "executeRead" ? "READ" : "WRITE";
          return (work: (tx: ManagedTransaction) => unknown, config?: unknown) =>
            (target[prop] as (w: (tx: ManagedTransaction) => unknown, c?: unknown) => Promise<unknown>)((tx) => work(wrapTx(tx, mode)), config);
        }
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  return new Proxy(driver, {
    get(target, prop) {
      if (prop === "session") return (config?: SessionConfig) => wrapSession(target.session(config), config?.defaultAccessMode ?? "WRITE");
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * Groups a request's statements into waves: a statement that started after one of the current
 * wave had finished waited for it (the next level of a nested query); the others ran together.
 */
export function waves(statements: RecordedStatement[]): RecordedStatement[][] {
  const sorted = [...statements].sort((a, b) => a.start - b.start);
  const result: RecordedStatement[][] = [];
  let current: RecordedStatement[] = [];
  for (const s of sorted) {
    if (current.length && s.start >= Math.min(...current.map((c) => c.end))) {
      result.push(current);
      current = [];
    }
    current.push(s);
  }
  if (current.length) result.push(current);
  return result;
}

/** Runs a recorded statement as its contender did: in a transaction of its own, by access mode, auto-commit or managed. */
export async function replay(driver: Driver, database: string, s: RecordedStatement, timeoutMs: number): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: s.mode });
  try {
    const config = { timeout: timeoutMs };
    if (s.autoCommit) await session.run(s.text, s.params, config);
    else if (s.mode === "READ") await session.executeRead((tx) => tx.run(s.text, s.params), config);
    else await session.executeWrite((tx) => tx.run(s.text, s.params), config);
  } finally {
    await session.close();
  }
}

/** Total database hits of a statement (PROFILE), run in a transaction that is rolled back. */
export async function profileDbHits(driver: Driver, database: string, s: RecordedStatement): Promise<number> {
  const session = driver.session({ database, defaultAccessMode: "WRITE" });
  const tx = session.beginTransaction({ timeout: 120_000 });
  try {
    const result = await tx.run(`PROFILE ${s.text}`, s.params);
    const sum = (plan: { dbHits: number; children: unknown[] } | false | undefined): number =>
      plan ? plan.dbHits + plan.children.reduce((a: number, c) => a + sum(c as { dbHits: number; children: unknown[] }), 0) : 0;
    return sum(result.summary.profile as never);
  } finally {
    await tx.rollback();
    await session.close();
  }
}
