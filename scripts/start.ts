/**
 * `npm start`: the whole supergraph in one process on embedded defaults (SQLite files in ./data,
 * in-memory pub/sub) with demo data, or on MySQL/Redis when MYSQL_URL / REDIS_URL are set.
 */
import { ConfigError, createLogger, initTracing, loadSubgraphConfig, shutdownTracing, stopOnSignals } from '../kit';
import { startStack } from './lib/stack';

async function main() {
  const started = performance.now();
  const env = { SEED_DEMO_DATA: 'true', ...process.env };
  await initTracing('hubgraph', loadSubgraphConfig(env).OTEL_EXPORTER_OTLP_ENDPOINT);
  const stack = await startStack({ env });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const base = stack.router.url.replace(/\/graphql$/, '');
  const lines = [
    '',
    `Hubgraph is up in ${seconds} s.`,
    `  GraphQL + Apollo Sandbox  ${stack.router.url}`,
    `  Offline explorer          ${base}/explorer`,
    `  Health / readiness        ${base}/health  ${base}/ready`,
    ...stack.subgraphs.map((s) => `  subgraph ${s.name.padEnd(16)} ${s.url}`),
    '  Demo login: demo@hubgraph.dev / hubgraph-demo (admin@hubgraph.dev is an admin)',
    '  Ctrl-C stops everything.',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
  stopOnSignals(
    async () => {
      await stack.stop();
      await shutdownTracing();
    },
    createLogger('hubgraph', 'info'),
  );
}

main().catch((error) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
