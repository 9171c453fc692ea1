/**
 * Retries `check` until it passes (returns without throwing) or `timeoutMs` runs out, then rethrows its
 * last error. For effects that arrive asynchronously: events, live updates, recovery after a fault.
 */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 5000, intervalMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}

/**
 * Polls `condition` (every 10 ms, or `intervalMs`) until it holds; fails naming `what` after
 * `timeoutMs`. For a state to be reached (a listener registered, a process printed a line) where
 * {@link eventually}'s retried assertion would be clumsy.
 */
export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 8000, intervalMs = 10): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
