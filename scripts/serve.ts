/**
 * `npm run serve -- <subgraph|router>`: one process of the distributed layout (one subgraph, or the
 * router), from the same build as `npm start`. Subgraphs listen on PORT (default: their own port);
 * the router on ROUTER_PORT and reaches subgraphs at SUBGRAPH_URL_<NAME>.
 */
import { ConfigError, createLogger, loadSubgraphConfig, startSubgraph, stopOnSignals } from '../kit';
import { loadRouterConfig, startRouter } from '../router';
import { subgraphs } from '../subgraphs';

async function main() {
  const name = process.argv[2];
  const known = ['router', ...subgraphs.map((s) => s.name)];
  if (!name || !known.includes(name)) {
    console.error(`usage: npm run serve -- <${known.join('|')}>`);
    process.exit(2);
  }
  if (name === 'router') {
    const router = await startRouter({ config: loadRouterConfig(process.env) });
    stopOnSignals(router.stop, createLogger('router', 'info'));
    return;
  }
  const definition = subgraphs.find((s) => s.name === name)!;
  const running = await startSubgraph(definition, { config: loadSubgraphConfig(process.env), env: process.env });
  stopOnSignals(running.stop, createLogger(name, 'info'));
}

main().catch((error) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
