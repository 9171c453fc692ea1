/**
 * Cleanup registered by tests and helpers, run after each suite (test/setup.ts). Its own module, with
 * no imports: every suite's setup loads it, and loading the stack's modules (router, kit, every
 * subgraph: about 3 s of CPU per suite) is left to the suites that start one.
 */
const disposers = new Set<() => Promise<void>>();

/** Registers cleanup that runs after the suite even when a test forgets to stop what it started. */
export function disposeAfterAll(dispose: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  const once = () => (done ??= dispose());
  disposers.add(once);
  return once;
}

/** Runs every registered disposer; called from test/setup.ts in `afterAll`. */
export async function disposeAll(): Promise<void> {
  const pending = [...disposers];
  disposers.clear();
  await Promise.allSettled(pending.map((d) => d()));
}
