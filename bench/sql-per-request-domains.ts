/**
 * The domains' part of sql-per-request: each domain seeds one user's rows through its own ORM and
 * names a representative query with a page size `$first`; the query is sent for growing page sizes
 * and the statements each subgraph runs are counted. Every per-parent field goes through a
 * per-request loader, so the count must not move with the page size. Adding a domain = one
 * {@link DomainBench} in {@link DOMAIN_BENCHES}.
 */
import { newId } from '../kit';
import type { Stack } from '../scripts/lib/stack';
import { BankAccount, LedgerEntry } from '../subgraphs/banking/src/entities';
import { Auditorium, CinemaMovie, Reservation, ReservationSeat, Seat, SeatClaim, Showtime } from '../subgraphs/bookings/src/entities';
import { Budget, Expense, RecurringExpense } from '../subgraphs/finance/src/entities';
import { BUILT_IN_CATEGORIES } from '../subgraphs/finance/src/service';
import { MediaImage } from '../subgraphs/media/src/entities';
import { FileFolder, FileVersion, StoredFile } from '../subgraphs/media/src/files/entities';
import { PaymentIntent, Refund } from '../subgraphs/payments/src/entities';
import { Location, Movement, Stock, Warehouse } from '../subgraphs/inventory/src/entities';
import { Post, PostSlug } from '../subgraphs/publishing/src/entities';
import { formatTable } from './lib/report';
import { analyticsBench } from './sql-per-request-analytics';
import { bookingsBench } from './sql-per-request-bookings';
import { commerceBench } from './sql-per-request-commerce';
import { deliveryBench } from './sql-per-request-delivery';
import { jobsBench } from './sql-per-request-jobs';
import { learningBench } from './sql-per-request-learning';
import { libraryBench } from './sql-per-request-library';
import { linksBench } from './sql-per-request-links';
import { notesBench } from './sql-per-request-notes';
import { ridesBench } from './sql-per-request-rides';
import { socialBench } from './sql-per-request-social';
import { workBench } from './sql-per-request-work';

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
  /** Takes `$first: Int!`, plus any variables `seed` returns. */
  query: string;
  /** Global roles the bench user needs for the query (granted in identity, then a fresh log-in). */
  roles?: string[];
  pageSizes: number[];
  /** Writes the user's rows through the subgraph's own ORM (files under the stack's `dataDir`); returns further variables of the query, if any. */
  seed(stack: Stack, user: BenchUser, dataDir: string): Promise<Record<string, unknown> | void>;
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

const IMAGES = 300;

const media: DomainBench = {
  name: 'media',
  shown: ['media', 'identity'],
  pageSizes: [10, 50, 100],
  query: `query Images($first: Int!, $mark: ID!) {
  images(first: $first) {
    totalCount
    edges { node { id format size width height createdAt owner { id }
      url(transform: { width: 320, height: 240, fit: COVER, format: WEBP, watermark: { imageId: $mark } }) } }
  }
}`,
  // 300 image rows (no bytes: signing URLs needs none); every URL's watermark image is checked through the loader.
  async seed(stack, user) {
    const em = ormOf(stack, 'media');
    const ids: string[] = [];
    for (let i = 0; i < IMAGES; i++) {
      const image = em.create(MediaImage, {
        ownerId: user.id,
        format: 'PNG',
        contentType: 'image/png',
        size: 1000 + i,
        width: 640,
        height: 480,
      } as never) as { id: string };
      ids.push(image.id);
    }
    await em.flush();
    return { mark: ids[0] };
  },
  check(data, first) {
    const images = data.images as { totalCount: number; edges: { node: { url: string } }[] } | null;
    if (images?.totalCount !== IMAGES || images.edges.length !== first) return 'wrong answer';
    if (images.edges.some((e) => !e.node.url.includes('&sig='))) return 'unsigned URL';
    return `ok, ${first} images`;
  },
};

const FILES = 300;

