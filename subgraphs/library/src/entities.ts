import { baseProperties, defineEntity, p, type InferEntity } from '../../../kit';

/**
 * The library's catalogue and circulation. Not tenant-owned: one public catalogue, and loans, holds
 * and fines belong to patrons (identity's users) by `patronId`. Multi-valued fields a search filters
 * on are kept as `|a|b|` key columns (kit `tagKey`), and words for search in `searchText` columns.
 */
export const Author = defineEntity({
  name: 'Author',
  tableName: 'authors',
  properties: {
    ...baseProperties(),
    name: p.string().length(200),
    sortName: p.string().length(200).index(),
    searchText: p.text(),
    birthYear: p.integer().nullable(),
    deathYear: p.integer().nullable(),
  },
  // MySQL narrows a word search with it first (kit searchCondition).
  indexes: [{ properties: ['searchText'], type: 'fulltext' }],
});
export type AuthorRow = InferEntity<typeof Author>;

/**
 * A work. `authorIds` keeps the credit order; `authorKey` (`|id|id|`) and `subjectKey` filter;
 * `titleText`, `authorText` and `searchText` (title, subtitle, authors, subjects and every edition's
 * ISBNs) are searched word by word; `availableCopies` counts copies on the shelf and is changed only
 * by conditional updates in the transaction that moves a copy.
 */
export const Work = defineEntity({
  name: 'Work',
  tableName: 'works',
  properties: {
    ...baseProperties(),
    title: p.string().length(300),
    subtitle: p.string().length(300).nullable(),
    sortTitle: p.string().length(300).index(),
    authorIds: p.json<string[]>(),
    authorKey: p.string().length(400),
    subjects: p.json<string[]>(),
    subjectKey: p.text(),
    firstPublishedYear: p.integer().nullable().index(),
    language: p.string().length(3).nullable(),
    titleText: p.text(),
    authorText: p.text(),
    searchText: p.text(),
    availableCopies: p.integer().default(0),
  },
  // MySQL narrows a word search with it first (kit searchCondition).
  indexes: [{ properties: ['searchText'], type: 'fulltext' }],
});
export type WorkRow = InferEntity<typeof Work>;

/** One subject of one work: what the subject facet counts (a `|a|b|` column cannot be grouped). */
export const WorkSubject = defineEntity({
  name: 'WorkSubject',
  tableName: 'work_subjects',
  properties: {
    ...baseProperties(),
    workId: p.string().length(36),
    subject: p.string().length(40).index(),
  },
  uniques: [{ properties: ['workId', 'subject'] }],
});
export type WorkSubjectRow = InferEntity<typeof WorkSubject>;

/** An edition; `isbn13` is the normalised ISBN, unique. */
export const Edition = defineEntity({
  name: 'Edition',
  tableName: 'editions',
  properties: {
    ...baseProperties(),
    workId: p.string().length(36).index(),
    isbn13: p.string().length(13).unique(),
    isbn10: p.string().length(10).nullable(),
    publisher: p.string().length(200).nullable(),
    publishedYear: p.integer().nullable(),
    language: p.string().length(3).nullable(),
    pageCount: p.integer().nullable(),
  },
});
export type EditionRow = InferEntity<typeof Edition>;

export const COPY_STATUSES = ['AVAILABLE', 'ON_LOAN', 'ON_HOLD_SHELF'] as const;
export type CopyStatus = (typeof COPY_STATUSES)[number];

/**
 * A physical copy. `status` only ever changes through a conditional update on its current value
 * (`… where status = 'AVAILABLE'`), so two checkouts cannot both take it; `holdId` names the READY
 * hold it waits for on the hold shelf.
 */
export const Copy = defineEntity({
  name: 'Copy',
  tableName: 'copies',
  properties: {
    ...baseProperties(),
    workId: p.string().length(36).index(),
    editionId: p.string().length(36).nullable(),
    barcode: p.string().length(32).unique(),
    location: p.string().length(100),
    status: p.enum([...COPY_STATUSES]),
    holdId: p.string().length(36).nullable(),
  },
  indexes: [{ properties: ['workId', 'status'] }],
});
export type CopyRow = InferEntity<typeof Copy>;

/**
 * A loan. `activeCopyId` is the copy's id while the loan is open and null once returned: its unique
 * key is the second guard (after the copy's conditional update) that a copy has one open loan.
 */
export const Loan = defineEntity({
  name: 'Loan',
  tableName: 'loans',
  properties: {
    ...baseProperties(),
    copyId: p.string().length(36).index(),
    workId: p.string().length(36),
    patronId: p.string().length(36),
    loanedAt: p.datetime(3),
    dueAt: p.datetime(3),
    returnedAt: p.datetime(3).nullable(),
    renewals: p.integer().default(0),
    activeCopyId: p.string().length(36).nullable().unique(),
    fineAmount: p.integer().default(0),
  },
  indexes: [{ properties: ['patronId', 'returnedAt'] }, { properties: ['returnedAt', 'dueAt'] }],
});
export type LoanRow = InferEntity<typeof Loan>;

export const HOLD_STATUSES = ['WAITING', 'READY', 'FULFILLED', 'CANCELLED', 'EXPIRED'] as const;
export type HoldStatus = (typeof HOLD_STATUSES)[number];

/**
 * A hold. `activeKey` (`patronId:workId` while WAITING or READY, null after) is unique: one active
 * hold per patron and work. The queue is served by `placedAt` (the service clock), then `createdAt`,
 * then id.
 */
export const Hold = defineEntity({
  name: 'Hold',
  tableName: 'holds',
  properties: {
    ...baseProperties(),
    workId: p.string().length(36),
    patronId: p.string().length(36).index(),
    status: p.enum([...HOLD_STATUSES]),
    placedAt: p.datetime(3),
    copyId: p.string().length(36).nullable(),
    readyAt: p.datetime(3).nullable(),
    expiresAt: p.datetime(3).nullable(),
    activeKey: p.string().length(80).nullable().unique(),
  },
  indexes: [{ properties: ['workId', 'status', 'placedAt'] }, { properties: ['status', 'expiresAt'] }],
});
export type HoldRow = InferEntity<typeof Hold>;

export const FINE_STATUSES = ['OPEN', 'PAID', 'WAIVED'] as const;
export type FineStatus = (typeof FINE_STATUSES)[number];

/** A fine for one late loan (unique per loan). */
export const Fine = defineEntity({
  name: 'Fine',
  tableName: 'fines',
  properties: {
    ...baseProperties(),
    loanId: p.string().length(36).unique(),
    patronId: p.string().length(36).index(),
    amount: p.integer(),
    currency: p.string().length(3),
    daysOverdue: p.integer(),
    status: p.enum([...FINE_STATUSES]),
    settledAt: p.datetime(3).nullable(),
  },
});
export type FineRow = InferEntity<typeof Fine>;

export const entities = [Author, Work, WorkSubject, Edition, Copy, Loan, Hold, Fine];
