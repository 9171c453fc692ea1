import type { RunningSubgraph } from '../../kit';
import { waitFor } from './wait';

/** Statements of the kit's own timers (the outbox relay, the consumers' retry timer), never a request's. */
const background = (sql: string) => sql.includes('outbox_events') || sql.includes('failed_events');

/**
 * Runs `fn` and returns the SQL statements the subgraph's ORM ran meanwhile (its knex `query` event),
 * leaving out the kit's timers. It first waits until the subgraph has run nothing else for 300 ms, so
 * that work still going on after an earlier request answered (its events being handled) is not
 * counted as this request's.
 */
export async function countStatements<T>(subgraph: RunningSubgraph, fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const knex = subgraph.orm.em.getKnex();
  let last = Date.now();
  const onAny = (q: { sql?: string }) => {
    if (q.sql && !background(q.sql)) last = Date.now();
  };
  knex.on('query', onAny);
  try {
    await waitFor(() => Date.now() - last >= 300, `${subgraph.name} to be quiet`, 10_000);
  } finally {
    knex.off('query', onAny);
  }
  const statements: string[] = [];
  const onQuery = (q: { sql?: string }) => {
    if (q.sql && !background(q.sql)) statements.push(q.sql);
  };
  knex.on('query', onQuery);
  try {
    return { result: await fn(), statements };
  } finally {
    knex.off('query', onQuery);
  }
}
