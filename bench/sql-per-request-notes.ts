/**
 * The notes part of sql-per-request: one user's 300 notes of two revisions each, read as
 * `notes(first: N) { … body revisions(first: 2) { … } }` for growing N. Bodies come from storage (no
 * SQL); the revisions of a whole page come from one per-request connection loader, so the statement
 * count must not move with N.
 */
import { newId, LocalStorage, searchText, tagKey } from '../kit';
import { Note, NoteRevision } from '../subgraphs/notes/src/entities';
import type { DomainBench } from './sql-per-request-domains';

const NOTES = 300;
const PAGE_SIZES = [10, 50, 100];

const NOTES_QUERY = `query Notes($first: Int!) {
  notes(first: $first) {
    totalCount edges { node { title tags size body revision revisions(first: 2) { totalCount edges { node { number title } } } } }
  }
}`;

interface Reply {
  data?: { notes: { totalCount: number; edges: { node: { body: string; revisions: { totalCount: number } } }[] } | null };
}

/** notes' entry in sql-per-request's domain table: bodies go to the stack's default local storage under its DATA_DIR. */
export const notesBench: DomainBench = {
  name: 'notes',
  shown: ['notes'],
  pageSizes: PAGE_SIZES,
  query: NOTES_QUERY,
  async seed(stack, user, dataDir) {
    const userId = user.id;
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
  },
  check(data, size) {
    const reply = { data } as Reply;
    const edges = reply.data?.notes?.edges ?? [];
    if (reply.data?.notes?.totalCount !== NOTES || edges.length !== size) return 'wrong answer';
    if (edges.some((e) => !e.node.body.includes('second draft') || e.node.revisions.totalCount !== 2)) return 'body or revisions missing';
    return `ok, ${size} notes with bodies and revisions`;
  },
};