const mediaFiles: DomainBench = {
  name: 'media-files',
  shown: ['media', 'identity'],
  pageSizes: [10, 50, 100],
  query: `query StoredFiles($first: Int!, $folder: ID!) {
  storedFiles(folderId: $folder, first: $first) {
    totalCount
    edges { node { id name size contentType sha256 versionCount folder { id name } currentVersion { number isCurrent } downloadUrl } }
  }
}`,
  // 300 files in one folder, each with one version (rows only: signing a download URL reads no bytes).
  async seed(stack, user) {
    const em = ormOf(stack, 'media');
    const folder = em.create(FileFolder, { ownerId: user.id, parentId: null, parentKey: 'root', name: 'bench' } as never) as { id: string };
    for (let i = 0; i < FILES; i++) {
      const versionId = newId();
      const file = em.create(StoredFile, {
        ownerId: user.id,
        folderId: folder.id,
        folderKey: folder.id,
        name: `file-${String(i).padStart(4, '0')}.txt`,
        currentVersionId: versionId,
        versionCount: 1,
      } as never) as { id: string };
      em.create(FileVersion, {
        id: versionId,
        fileId: file.id,
        ownerId: user.id,
        number: 1,
        size: 100 + i,
        contentType: 'text/plain; charset=utf-8',
        sha256: '0'.repeat(64),
      } as never);
    }
    await em.flush();
    return { folder: folder.id };
  },
  check(data, first) {
    const files = data.storedFiles as { totalCount: number; edges: { node: { downloadUrl: string; folder: { name: string } } }[] } | null;
    if (files?.totalCount !== FILES || files.edges.length !== first) return 'wrong answer';
    if (files.edges.some((e) => !e.node.downloadUrl.includes('&sig=') || e.node.folder.name !== 'bench'))
      return 'unsigned URL or no folder';
    return `ok, ${first} files`;
  },
};

const INTENTS = 300;

const payments: DomainBench = {
  name: 'payments',
  shown: ['payments', 'identity'],
  pageSizes: [10, 50, 100],
  query: `query PaymentIntents($first: Int!) {
  paymentIntents(first: $first) {
    totalCount edges { node { amount currency status amountReceived amountRefunded owner { email } refunds(first: 5) { totalCount edges { node { amount status } } } } }
  }
}`,
  // 300 succeeded PaymentIntents with two partial refunds each (refunds are a per-parent connection).
  async seed(stack, user) {
    const em = ormOf(stack, 'payments');
    for (let i = 0; i < INTENTS; i++) {
      const pi = em.create(PaymentIntent, {
        id: newId(),
        ownerId: user.id,
        amount: 1000 + i,
        currency: 'EUR',
        status: 'succeeded',
        captureMethod: 'automatic',
        reference: `bench-order-${i}`,
        description: null,
        paymentMethod: 'card ending 4242',
        paymentMethodToken: 'pm_card_visa',
        amountCapturable: 0,
        amountReceived: 1000 + i,
        amountRefunded: 200,
        lastErrorCode: null,
        lastDeclineCode: null,
        lastErrorMessage: null,
        nextActionType: null,
        processor: 'test',
        providerId: null,
        cancellationReason: null,
      });
      for (let r = 0; r < 2; r++) {
        em.create(Refund, {
          paymentIntentId: pi.id,
          ownerId: user.id,
          amount: 100,
          currency: 'EUR',
          status: 'succeeded',
          reason: null,
          providerId: null,
        });
      }
    }
    await em.flush();
  },
  check(data, first, user) {
    const intents = data.paymentIntents as {
      totalCount: number;
      edges: { node: { owner: { email: string } | null; refunds: { totalCount: number } } }[];
    } | null;
    if (intents?.totalCount !== INTENTS || intents.edges.length !== first) return 'wrong answer';
    if (intents.edges.some((e) => e.node.owner?.email !== user.email || e.node.refunds.totalCount !== 2)) return 'owner or refunds missing';
    return `ok, ${first} payment intents + 2 refunds each`;
  },
};

