/**
 * The notes part of sql-per-request: one user's 300 notes of two revisions each, read as
 * `notes(first: N) { … body revisions(first: 2) { … } }` for growing N. Bodies come from storage (no
 * SQL); the revisions of a whole page come from one per-request connection loader, so the statement
 * count must not move with N.
 */
import { newId, LocalStorage, searchText, tagKey } from '../kit';
import type { Stack } from '../scripts/lib/stack';
import { Note, NoteRevision } from '../subgraphs/notes/src/entities';
import { formatTable } from './lib/report';

const NOTES = 300;
const PAGE_SIZES = [10, 50, 100];

export const NOTES_QUERY = `query Notes($first: Int!) {
  notes(first: $first) {
    totalCount edges { node { title tags size body revision revisions(first: 2) { totalCount edges { node { number title } } } } }
  }
}`;

export interface NotesRow {
  pageSize: number;
  outcome: string;
  sql: Record<string, number>;
  fetches: Record<string, number>;
  statements: string[];
}

interface Reply {
  status: number;
  data?: { notes: { totalCount: number; edges: { node: { body: string; revisions: { totalCount: number } } }[] } | null };
  errors?: unknown[];
}

/**
 * Seeds notes for `userId` through the subgraph's ORM and its default local storage under
 * `dataDir` (the stack's DATA_DIR), then measures `NOTES_QUERY`; `ask` as in finance's part.
 */
export async function notesSqlPerRequest(
  stack: Stack,
  userId: string,
  dataDir: string,
  ask: (
    query: string,
    variables: Record<string, unknown>,
  ) => Promise<{ reply: Reply; sql: Record<string, number>; fetches: Record<string, number>; statements: string[] }>,
  repeats: number,
): Promise<{ rows: NotesRow[]; table: string; verdict: string }> {
  const notes = stack.subgraphs.find((s) => s.name === 'notes');
  if (!notes) throw new Error('the notes subgraph is not running');
  const storage = new LocalStorage(`${dataDir}/storage`);
  const em = notes.orm.em.fork();
  for (let i = 0; i < NOTES; i++) {
    const id = newId();
    const bodies = [`# Note ${i}\n\nfirst draft`, `# Note ${i}\n\nsecond draft with more words`];
    let revision = 0;
    let last = '';
    for (const body of bodies) {
      revision += 1;
      const revisionId = newId();
      last = `notes/${userId}/${id}/${revisionId}.md`;
      await storage.put(last, body);
      em.create(NoteRevision, {
        id: revisionId,
        noteId: id,
        number: revision,
        title: `bench note ${i}`,
        bodyKey: last,
        bodyBytes: Buffer.byteLength(body),
        source: 'TEXT',
      });
    }
    const tags = [`t${i % 5}`];
    em.create(Note, {
      id,
      ownerId: userId,
      title: `bench note ${i}`,
      tags,
      tagKey: tagKey(tags),
      searchText: searchText([`bench note ${i}`, bodies[1]]),
      revision,
      bodyKey: last,
      bodyBytes: Buffer.byteLength(bodies[1]!),
    });
  }
  await em.flush();

  await ask(NOTES_QUERY, { first: 10 }); // warm-up: query planning
  const rows: NotesRow[] = [];
  for (const size of PAGE_SIZES) {
    for (let r = 0; r < repeats; r++) {
      const { reply, sql, fetches, statements } = await ask(NOTES_QUERY, { first: size });
      const edges = reply.data?.notes?.edges ?? [];
      const outcome =
        reply.status !== 200 || reply.errors?.length
          ? `HTTP ${reply.status} ${JSON.stringify(reply.errors).slice(0, 200)}`
          : reply.data?.notes?.totalCount !== NOTES || edges.length !== size
            ? 'wrong answer'
            : edges.some((e) => !e.node.body.includes('second draft') || e.node.revisions.totalCount !== 2)
              ? 'body or revisions missing'
              : `ok, ${size} notes with bodies and revisions`;
      rows.push({ pageSize: size, outcome, sql, fetches, statements });
    }
  }
  const table = formatTable(
    ['page size', 'fetch notes', 'sql notes', 'outcome'],
    rows.map((r) => [r.pageSize, r.fetches.notes ?? 0, r.sql.notes ?? 0, r.outcome]),
  );
  const distinct = [...new Set(rows.filter((r) => r.outcome.startsWith('ok')).map((r) => `${r.sql.notes} notes SQL`))];
  const failed = rows.filter((r) => !r.outcome.startsWith('ok'));
  const verdict =
    distinct.length === 1 && !failed.length
      ? `notes: every request cost the same: ${distinct[0]} (target met)`
      : `notes: cost differs: ${distinct.join('; ')}${failed.length ? `; ${failed.length} failed` : ''} (target NOT met)`;
  return { rows, table, verdict };
}
