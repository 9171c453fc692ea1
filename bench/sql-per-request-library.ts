/**
 * The library part of sql-per-request: 200 works (two editions and two copies each) whose titles
 * share the word `bench`, and 100 open loans of the user, read as `searchWorks(query: "bench",
 * first: N) { facets, authors, editions, copies }` plus `me { loans(first: N) { work copy fine } }`
 * for growing N. The search is five statements (count, page, three facets) and every per-parent field
 * goes through a per-request loader or connection loader, so the statement count must not move with N.
 */
import { newId, searchText, sortKey, tagKey } from '../kit';
import { Author, Copy, Edition, Loan, Work, WorkSubject } from '../subgraphs/library/src/entities';
import type { DomainBench } from './sql-per-request-domains';

const WORKS = 200;
const LOANS = 100;
const PAGE_SIZES = [10, 50, 100];

const LIBRARY_QUERY = `query Library($first: Int!) {
  searchWorks(query: "bench", first: $first) {
    totalCount
    facets { subjects { value count } decades { value count } languages { value count } }
    edges { node { title availableCopies authors { name } editions(first: 2) { edges { node { isbn13 isbn10 } } }
      copies(first: 5) { totalCount edges { node { barcode status } } } } }
  }
  me { email loans(first: $first) { totalCount edges { node { dueAt overdue fine { amount } work { title } copy { barcode } } } } }
}`;

interface Reply {
  data?: {
    searchWorks: { totalCount: number; edges: { node: { authors: unknown[]; editions: { edges: unknown[] } } }[] } | null;
    me: { loans: { totalCount: number; edges: unknown[] } | null } | null;
  };
}

function check13(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return first12 + String((10 - (sum % 10)) % 10);
}

/** library's entry in sql-per-request's domain table (bench/sql-per-request-domains.ts). */
export const libraryBench: DomainBench = {
  name: 'library',
  shown: ['library', 'identity'],
  pageSizes: PAGE_SIZES,
  query: LIBRARY_QUERY,
  async seed(stack, user) {
    const userId = user.id;
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
  },
  check(data, size) {
    const reply = { data } as Reply;
    const edges = reply.data?.searchWorks?.edges ?? [];
    if (
      reply.data?.searchWorks?.totalCount !== WORKS ||
      edges.length !== size ||
      reply.data.me?.loans?.edges.length !== Math.min(size, LOANS)
    ) {
      return 'wrong answer';
    }
    if (edges.some((e) => e.node.authors.length !== 1 || e.node.editions.edges.length !== 2)) return 'authors or editions missing';
    return `ok, ${size} works + ${Math.min(size, LOANS)} loans`;
  },
};