const MOVEMENTS = 500;
const INVENTORY_VARIANTS = 5;

const inventory: DomainBench = {
  name: 'inventory',
  shown: ['inventory'],
  pageSizes: [10, 50, 100],
  roles: ['inventory'],
  query: `query Movements($first: Int!) {
  stockMovements(first: $first, filter: { kinds: [RECEIVED] }) {
    totalCount edges { node { kind quantity batch location { code warehouse { code } } variant { id available onHand } } }
  }
  warehouses(first: 10) { totalCount edges { node { code locations(first: 10) { totalCount edges { node { code } } } } } }
}`,
  // Two warehouses of two bins each; 500 RECEIVED movements of 5 variants spread over the bins,
  // with the stock rows their sums make.
  async seed(stack) {
    const em = ormOf(stack, 'inventory');
    const bins = [0, 1].flatMap((w) => {
      const warehouse = em.create(Warehouse, { id: newId(), code: `BENCH-${w}`, name: `Bench ${w}`, priority: w });
      return [0, 1].map((b) => em.create(Location, { id: newId(), warehouseId: warehouse.id, code: `B-${b}`, name: `Bin ${b}` }));
    });
    const onHand = new Map<string, number>();
    for (let i = 0; i < MOVEMENTS; i++) {
      const variantId = `bench-variant-${i % INVENTORY_VARIANTS}`;
      const bin = bins[i % bins.length]!;
      const key = `${variantId}|${bins.indexOf(bin)}`;
      onHand.set(key, (onHand.get(key) ?? 0) + 1);
      em.create(Movement, {
        id: newId(),
        kind: 'RECEIVED',
        variantId,
        locationId: bin.id,
        warehouseId: bin.warehouseId,
        quantity: 1,
        onHandChange: 1,
        reservedChange: 0,
        reservationId: null,
        reference: null,
        batch: 'BENCH',
        serials: [],
        note: null,
        actorId: null,
      });
    }
    for (const [key, units] of onHand) {
      const [variantId, index] = key.split('|') as [string, string];
      const bin = bins[Number(index)]!;
      em.create(Stock, { id: newId(), variantId, locationId: bin.id, warehouseId: bin.warehouseId, onHand: units, reserved: 0 });
    }
    await em.flush();
  },
  check(data, first) {
    const movements = data.stockMovements as { totalCount: number; edges: { node: { variant: { available: number } | null } }[] } | null;
    const warehouses = data.warehouses as { totalCount: number } | null;
    if (movements?.totalCount !== MOVEMENTS || movements.edges.length !== first || warehouses?.totalCount !== 2) return 'wrong answer';
    if (movements.edges.some((e) => e.node.variant?.available !== MOVEMENTS / INVENTORY_VARIANTS)) return 'available wrong';
    return `ok, ${first} movements + 2 warehouses`;
  },
};

const BOOKED_SHOWTIMES = 3;
const SEATS_PER_SHOWTIME = 100;

