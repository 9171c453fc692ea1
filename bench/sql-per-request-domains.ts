/**
 * The domains' part of sql-per-request: each domain seeds one user's rows through its own ORM and
 * names a representative query with a page size `$first`; the query is sent for growing page sizes
 * and the statements each subgraph runs are counted. Every per-parent field goes through a
 * per-request loader, so the count must not move with the page size. Adding a domain = one
 * {@link DomainBench} in {@link DOMAIN_BENCHES}.
 */
import { newId } from '../kit';
import type { Stack } from '../scripts/lib/stack';
import { Budget, Expense, RecurringExpense } from '../subgraphs/finance/src/entities';
import { BUILT_IN_CATEGORIES } from '../subgraphs/finance/src/service';
import { Post, PostSlug } from '../subgraphs/publishing/src/entities';
import { BankAccount, LedgerEntry } from '../subgraphs/banking/src/entities';
import { formatTable } from './lib/report';

/** The signed-up bench user. */
export interface BenchUser {
  id: string;
  email: string;
}

export interface Reply {
  status: number;
  data?: Record<string, unknown>;
  errors?: unknown[];
}

/** One domain's representative query. */
export interface DomainBench {
  /** The subgraph measured; its SQL is counted (the others' fetches are shown). */
  name: string;
  /** Subgraphs whose fetches and SQL the table shows, the domain first. */
  shown: string[];
  /** Takes `$first: Int!`. */
  query: string;
  pageSizes: number[];
  /** Writes the user's rows through the subgraph's own ORM. */
  seed(stack: Stack, user: BenchUser): Promise<void>;
  /** `ok, …` when the reply is the expected answer for `first`; what is wrong otherwise. */
  check(data: Record<string, unknown>, first: number, user: BenchUser): string;
}

type Ask = (
  query: string,
  variables: Record<string, unknown>,
) => Promise<{ reply: Reply; sql: Record<string, number>; fetches: Record<string, number>; statements: string[] }>;

export interface DomainRow {
  pageSize: number;
  outcome: string;
  sql: Record<string, number>;
  fetches: Record<string, number>;
  statements: string[];
}

const ormOf = (stack: Stack, name: string) => {
  const running = stack.subgraphs.find((s) => s.name === name);
  if (!running) throw new Error(`the ${name} subgraph is not running`);
  return running.orm.em.fork();
};

const EXPENSES = 1000;

const finance: DomainBench = {
  name: 'finance',
  shown: ['finance', 'identity'],
  pageSizes: [10, 50, 100],
  query: `query Expenses($first: Int!) {
  expenses(first: $first, orderBy: { field: DATE, direction: DESC }) {
    totalCount edges { node { amount currency category date recurringExpense { description frequency } owner { email } } }
  }
  budgets(first: 20) { totalCount edges { node { category limit { amount } spent { amount } } } }
}`,
  // 1,000 expenses (a tenth of them from one recurring series) and a budget per category.
  async seed(stack, user) {
    const em = ormOf(stack, 'finance');
    const today = new Date().toISOString().slice(0, 10);
    const series = em.create(RecurringExpense, {
      ownerId: user.id,
      amount: 990,
      currency: 'EUR',
      description: 'bench subscription',
      category: 'Utilities',
      notes: null,
      frequency: 'DAILY',
      startOn: today,
      endOn: today,
      nextOn: null,
    });
    for (let i = 0; i < EXPENSES; i++) {
      const d = new Date(Date.now() - (i % 90) * 86_400_000).toISOString().slice(0, 10);
      em.create(Expense, {
        ownerId: user.id,
        amount: 100 + i,
        currency: 'EUR',
        description: `bench expense ${i}`,
        category: BUILT_IN_CATEGORIES[i % BUILT_IN_CATEGORIES.length]!,
        spentOn: d,
        notes: null,
        recurringId: i % 10 === 0 ? series.id : null,
        occurrenceOn: i % 10 === 0 ? `b${String(i).padStart(9, '0')}` : null,
      });
    }
    for (const category of [...BUILT_IN_CATEGORIES, ''])
      em.create(Budget, { ownerId: user.id, categoryKey: category, amount: 50_000, currency: 'EUR' });
    await em.flush();
  },
  check(data, first, user) {
    const expenses = data.expenses as { totalCount: number; edges: { node: { owner: { email: string } | null } }[] } | null;
    const budgets = data.budgets as { totalCount: number } | null;
    if (expenses?.totalCount !== EXPENSES || expenses.edges.length !== first || budgets?.totalCount !== 8) return 'wrong answer';
    if (expenses.edges.some((e) => e.node.owner?.email !== user.email)) return 'owner e-mail missing';
    return `ok, ${first} expenses + 8 budgets`;
  },
};

const POSTS = 500;

