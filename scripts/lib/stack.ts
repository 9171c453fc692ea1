import {
  createEventStream,
  createLogger,
  createPubSub,
  errorTracker,
  loadSubgraphConfig,
  startSubgraph,
  publicPathTable,
  withTenantDataSubgraphs,
  type RunningSubgraph,
  type AnySubgraphDefinition,
  type Clock,
} from '../../kit';
import { loadRouterConfig, startRouter, type RunningRouter } from '../../router';
import { loadSubgraphs } from '../../subgraphs/load';

export interface Stack {
  router: RunningRouter;
  subgraphs: RunningSubgraph[];
  stop(): Promise<void>;
}

export interface StackOptions {
  env: Record<string, string | undefined>;
  /** Free ports for everything (tests) instead of 4000/4001+. */
  ephemeralPorts?: boolean;
  /** Which subgraphs to run (default: all). */
  only?: string[];
  /** The registry to run instead of subgraphs/index.ts (the wiring test adds a throwaway subgraph). */
  registry?: AnySubgraphDefinition[];
  /** The clock every subgraph's `deps.clock` and the router's session cache read (tests move one by hand). */
  clock?: Clock;
}

/**
 * Runs every subgraph and the router in this process (the embedded layout of `npm start` and of the
 * tests): subgraphs start in parallel and share one pub/sub; the router gets their actual URLs.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const subgraphConfig = loadSubgraphConfig(options.env);
  const log = createLogger('hubgraph', subgraphConfig.LOG_LEVEL);
  const pubsub = createPubSub(subgraphConfig.REDIS_URL, subgraphConfig.REDIS_KEY_PREFIX, log);
  const events = createEventStream(subgraphConfig.REDIS_URL, subgraphConfig.REDIS_KEY_PREFIX, log, {
    maxLength: subgraphConfig.EVENT_STREAM_MAX_LENGTH,
  });
  // Only the chosen subgraphs' modules are loaded (a registry given by the caller is already loaded).
  const chosen = options.registry
    ? options.registry.filter((s) => !options.only || options.only.includes(s.name))
    : loadSubgraphs(options.only);
  const settled = await Promise.allSettled(
    chosen.map((definition) =>
      startSubgraph(definition, {
        config: subgraphConfig,
        env: withTenantDataSubgraphs(options.env, chosen),
        port: options.ephemeralPorts ? 0 : definition.defaultPort,
        pubsub,
        clock: options.clock,
        events,
      }),
    ),
  );
  const running = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    await Promise.all(running.map((s) => s.stop()));
    await pubsub.close();
    await events.close();
    throw failed.reason;
  }
  const urls = Object.fromEntries(running.map((s) => [`SUBGRAPH_URL_${s.name.toUpperCase()}`, s.url]));
  let router: RunningRouter;
  try {
    router = await startRouter({
      config: loadRouterConfig({ ...options.env, ...urls }),
      port: options.ephemeralPorts ? 0 : undefined,
      pubsub,
      clock: options.clock,
      // A test stack's own registry (the wiring test's scratch subgraph) brings its own public paths.
      publicPaths: options.registry ? publicPathTable(options.registry) : undefined,
    });
  } catch (error) {
    await Promise.all(running.map((s) => s.stop()));
    await pubsub.close();
    await events.close();
    throw error;
  }
  let stopping: Promise<void> | undefined;
  return {
    router,
    subgraphs: running,
    stop: () =>
      (stopping ??= (async () => {
        await router.stop();
        await Promise.all(running.map((s) => s.stop()));
        await pubsub.close();
        await events.close();
        // The process's error tracker took its store (Redis, with this stack's key prefix) from the first
        // service started; give the process back as found, so the next stack in it (a test worker runs
        // dozens) configures its own and this stack's Redis connection closes.
        await errorTracker.reset();
      })()),
  };
}