const bookings: DomainBench = {
  name: 'bookings (cinema reservations)',
  shown: ['bookings', 'identity'],
  pageSizes: [10, 50, 100],
  query: `query Reservations($first: Int!) {
  myReservations(first: $first) {
    totalCount edges { node { status total { amount } seats { seat { row number } price { amount } } showtime { startsAt freeSeatCount cinemaMovie { title } auditorium { name } } } }
  }
}`,
  // One auditorium of 100 seats, three showtimes, every seat of each held by the user (300 reservations).
  async seed(stack, user) {
    const em = ormOf(stack, 'bookings');
    const hall = em.create(Auditorium, { name: `bench hall ${user.id}`, capacity: SEATS_PER_SHOWTIME });
    const seats = Array.from({ length: SEATS_PER_SHOWTIME }, (_, i) =>
      em.create(Seat, {
        auditoriumId: hall.id,
        rowLabel: String.fromCharCode(65 + Math.floor(i / 10)),
        rowIndex: Math.floor(i / 10),
        number: (i % 10) + 1,
        seatType: 'STANDARD',
        blocked: false,
      }),
    );
    const movie = em.create(CinemaMovie, { title: 'bench movie', description: '', posterUrl: null, genre: 'Bench', movieId: null });
    const expiresAt = new Date(Date.now() + 3600_000);
    for (let s = 0; s < BOOKED_SHOWTIMES; s++) {
      const startsAt = new Date(Date.now() + (s + 1) * 86_400_000);
      const showtime = em.create(Showtime, {
        cinemaMovieId: movie.id,
        movieId: null,
        auditoriumId: hall.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 7_200_000),
        day: startsAt.toISOString().slice(0, 10),
        currency: 'EUR',
        priceStandard: 1000,
        pricePremium: 1000,
        priceAccessible: 1000,
      });
      for (const seat of seats) {
        const reservation = em.create(Reservation, {
          userId: user.id,
          showtimeId: showtime.id,
          showtimeStartsAt: startsAt,
          status: 'HELD',
          expiresAt,
          total: 1000,
          currency: 'EUR',
          seatCount: 1,
          confirmedAt: null,
          cancelledAt: null,
        });
        em.create(ReservationSeat, { reservationId: reservation.id, seatId: seat.id, price: 1000 });
        em.create(SeatClaim, {
          showtimeId: showtime.id,
          seatId: seat.id,
          reservationId: reservation.id,
          sold: false,
          price: 1000,
          expiresAt,
        });
      }
    }
    await em.flush();
  },
  check(data, first) {
    const list = data.myReservations as {
      totalCount: number;
      edges: { node: { seats: unknown[]; showtime: { freeSeatCount: number } } }[];
    } | null;
    if (list?.totalCount !== BOOKED_SHOWTIMES * SEATS_PER_SHOWTIME || list.edges.length !== first) return 'wrong answer';
    if (list.edges.some((e) => e.node.seats.length !== 1 || e.node.showtime.freeSeatCount !== 0)) return 'wrong seats';
    return `ok, ${first} reservations`;
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
export const DOMAIN_BENCHES: DomainBench[] = [
  finance,
  publishing,
  media,
  mediaFiles,
  libraryBench,
  linksBench,
  payments,
  notesBench,
  inventory,
  bookings,
  banking,
  learningBench,
  analyticsBench,
  socialBench,
  bookingsBench,
  commerceBench,
  jobsBench,
  ridesBench,
  deliveryBench,
  workBench,
];

/** Seeds `bench`'s rows for `user` and measures its query `repeats` times per page size. */
export async function measureDomain(
  bench: DomainBench,
  stack: Stack,
  user: BenchUser,
  dataDir: string,
  ask: Ask,
  repeats: number,
): Promise<{ rows: DomainRow[]; table: string; verdict: string }> {
  const extra = (await bench.seed(stack, user, dataDir)) ?? {};
  await ask(bench.query, { ...extra, first: bench.pageSizes[0] }); // warm-up: query planning
  const rows: DomainRow[] = [];
  for (const size of bench.pageSizes) {
    for (let r = 0; r < repeats; r++) {
      const { reply, sql, fetches, statements } = await ask(bench.query, { ...extra, first: size });
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
  const distinct = [
    ...new Set(rows.filter((r) => r.outcome.startsWith('ok')).map((r) => `${r.sql[bench.shown[0]!]} ${bench.shown[0]} SQL`)),
  ];
  const failed = rows.filter((r) => !r.outcome.startsWith('ok'));
  const verdict =
    distinct.length === 1 && !failed.length
      ? `${bench.name}: every request cost the same: ${distinct[0]} (target met)`
      : `${bench.name}: cost differs: ${distinct.join('; ')}${failed.length ? `; ${failed.length} failed` : ''} (target NOT met)`;
  return { rows, table, verdict };
}
