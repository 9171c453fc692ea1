/**
 * The library part of sql-per-request: 200 works (two editions and two copies each) whose titles
 * share the word `bench`, and 100 open loans of the user, read as `searchWorks(query: "bench",
 * first: N) { facets, authors, editions, copies }` plus `me { loans(first: N) { work copy fine } }`
 * for growing N. The search is five statements (count, page, three facets) and every per-parent field
 * goes through a per-request loader or connection loader, so the statement count must not move with N.
 */
import type { Stack } from '../scripts/lib/stack';
import { newId, searchText, sortKey, tagKey } from '../kit';
import { Author, Copy, Edition, Loan, Work, WorkSubject } from '../subgraphs/library/src/entities';
import { formatTable } from './lib/report';

const WORKS = 200;
const LOANS = 100;
const PAGE_SIZES = [10, 50, 100];

export const LIBRARY_QUERY = `query Library($first: Int!) {
  searchWorks(query: "bench", first: $first) {
    totalCount
    facets { subjects { value count } decades { value count } languages { value count } }
    edges { node { title availableCopies authors { name } editions(first: 2) { edges { node { isbn13 isbn10 } } }
      copies(first: 5) { totalCount edges { node { barcode status } } } } }
  }
  me { email loans(first: $first) { totalCount edges { node { dueAt overdue fine { amount } work { title } copy { barcode } } } } }
}`;

export interface LibraryRow {
  pageSize: number;
  outcome: string;
  sql: Record<string, number>;
  fetches: Record<string, number>;
  statements: string[];
}

interface Reply {
  status: number;
  data?: {
    searchWorks: { totalCount: number; edges: { node: { authors: unknown[]; editions: { edges: unknown[] } } }[] } | null;
    me: { loans: { totalCount: number; edges: unknown[] } | null } | null;
  };
  errors?: unknown[];
}

function check13(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return first12 + String((10 - (sum % 10)) % 10);
}

/** Seeds the library through its own ORM and measures `LIBRARY_QUERY` (see financeSqlPerRequest for `ask`). */
export async function librarySqlPerRequest(
  stack: Stack,
  userId: string,
  ask: (
    query: string,
    variables: Record<string, unknown>,
  ) => Promise<{ reply: Reply; sql: Record<string, number>; fetches: Record<string, number>; statements: string[] }>,
  repeats: number,
): Promise<{ rows: LibraryRow[]; table: string; verdict: string }> {
  const library = stack.subgraphs.find((s) => s.name === 'library');
  if (!library) throw new Error('the library subgraph is not running');
  const em = library.orm.em.fork();
  const now = Date.now();
  const copies: { id: string; workId: string }[] = [];
  for (let i = 0; i < WORKS; i++) {
    const name = `Bench Author ${i % 20}`;
    const author = em.create(Author, {
      id: newId(),
      name,
      sortName: sortKey(name, 200),
      searchText: searchText([name]),
      birthYear: null,
      deathYear: null,
    });
    const title = `Bench work ${i}`;
    const subjects = [`subject ${i % 7}`, 'bench'];
    const work = em.create(Work, {
      id: newId(),
      title,
      subtitle: null,
      sortTitle: sortKey(title, 300),
      authorIds: [author.id],
      authorKey: tagKey([author.id]),
      subjects,
      subjectKey: tagKey(subjects),
      firstPublishedYear: 1900 + (i % 120),
      language: ['en', 'fr', 'de'][i % 3]!,
      titleText: searchText([title]),
      authorText: searchText([name]),
      searchText: searchText([title, name, ...subjects]),
      availableCopies: 2,
    });
    for (const subject of subjects) em.create(WorkSubject, { workId: work.id, subject });
    for (let e = 0; e < 2; e++) {
      em.create(Edition, {
        workId: work.id,
        isbn13: check13(`978${String(i * 2 + e).padStart(9, '0')}`),
        isbn10: null,
        publisher: null,
        publishedYear: null,
        language: null,
        pageCount: null,
      });
    }
    for (let c = 0; c < 2; c++) {
      const copy = em.create(Copy, {
        id: newId(),
        workId: work.id,
        editionId: null,
        barcode: `BENCH-${i}-${c}`,
        location: 'Bench',
        status: 'AVAILABLE',
        holdId: null,
      });
      copies.push({ id: copy.id, workId: work.id });
    }
  }
  for (let i = 0; i < LOANS; i++) {
    const copy = copies[i * 2]!;
    em.create(Loan, {
      copyId: copy.id,
      workId: copy.workId,
      patronId: userId,
      loanedAt: new Date(now - i * 60_000),
      dueAt: new Date(now + 21 * 86_400_000),
      returnedAt: null,
      renewals: 0,
      activeCopyId: copy.id,
      fineAmount: 0,
    });
  }
  await em.flush();

  await ask(LIBRARY_QUERY, { first: 10 }); // warm-up: query planning
  const rows: LibraryRow[] = [];
  for (const size of PAGE_SIZES) {
    for (let r = 0; r < repeats; r++) {
      const { reply, sql, fetches, statements } = await ask(LIBRARY_QUERY, { first: size });
      const edges = reply.data?.searchWorks?.edges ?? [];
      const outcome =
        reply.status !== 200 || reply.errors?.length
          ? `HTTP ${reply.status} ${JSON.stringify(reply.errors).slice(0, 200)}`
          : reply.data?.searchWorks?.totalCount !== WORKS ||
              edges.length !== size ||
              reply.data.me?.loans?.edges.length !== Math.min(size, LOANS)
            ? 'wrong answer'
            : edges.some((e) => e.node.authors.length !== 1 || e.node.editions.edges.length !== 2)
              ? 'authors or editions missing'
              : `ok, ${size} works + ${Math.min(size, LOANS)} loans`;
      rows.push({ pageSize: size, outcome, sql, fetches, statements });
    }
  }
  const names = ['identity', 'library'];
  const table = formatTable(
    ['page size', ...names.map((n) => `fetch ${n}`), ...names.map((n) => `sql ${n}`), 'outcome'],
    rows.map((r) => [r.pageSize, ...names.map((n) => r.fetches[n] ?? 0), ...names.map((n) => r.sql[n] ?? 0), r.outcome]),
  );
  const distinct = [...new Set(rows.filter((r) => r.outcome.startsWith('ok')).map((r) => `${r.sql.library} library SQL`))];
  const failed = rows.filter((r) => !r.outcome.startsWith('ok'));
  const verdict =
    distinct.length === 1 && !failed.length
      ? `library: every request cost the same: ${distinct[0]} (target met)`
      : `library: cost differs: ${distinct.join('; ')}${failed.length ? `; ${failed.length} failed` : ''} (target NOT met)`;
  return { rows, table, verdict };
}
