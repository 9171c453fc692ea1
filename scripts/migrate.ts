/**
 * `node dist/scripts/migrate.js [subgraph …]` (or `npm run migrate`): brings every subgraph's database
 * (or the named ones) to its newest committed migration and exits. Kubernetes runs it as a Job before
 * a rollout (deploy/k8s/base/migrate-job.yaml); each process also migrates at start, and on MySQL both
 * take the same per-database lock, so a job and replicas starting together never apply a migration twice.
 * Reads the same environment as the subgraphs (MYSQL_URL, MYSQL_PASSWORD, MYSQL_DATABASE_PREFIX, DATA_DIR).
 */
import { ConfigError, createLogger, loadSubgraphConfig } from '../kit';
import { openDatabase } from '../kit/src/orm';
import { subgraphs } from '../subgraphs';

async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const unknown = names.filter((name) => !subgraphs.some((s) => s.name === name));
  if (unknown.length) {
    console.error(`unknown subgraph ${unknown.join(', ')}; one of ${subgraphs.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  const config = loadSubgraphConfig(process.env);
  const log = createLogger('migrate', config.LOG_LEVEL);
  for (const definition of subgraphs.filter((s) => !names.length || names.includes(s.name))) {
    const orm = await openDatabase({
      subgraph: definition.name,
      entities: definition.entities,
      migrations: definition.migrations,
      config,
      log,
    });
    await orm.close(true);
    log.info({ subgraph: definition.name }, 'database is at its newest migration');
  }
}

main().catch((error) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
