/**
 * Sessions of the process's driver, counted around each unit of work (src/db/database.ts). The
 * driver publishes no pool statistics; a session holds one pooled connection while it runs, so
 * `inUse` is the pool's busy connections as far as this process's own work goes.
 */
export const sessionUse = {
  /** Sessions open right now. */
  inUse: 0,
  /** Sessions opened since the process started. */
  opened: 0,
};

/** Runs `work` counted as one open session. */
export async function countedSession<T>(work: () => Promise<T>): Promise<T> {
  sessionUse.inUse += 1;
  sessionUse.opened += 1;
  try {
    return await work();
  } finally {
    sessionUse.inUse -= 1;
  }
}
