/**
 * Runs `work` while telling the user it is still going: `label...` at once, then
 * `label... N s` every `everyMs` milliseconds, and `label: done in N s` at the end (or
 * `label: failed after N s`). For waits that otherwise print nothing, such as the embedded
 * Neo4j's start (12-60 s) and stop.
 */
export async function withElapsedTicker<T>(
  label: string,
  log: (line: string) => void,
  work: () => Promise<T>,
  everyMs = 5000,
  now: () => number = Date.now,
): Promise<T> {
  const started = now();
  const seconds = () => Math.round((now() - started) / 1000);
  log(`${label}...`);
  const timer = setInterval(() => log(`${label}... ${seconds()} s`), everyMs);
  try {
    const result = await work();
    log(`${label}: done in ${seconds()} s`);
    return result;
  } catch (error) {
    log(`${label}: failed after ${seconds()} s`);
    throw error;
  } finally {
    clearInterval(timer);
  }
}