const publishing: DomainBench = {
  name: 'publishing',
  shown: ['publishing', 'identity'],
  pageSizes: [10, 50, 100],
  query: `query Posts($first: Int!) {
  posts(first: $first, filter: { search: "bench post", tag: "bench" }) {
    totalCount edges { node { title slug excerpt tags status path author { email } authors { id } } }
  }
}`,
  // 500 published posts with a tag, searched and filtered (the FULLTEXT path on MySQL).
  async seed(stack, user) {
    const em = ormOf(stack, 'publishing');
    for (let i = 0; i < POSTS; i++) {
      const slug = `bench-post-${i}`;
      const at = new Date(Date.now() - i * 60_000);
      const post = em.create(Post, {
        id: newId(),
        ownerId: user.id,
        authorIds: [user.id],
        authorKey: `|${user.id}|`,
        title: `Bench post ${i}`,
        titleKey: `bench post ${i}`,
        slug,
        content: `Body of bench post ${i}.`,
        excerpt: `Body of bench post ${i}.`,
        customExcerpt: false,
        category: 'Bench',
        categoryKey: 'bench',
        tags: ['bench'],
        tagKey: '|bench|',
        status: 'PUBLISHED',
        publishedAt: at,
        sortAt: at,
        searchText: ` bench post ${i} body of `,
      });
      em.create(PostSlug, { ownerId: user.id, slug, postId: post.id });
    }
    await em.flush();
  },
  check(data, first, user) {
    const posts = data.posts as { totalCount: number; edges: { node: { author: { email: string } | null } }[] } | null;
    if (posts?.totalCount !== POSTS || posts.edges.length !== first) return 'wrong answer';
    if (posts.edges.some((e) => e.node.author?.email !== user.email)) return 'author e-mail missing';
    return `ok, ${first} posts`;
  },
};

const STATEMENT_LINES = 1000;

const banking: DomainBench = {
  name: 'banking',
  shown: ['banking', 'identity'],
  pageSizes: [10, 50, 100],
  query: `query Accounts($first: Int!) {
  bankAccounts(first: 5) {
    totalCount edges { node { id name balance available owner { email } statement(first: $first) { totalCount edges { node { transferId amount balance postedAt } } } } }
  }
}`,
  // One account with 1,000 statement lines: the statement page is one statement whatever its size.
  async seed(stack, user) {
    const em = ormOf(stack, 'banking');
    const account = em.create(BankAccount, {
      kind: 'PERSONAL',
      ownerId: user.id,
      businessTenantId: null,
      operatorLedger: null,
      name: 'Bench',
      ledger: 'EUR',
      debitsMustNotExceedCredits: true,
      creditsMustNotExceedDebits: false,
      closed: false,
      debitsPosted: 0,
      creditsPosted: STATEMENT_LINES * 100,
      debitsPending: 0,
      creditsPending: 0,
      entrySeq: STATEMENT_LINES,
    });
    for (let i = 1; i <= STATEMENT_LINES; i++) {
      em.create(LedgerEntry, {
        accountId: account.id,
        seq: i,
        transferId: `bench-${i}`,
        amount: 100,
        balance: i * 100,
        postedAt: new Date(Date.now() - (STATEMENT_LINES - i) * 60_000),
        reference: null,
      });
    }
    await em.flush();
  },
  check(data, first, user) {
    type Accounts = {
      totalCount: number;
      edges: { node: { owner: { email: string } | null; statement: { totalCount: number; edges: unknown[] } } }[];
    };
    const accounts = data.bankAccounts as Accounts | null;
    const node = accounts?.edges[0]?.node;
    if (accounts?.totalCount !== 1 || !node || node.statement.totalCount !== STATEMENT_LINES || node.statement.edges.length !== first)
      return 'wrong answer';
    if (node.owner?.email !== user.email) return 'owner e-mail missing';
    return `ok, ${first} statement lines`;
  },
};

/** Every domain measured, in report order. */
export const DOMAIN_BENCHES: DomainBench[] = [finance, publishing, banking];

/** Seeds `bench`'s rows for `user` and measures its query `repeats` times per page size. */
export async function measureDomain(
  bench: DomainBench,
  stack: Stack,
  user: BenchUser,
  ask: Ask,
  repeats: number,
): Promise<{ rows: DomainRow[]; table: string; verdict: string }> {
  await bench.seed(stack, user);
  await ask(bench.query, { first: bench.pageSizes[0] }); // warm-up: query planning
  const rows: DomainRow[] = [];
  for (const size of bench.pageSizes) {
    for (let r = 0; r < repeats; r++) {
      const { reply, sql, fetches, statements } = await ask(bench.query, { first: size });
      const outcome =
        reply.status !== 200 || reply.errors?.length || !reply.data
          ? `HTTP ${reply.status} ${JSON.stringify(reply.errors).slice(0, 200)}`
          : bench.check(reply.data, size, user);
      rows.push({ pageSize: size, outcome, sql, fetches, statements });
    }
  }
  const table = formatTable(
    ['page size', ...bench.shown.map((n) => `fetch ${n}`), ...bench.shown.map((n) => `sql ${n}`), 'outcome'],
    rows.map((r) => [r.pageSize, ...bench.shown.map((n) => r.fetches[n] ?? 0), ...bench.shown.map((n) => r.sql[n] ?? 0), r.outcome]),
  );
  const distinct = [...new Set(rows.filter((r) => r.outcome.startsWith('ok')).map((r) => `${r.sql[bench.name]} ${bench.name} SQL`))];
  const failed = rows.filter((r) => !r.outcome.startsWith('ok'));
  const verdict =
    distinct.length === 1 && !failed.length
      ? `${bench.name}: every request cost the same: ${distinct[0]} (target met)`
      : `${bench.name}: cost differs: ${distinct.join('; ')}${failed.length ? `; ${failed.length} failed` : ''} (target NOT met)`;
  return { rows, table, verdict };
}
