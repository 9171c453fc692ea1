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
