/**
 * `npm run serve -- <subgraph|router>`: one process of the distributed layout (one subgraph, or the
 * router), from the same build as `npm start`. Subgraphs listen on PORT (default: their own port);
 * the router on ROUTER_PORT and reaches subgraphs at SUBGRAPH_URL_<NAME>.
 */
import {
  ConfigError,
  createLogger,
  initTracing,
  loadSubgraphConfig,
  shutdownTracing,
  startSubgraph,
  stopOnSignals,
  withTenantDataSubgraphs,
} from '../kit';
import { loadRouterConfig, startRouter } from '../router';
import { subgraphs } from '../subgraphs';

async function main() {
  const name = process.argv[2];
  const known = ['router', ...subgraphs.map((s) => s.name)];
  if (!name || !known.includes(name)) {
    console.error(`usage: npm run serve -- <${known.join('|')}>`);
    process.exit(2);
  }
  const stopAll = (stop: () => Promise<void>) => async () => {
    await stop();
    await shutdownTracing();
  };
  if (name === 'router') {
    const config = loadRouterConfig(process.env);
    await initTracing('router', config.OTEL_EXPORTER_OTLP_ENDPOINT);
    const router = await startRouter({ config });
    stopOnSignals(stopAll(router.stop), createLogger('router', 'info'));
    return;
  }
  const definition = subgraphs.find((s) => s.name === name)!;
  const config = loadSubgraphConfig(process.env);
  await initTracing(name, config.OTEL_EXPORTER_OTLP_ENDPOINT);
  const running = await startSubgraph(definition, { config, env: withTenantDataSubgraphs(process.env, subgraphs) });
  stopOnSignals(stopAll(running.stop), createLogger(name, 'info'));
}

main().catch((error) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
