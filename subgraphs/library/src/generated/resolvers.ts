import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AuthorRow, WorkRow, EditionRow, CopyRow, LoanRow, HoldRow, FineRow } from '../entities';
import type { UserRef, MoneyData, WorkFacetsData, LibraryContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, as an ISO-8601 string in UTC (e.g. `2026-11-23T10:00:00.000Z`). */
  DateTime: { input: Date; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A new copy of a work. */
export type AddCopyInput = {
  /** 4 to 32 letters, digits or `-` (stored upper case); unique. */
  barcode: Scalars['String']['input'];
  /** The edition, if known; it must be of that work. */
  editionId?: InputMaybe<Scalars['ID']['input']>;
  /** 1 to 100 characters. */
  location: Scalars['String']['input'];
  /** The work. */
  workId: Scalars['ID']['input'];
};

/** A new edition of a work. */
export type AddEditionInput = {
  /** ISBN-10 or ISBN-13 with a valid check digit; hyphens and spaces allowed. Stored as ISBN-13. */
  isbn: Scalars['String']['input'];
  /** ISO 639 code: 2 or 3 lower-case letters. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 100,000. */
  pageCount?: InputMaybe<Scalars['Int']['input']>;
  /** Between 1450 and next year. */
  publishedYear?: InputMaybe<Scalars['Int']['input']>;
  /** Up to 200 characters. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The work. */
  workId: Scalars['ID']['input'];
};

/** A creator of works (public: cached 10 s by the router's response cache). */
export type Author = {
  __typename?: 'Author';
  /** Year of birth, when known. */
  birthYear?: Maybe<Scalars['Int']['output']>;
  /** Year of death, when known. */
  deathYear?: Maybe<Scalars['Int']['output']>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The author's name as displayed, 1 to 200 characters. */
  name: Scalars['String']['output'];
};

/** A page of authors. */
export type AuthorConnection = {
  __typename?: 'AuthorConnection';
  /** The authors of this page. */
  edges: Array<AuthorEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One author in a page. */
export type AuthorEdge = {
  __typename?: 'AuthorEdge';
  /** Opaque position. */
  cursor: Scalars['String']['output'];
  /** The author. */
  node: Author;
};

/** The result of `createAuthor`. */
export type AuthorPayload = {
  __typename?: 'AuthorPayload';
  /** The author; null when `errors` is not empty. */
  author?: Maybe<Author>;
  /** What was wrong; empty on success. */
  errors: Array<UserError>;
};

/** Who may share a cached response: PUBLIC (everyone) or PRIVATE (one user in one tenant; the default here, see kit/src/cache-control.ts). */
export type CacheControlScope =
  /** One user in one tenant. */
  | 'PRIVATE'
  /** Shared by every caller. */
  | 'PUBLIC';

/** One physical copy of a work. */
export type Copy = {
  __typename?: 'Copy';
  /** The barcode on the copy: 4 to 32 upper-case letters, digits or `-`; unique. */
  barcode: Scalars['String']['output'];
  /** The edition, when known. */
  edition?: Maybe<Edition>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Shelf location, 1 to 100 characters (e.g. `Main / Fiction / AUS`). */
  location: Scalars['String']['output'];
  /** Where the copy is. */
  status: CopyStatus;
  /** The work it is a copy of. */
  work?: Maybe<Work>;
};

/** A page of copies. */
export type CopyConnection = {
  __typename?: 'CopyConnection';
  /** The copies of this page. */
  edges: Array<CopyEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many there are, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One copy in a page. */
export type CopyEdge = {
  __typename?: 'CopyEdge';
  /** Opaque position. */
  cursor: Scalars['String']['output'];
  /** The copy. */
  node: Copy;
};

/** The result of `addCopy`. */
export type CopyPayload = {
  __typename?: 'CopyPayload';
  /** The copy; null when `errors` is not empty. */
  copy?: Maybe<Copy>;
  /** What was wrong; empty on success. */
  errors: Array<UserError>;
};

/** Where a copy is. */
export type CopyStatus =
  /** On the shelf; may be checked out. */
  | 'AVAILABLE'
  /** Kept at the desk for the patron whose hold is ready. */
  | 'ON_HOLD_SHELF'
  /** Lent to a patron. */
  | 'ON_LOAN';

/** A new author. */
export type CreateAuthorInput = {
  /** Between -3000 and next year. */
  birthYear?: InputMaybe<Scalars['Int']['input']>;
  /** Between -3000 and next year. */
  deathYear?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 200 characters. */
  name: Scalars['String']['input'];
};

/** A new work. */
export type CreateWorkInput = {
  /** Existing authors, in credit order (at most 10). */
  authorIds: Array<Scalars['ID']['input']>;
  /** Between -3000 and next year. */
  firstPublishedYear?: InputMaybe<Scalars['Int']['input']>;
  /** ISO 639 code: 2 or 3 lower-case letters. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Up to 20 subjects, each 1 to 40 letters, digits, spaces, `_` or `-`. */
  subjects?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Up to 300 characters. */
  subtitle?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 300 characters. */
  title: Scalars['String']['input'];
};

/** One published edition of a work, identified by its ISBN. */
export type Edition = {
  __typename?: 'Edition';
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** ISBN-10, digits (and a final X), when the ISBN-13 has one (978 prefix); null otherwise. */
  isbn10?: Maybe<Scalars['String']['output']>;
  /** ISBN-13, digits only (the normalised form every ISBN is stored in). */
  isbn13: Scalars['String']['output'];
  /** Language of this edition (ISO 639 code, lower case). */
  language?: Maybe<Scalars['String']['output']>;
  /** Number of pages. */
  pageCount?: Maybe<Scalars['Int']['output']>;
  /** Year of this edition. */
  publishedYear?: Maybe<Scalars['Int']['output']>;
  /** Publisher, up to 200 characters. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** The work it is an edition of. */
  work?: Maybe<Work>;
};

/** A page of editions. */
export type EditionConnection = {
  __typename?: 'EditionConnection';
  /** The editions of this page. */
  edges: Array<EditionEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many there are, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One edition in a page. */
export type EditionEdge = {
  __typename?: 'EditionEdge';
  /** Opaque position. */
  cursor: Scalars['String']['output'];
  /** The edition. */
  node: Edition;
};

/** The result of `addEdition`. */
export type EditionPayload = {
  __typename?: 'EditionPayload';
  /** The edition; null when `errors` is not empty. */
  edition?: Maybe<Edition>;
  /** What was wrong; empty on success. */
  errors: Array<UserError>;
};

/** The machine-readable kind of an error, in `UserError.code` and in GraphQL errors' `extensions.code`. */
export type ErrorCode =
  /** An input is missing, malformed or out of range. */
  | 'BAD_USER_INPUT'
  /** The payment was declined by the card issuer or the processor. */
  | 'CARD_DECLINED'
  /** The change clashes with existing data (a duplicate, a stale version). */
  | 'CONFLICT'
  /** The signed-in user may not do this. */
  | 'FORBIDDEN'
  /** An idempotency key was sent again with other parameters; use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The thing is not in a state that allows this operation (e.g. capturing a canceled payment). */
  | 'INVALID_STATE'
  /** The thing named does not exist (or is not visible to you). */
  | 'NOT_FOUND'
  /** The tenant's plan allows no more of this (e.g. members); choose a bigger plan. */
  | 'QUOTA_EXCEEDED'
  /** Too many requests; retry later. */
  | 'RATE_LIMITED'
  /** The operation needs a signed-in user. */
  | 'UNAUTHENTICATED';

/** One value of a facet and how many works of the search have it. */
export type FacetCount = {
  __typename?: 'FacetCount';
  /** How many works of the search (all pages) have it. */
  count: Scalars['Int']['output'];
  /** The value: a subject, a decade (`1810`) or a language code. */
  value: Scalars['String']['output'];
};

/** A fine charged for a late return. */
export type Fine = {
  __typename?: 'Fine';
  /** The amount. */
  amount: LibraryMoney;
  /** When it was charged. */
  createdAt: Scalars['DateTime']['output'];
  /** Overdue days charged (before the cap). */
  daysOverdue: Scalars['Int']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The late loan. */
  loan?: Maybe<Loan>;
  /** The patron. */
  patron?: Maybe<User>;
  /** When it was paid or waived. */
  settledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  status: FineStatus;
};

/** A page of fines. */
export type FineConnection = {
  __typename?: 'FineConnection';
  /** The fines of this page. */
  edges: Array<FineEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One fine in a page. */
export type FineEdge = {
  __typename?: 'FineEdge';
  /** Opaque position. */
  cursor: Scalars['String']['output'];
  /** The fine. */
  node: Fine;
};

/** The result of paying or waiving a fine. */
export type FinePayload = {
  __typename?: 'FinePayload';
  /** What was wrong; empty on success. */
  errors: Array<UserError>;
  /** The fine; null when `errors` is not empty. */
  fine?: Maybe<Fine>;
};

/** Where a fine stands. */
export type FineStatus =
  /** To be paid. */
  | 'OPEN'
  /** Paid by the patron. */
  | 'PAID'
  /** Waived by a librarian. */
  | 'WAIVED';

/** A patron's request for the next copy of a work. */
export type Hold = {
  __typename?: 'Hold';
  /** The copy kept for the patron (READY). */
  copy?: Maybe<Copy>;
  /** Until when a READY hold's copy is kept. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The patron. */
  patron?: Maybe<User>;
  /** When it was placed. */
  placedAt: Scalars['DateTime']['output'];
  /** 1-based place in the work's queue while WAITING; null otherwise. */
  position?: Maybe<Scalars['Int']['output']>;
  /** Where it stands. */
  status: HoldStatus;
  /** The work held. */
  work?: Maybe<Work>;
};

/** A page of holds. */
export type HoldConnection = {
  __typename?: 'HoldConnection';
  /** The holds of this page. */
  edges: Array<HoldEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One hold in a page. */
export type HoldEdge = {
  __typename?: 'HoldEdge';
  /** Opaque position. */
  cursor: Scalars['String']['output'];
  /** The hold. */
  node: Hold;
};

/** The result of placing or cancelling a hold. */
export type HoldPayload = {
  __typename?: 'HoldPayload';
  /** What was wrong; empty on success. */
  errors: Array<UserError>;
  /** The hold; null when `errors` is not empty. */
  hold?: Maybe<Hold>;
};

/** Where a hold stands. */
export type HoldStatus =
  /** Cancelled by the patron. */
  | 'CANCELLED'
  /** Not picked up in time. */
  | 'EXPIRED'
  /** The patron checked the copy out. */
  | 'FULFILLED'
  /** A copy waits at the desk for the patron until `expiresAt`. */
  | 'READY'
  /** In the queue for the work. */
  | 'WAITING';

/** An amount of money: integer minor units of an ISO 4217 currency. */
export type LibraryMoney = {
  __typename?: 'LibraryMoney';
  /** Minor units (cents for EUR/USD); never fractional. */
  amount: Scalars['Int']['output'];
  /** Three-letter ISO 4217 code, upper case (e.g. `EUR`). */
  currency: Scalars['String']['output'];
};

/** A loan of one copy to one patron. */
export type Loan = {
  __typename?: 'Loan';
  /** When it was checked out. */
  checkedOutAt: Scalars['DateTime']['output'];
  /** The copy lent. */
  copy?: Maybe<Copy>;
  /** When it is due back. */
  dueAt: Scalars['DateTime']['output'];
  /** The fine this loan has accrued so far (or was charged at return): per overdue day, capped. */
  fine: LibraryMoney;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** True when not returned and past its due date. */
  overdue: Scalars['Boolean']['output'];
  /** The patron. */
  patron?: Maybe<User>;
  /** How many times it was renewed. */
  renewals: Scalars['Int']['output'];
  /** When it came back; null while on loan. */
  returnedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The work lent. */
  work?: Maybe<Work>;
};

/** A page of loans. */
export type LoanConnection = {
  __typename?: 'LoanConnection';
  /** The loans of this page. */
  edges: Array<LoanEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One loan in a page. */
export type LoanEdge = {
  __typename?: 'LoanEdge';
  /** Opaque position. */
  cursor: Scalars['String']['output'];
  /** The loan. */
  node: Loan;
};

/** The result of a checkout, renewal or check-in. */
export type LoanPayload = {
  __typename?: 'LoanPayload';
  /** What was wrong (CONFLICT when the copy is not available or renewals are refused); empty on success. */
  errors: Array<UserError>;
  /** The fine charged at check-in, if the loan was late. */
  fine?: Maybe<Fine>;
  /** The hold the returned copy now waits for (check-in only), if any. */
  hold?: Maybe<Hold>;
  /** The loan; null when `errors` is not empty. */
  loan?: Maybe<Loan>;
};

/** Which loans to list. */
export type LoanStatusFilter =
  /** Not yet returned. */
  | 'ACTIVE'
  /** All of them. */
  | 'ALL'
  /** Returned. */
  | 'RETURNED';

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a copy of a work to the shelf (librarians); it goes to the first waiting hold, if any. */
  addCopy?: Maybe<CopyPayload>;
  /** Adds an edition to a work (librarians); the ISBN is checked and stored as ISBN-13, unique. */
  addEdition?: Maybe<EditionPayload>;
  /** Cancels one of the signed-in user's holds (or any hold, for a librarian); a READY hold's copy goes to the next. */
  cancelHold?: Maybe<HoldPayload>;
  /**
   * Takes a copy back (librarians): ends its loan, charges a fine when late, and gives the copy to the
   * first waiting hold (READY for the pick-up days) or puts it back on the shelf.
   */
  checkIn?: Maybe<LoanPayload>;
  /**
   * Lends a copy (by id or barcode): to the signed-in user, or to `patronId` when a librarian lends it.
   * The copy must be on the shelf, or on the hold shelf for this patron's READY hold; a copy is never
   * lent twice at once (CONFLICT).
   */
  checkOut?: Maybe<LoanPayload>;
  /** Catalogues an author (librarians). */
  createAuthor?: Maybe<AuthorPayload>;
  /** Catalogues a work (librarians). */
  createWork?: Maybe<WorkPayload>;
  /** Pays one of the signed-in user's open fines. */
  payFine?: Maybe<FinePayload>;
  /** Places a hold on a work for the signed-in user; one active hold per work. READY at once when a copy is on the shelf. */
  placeHold?: Maybe<HoldPayload>;
  /**
   * Renews a loan from now, at most the configured number of times; refused (CONFLICT) when someone
   * waits for the work. The patron or a librarian.
   */
  renewLoan?: Maybe<LoanPayload>;
  /** Waives an open fine (librarians). */
  waiveFine?: Maybe<FinePayload>;
};


export type MutationAddCopyArgs = {
  input: AddCopyInput;
};


export type MutationAddEditionArgs = {
  input: AddEditionInput;
};


export type MutationCancelHoldArgs = {
  holdId: Scalars['ID']['input'];
};


export type MutationCheckInArgs = {
  barcode?: InputMaybe<Scalars['String']['input']>;
  copyId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationCheckOutArgs = {
  barcode?: InputMaybe<Scalars['String']['input']>;
  copyId?: InputMaybe<Scalars['ID']['input']>;
  patronId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationCreateAuthorArgs = {
  input: CreateAuthorInput;
};


export type MutationCreateWorkArgs = {
  input: CreateWorkInput;
};


export type MutationPayFineArgs = {
  fineId: Scalars['ID']['input'];
};


export type MutationPlaceHoldArgs = {
  workId: Scalars['ID']['input'];
};


export type MutationRenewLoanArgs = {
  loanId: Scalars['ID']['input'];
};


export type MutationWaiveFineArgs = {
  fineId: Scalars['ID']['input'];
};

/** Where a connection's page sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when `after: endCursor` returns more. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page does not start the list. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge, null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** One author by id. */
  author?: Maybe<Author>;
  /** Authors by name, A to Z; `search` matches words of the name. */
  authors?: Maybe<AuthorConnection>;
  /** The copy with this barcode (librarians). */
  copyByBarcode?: Maybe<Copy>;
  /** The edition with this ISBN (10 or 13 digits, hyphens allowed); BAD_USER_INPUT when it is not a valid ISBN. */
  editionByIsbn?: Maybe<Edition>;
  /** Fines of every patron, newest first, OPEN only unless `all` (librarians). */
  fines?: Maybe<FineConnection>;
  /** A work's hold queue in serving order: READY, then WAITING (librarians). */
  holdQueue?: Maybe<HoldConnection>;
  /** Every patron's loans, newest first, optionally of one patron or due before `dueBefore` (librarians). */
  loans?: Maybe<LoanConnection>;
  /** The signed-in user's fines, newest first (OPEN only unless `all`). */
  myFines?: Maybe<FineConnection>;
  /** The signed-in user's holds, newest first (WAITING and READY unless `all`). */
  myHolds?: Maybe<HoldConnection>;
  /** The signed-in user's loans, newest first. */
  myLoans?: Maybe<LoanConnection>;
  /** Loans not returned and past due, the longest overdue first (librarians). */
  overdueLoans?: Maybe<LoanConnection>;
  /**
   * Searches the catalogue by words of the title, authors, subjects or an ISBN (`query`, 1 to 100
   * characters), with filters, sort and facet counts over every match.
   */
  searchWorks?: Maybe<WorkConnection>;
  /** One work by id. */
  work?: Maybe<Work>;
};


export type QueryAuthorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAuthorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCopyByBarcodeArgs = {
  barcode: Scalars['String']['input'];
};


export type QueryEditionByIsbnArgs = {
  isbn: Scalars['String']['input'];
};


export type QueryFinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  all?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  patronId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryHoldQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  workId: Scalars['ID']['input'];
};


export type QueryLoansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  dueBefore?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  patronId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<LoanStatusFilter>;
};


export type QueryMyFinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  all?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyHoldsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  all?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyLoansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<LoanStatusFilter>;
};


export type QueryOverdueLoansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchWorksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<WorkSort>;
};


export type QueryWorkArgs = {
  id: Scalars['ID']['input'];
};

/** A person with a Hubgraph account: a patron of the library. */
export type User = {
  __typename?: 'User';
  /** Stable identifier (identity's). */
  id: Scalars['ID']['output'];
  /** The user's loans, newest first: the user themself or a librarian (or admin) only; null for anyone else. */
  loans?: Maybe<LoanConnection>;
};


/** A person with a Hubgraph account: a patron of the library. */
export type UserLoansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<LoanStatusFilter>;
};

/** An expected problem with a mutation's input, returned as data so a form can show it next to its field. */
export type UserError = {
  __typename?: 'UserError';
  /** What kind of problem it is. */
  code: ErrorCode;
  /** The input field at fault, as a dotted path (e.g. `input.email`), or null when the whole input is. */
  field?: Maybe<Scalars['String']['output']>;
  /** What is wrong, in words a person understands. */
  message: Scalars['String']['output'];
};

/** A work: the abstract book (e.g. *Pride and Prejudice*), with its editions and copies. */
export type Work = {
  __typename?: 'Work';
  /** Who wrote it, in credit order. */
  authors: Array<Author>;
  /** How many of its copies are on the shelf right now. */
  availableCopies: Scalars['Int']['output'];
  /** Its copies, by barcode. */
  copies: CopyConnection;
  /** When it was catalogued. */
  createdAt: Scalars['DateTime']['output'];
  /** Its editions (ISBN order). */
  editions: EditionConnection;
  /** The year it was first published, when known. */
  firstPublishedYear?: Maybe<Scalars['Int']['output']>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Original language, ISO 639-1 or 639-2 code in lower case (e.g. `en`). */
  language?: Maybe<Scalars['String']['output']>;
  /** Subjects, lower case (e.g. `science fiction`), at most 20. */
  subjects: Array<Scalars['String']['output']>;
  /** Subtitle, up to 300 characters. */
  subtitle?: Maybe<Scalars['String']['output']>;
  /** Title, 1 to 300 characters. */
  title: Scalars['String']['output'];
};


/** A work: the abstract book (e.g. *Pride and Prejudice*), with its editions and copies. */
export type WorkCopiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A work: the abstract book (e.g. *Pride and Prejudice*), with its editions and copies. */
export type WorkEditionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of search results, with the facets of the whole result. */
export type WorkConnection = {
  __typename?: 'WorkConnection';
  /** The works of this page. */
  edges: Array<WorkEdge>;
  /** Facet counts over every match (not just this page). */
  facets: WorkFacets;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many works match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One work in a page of search results. */
export type WorkEdge = {
  __typename?: 'WorkEdge';
  /** Opaque position (an offset in this search). */
  cursor: Scalars['String']['output'];
  /** The work. */
  node: Work;
};

/** Facet counts over all the works a search matches. */
export type WorkFacets = {
  __typename?: 'WorkFacets';
  /** First-publication decades, e.g. `1810` for 1810–1819. */
  decades: Array<FacetCount>;
  /** Original languages. */
  languages: Array<FacetCount>;
  /** The most frequent subjects (at most 20). */
  subjects: Array<FacetCount>;
};

/** Narrows a search; all given conditions must hold. */
export type WorkFilter = {
  /** Only works by this author. */
  authorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only works with a copy on the shelf right now. */
  availableNow?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only the work that has an edition with this ISBN (10 or 13 digits, hyphens allowed). */
  isbn?: InputMaybe<Scalars['String']['input']>;
  /** Only works with this original language. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Only works with this subject (case-insensitive). */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Only works first published in or after this year. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Only works first published in or before this year. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of `createWork`. */
export type WorkPayload = {
  __typename?: 'WorkPayload';
  /** What was wrong; empty on success. */
  errors: Array<UserError>;
  /** The work; null when `errors` is not empty. */
  work?: Maybe<Work>;
};

/** How to order search results. */
export type WorkSort =
  /** Best match first (title words count most, then authors, then subjects); by title without a query. */
  | 'RELEVANCE'
  /** By title, A to Z. */
  | 'TITLE'
  /** By first-publication year, oldest first (unknown years last). */
  | 'YEAR_ASC'
  /** By first-publication year, newest first (unknown years last). */
  | 'YEAR_DESC';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Author: Author;
  Copy: Copy;
  Edition: Edition;
  Fine: Fine;
  Hold: Hold;
  Loan: Loan;
  User: User;
  Work: Work;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Author:
    ( { __typename: 'Author' }
    & GraphQLRecursivePick<FederationTypes['Author'], {"id":true}> );
  Copy:
    ( { __typename: 'Copy' }
    & GraphQLRecursivePick<FederationTypes['Copy'], {"id":true}> );
  Edition:
    ( { __typename: 'Edition' }
    & GraphQLRecursivePick<FederationTypes['Edition'], {"id":true}> );
  Fine:
    ( { __typename: 'Fine' }
    & GraphQLRecursivePick<FederationTypes['Fine'], {"id":true}> );
  Hold:
    ( { __typename: 'Hold' }
    & GraphQLRecursivePick<FederationTypes['Hold'], {"id":true}> );
  Loan:
    ( { __typename: 'Loan' }
    & GraphQLRecursivePick<FederationTypes['Loan'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
  Work:
    ( { __typename: 'Work' }
    & GraphQLRecursivePick<FederationTypes['Work'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddCopyInput: AddCopyInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddEditionInput: AddEditionInput;
  Author: ResolverTypeWrapper<AuthorRow>;
  AuthorConnection: ResolverTypeWrapper<Omit<AuthorConnection, 'edges'> & { edges: Array<ResolversTypes['AuthorEdge']> }>;
  AuthorEdge: ResolverTypeWrapper<Omit<AuthorEdge, 'node'> & { node: ResolversTypes['Author'] }>;
  AuthorPayload: ResolverTypeWrapper<Omit<AuthorPayload, 'author'> & { author?: Maybe<ResolversTypes['Author']> }>;
  CacheControlScope: CacheControlScope;
  Copy: ResolverTypeWrapper<CopyRow>;
  CopyConnection: ResolverTypeWrapper<Omit<CopyConnection, 'edges'> & { edges: Array<ResolversTypes['CopyEdge']> }>;
  CopyEdge: ResolverTypeWrapper<Omit<CopyEdge, 'node'> & { node: ResolversTypes['Copy'] }>;
  CopyPayload: ResolverTypeWrapper<Omit<CopyPayload, 'copy'> & { copy?: Maybe<ResolversTypes['Copy']> }>;
  CopyStatus: CopyStatus;
  CreateAuthorInput: CreateAuthorInput;
  CreateWorkInput: CreateWorkInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Edition: ResolverTypeWrapper<EditionRow>;
  EditionConnection: ResolverTypeWrapper<Omit<EditionConnection, 'edges'> & { edges: Array<ResolversTypes['EditionEdge']> }>;
  EditionEdge: ResolverTypeWrapper<Omit<EditionEdge, 'node'> & { node: ResolversTypes['Edition'] }>;
  EditionPayload: ResolverTypeWrapper<Omit<EditionPayload, 'edition'> & { edition?: Maybe<ResolversTypes['Edition']> }>;
  ErrorCode: ErrorCode;
  FacetCount: ResolverTypeWrapper<FacetCount>;
  Fine: ResolverTypeWrapper<FineRow>;
  FineConnection: ResolverTypeWrapper<Omit<FineConnection, 'edges'> & { edges: Array<ResolversTypes['FineEdge']> }>;
  FineEdge: ResolverTypeWrapper<Omit<FineEdge, 'node'> & { node: ResolversTypes['Fine'] }>;
  FinePayload: ResolverTypeWrapper<Omit<FinePayload, 'fine'> & { fine?: Maybe<ResolversTypes['Fine']> }>;
  FineStatus: FineStatus;
  Hold: ResolverTypeWrapper<HoldRow>;
  HoldConnection: ResolverTypeWrapper<Omit<HoldConnection, 'edges'> & { edges: Array<ResolversTypes['HoldEdge']> }>;
  HoldEdge: ResolverTypeWrapper<Omit<HoldEdge, 'node'> & { node: ResolversTypes['Hold'] }>;
  HoldPayload: ResolverTypeWrapper<Omit<HoldPayload, 'hold'> & { hold?: Maybe<ResolversTypes['Hold']> }>;
  HoldStatus: HoldStatus;
  LibraryMoney: ResolverTypeWrapper<MoneyData>;
  Loan: ResolverTypeWrapper<LoanRow>;
  LoanConnection: ResolverTypeWrapper<Omit<LoanConnection, 'edges'> & { edges: Array<ResolversTypes['LoanEdge']> }>;
  LoanEdge: ResolverTypeWrapper<Omit<LoanEdge, 'node'> & { node: ResolversTypes['Loan'] }>;
  LoanPayload: ResolverTypeWrapper<Omit<LoanPayload, 'fine' | 'hold' | 'loan'> & { fine?: Maybe<ResolversTypes['Fine']>, hold?: Maybe<ResolversTypes['Hold']>, loan?: Maybe<ResolversTypes['Loan']> }>;
  LoanStatusFilter: LoanStatusFilter;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  User: ResolverTypeWrapper<UserRef>;
  UserError: ResolverTypeWrapper<UserError>;
  Work: ResolverTypeWrapper<WorkRow>;
  WorkConnection: ResolverTypeWrapper<Omit<WorkConnection, 'edges' | 'facets'> & { edges: Array<ResolversTypes['WorkEdge']>, facets: ResolversTypes['WorkFacets'] }>;
  WorkEdge: ResolverTypeWrapper<Omit<WorkEdge, 'node'> & { node: ResolversTypes['Work'] }>;
  WorkFacets: ResolverTypeWrapper<WorkFacetsData>;
  WorkFilter: WorkFilter;
  WorkPayload: ResolverTypeWrapper<Omit<WorkPayload, 'work'> & { work?: Maybe<ResolversTypes['Work']> }>;
  WorkSort: WorkSort;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddCopyInput: AddCopyInput;
  ID: Scalars['ID']['output'];
  AddEditionInput: AddEditionInput;
  Author: AuthorRow;
  AuthorConnection: Omit<AuthorConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuthorEdge']> };
  AuthorEdge: Omit<AuthorEdge, 'node'> & { node: ResolversParentTypes['Author'] };
  AuthorPayload: Omit<AuthorPayload, 'author'> & { author?: Maybe<ResolversParentTypes['Author']> };
  Copy: CopyRow;
  CopyConnection: Omit<CopyConnection, 'edges'> & { edges: Array<ResolversParentTypes['CopyEdge']> };
  CopyEdge: Omit<CopyEdge, 'node'> & { node: ResolversParentTypes['Copy'] };
  CopyPayload: Omit<CopyPayload, 'copy'> & { copy?: Maybe<ResolversParentTypes['Copy']> };
  CreateAuthorInput: CreateAuthorInput;
  CreateWorkInput: CreateWorkInput;
  DateTime: Scalars['DateTime']['output'];
  Edition: EditionRow;
  EditionConnection: Omit<EditionConnection, 'edges'> & { edges: Array<ResolversParentTypes['EditionEdge']> };
  EditionEdge: Omit<EditionEdge, 'node'> & { node: ResolversParentTypes['Edition'] };
  EditionPayload: Omit<EditionPayload, 'edition'> & { edition?: Maybe<ResolversParentTypes['Edition']> };
  FacetCount: FacetCount;
  Fine: FineRow;
  FineConnection: Omit<FineConnection, 'edges'> & { edges: Array<ResolversParentTypes['FineEdge']> };
  FineEdge: Omit<FineEdge, 'node'> & { node: ResolversParentTypes['Fine'] };
  FinePayload: Omit<FinePayload, 'fine'> & { fine?: Maybe<ResolversParentTypes['Fine']> };
  Hold: HoldRow;
  HoldConnection: Omit<HoldConnection, 'edges'> & { edges: Array<ResolversParentTypes['HoldEdge']> };
  HoldEdge: Omit<HoldEdge, 'node'> & { node: ResolversParentTypes['Hold'] };
  HoldPayload: Omit<HoldPayload, 'hold'> & { hold?: Maybe<ResolversParentTypes['Hold']> };
  LibraryMoney: MoneyData;
  Loan: LoanRow;
  LoanConnection: Omit<LoanConnection, 'edges'> & { edges: Array<ResolversParentTypes['LoanEdge']> };
  LoanEdge: Omit<LoanEdge, 'node'> & { node: ResolversParentTypes['Loan'] };
  LoanPayload: Omit<LoanPayload, 'fine' | 'hold' | 'loan'> & { fine?: Maybe<ResolversParentTypes['Fine']>, hold?: Maybe<ResolversParentTypes['Hold']>, loan?: Maybe<ResolversParentTypes['Loan']> };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  User: UserRef;
  UserError: UserError;
  Work: WorkRow;
  WorkConnection: Omit<WorkConnection, 'edges' | 'facets'> & { edges: Array<ResolversParentTypes['WorkEdge']>, facets: ResolversParentTypes['WorkFacets'] };
  WorkEdge: Omit<WorkEdge, 'node'> & { node: ResolversParentTypes['Work'] };
  WorkFacets: WorkFacetsData;
  WorkFilter: WorkFilter;
  WorkPayload: Omit<WorkPayload, 'work'> & { work?: Maybe<ResolversParentTypes['Work']> };
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = LibraryContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = LibraryContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['String']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = LibraryContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuthorResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['Author'] = ResolversParentTypes['Author'], FederationReferenceType extends FederationReferenceTypes['Author'] = FederationReferenceTypes['Author']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Author']> | FederationReferenceType, FederationReferenceType, ContextType>;
  birthYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  deathYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuthorConnectionResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['AuthorConnection'] = ResolversParentTypes['AuthorConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuthorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuthorEdgeResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['AuthorEdge'] = ResolversParentTypes['AuthorEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Author'], ParentType, ContextType>;
}>;

export type AuthorPayloadResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['AuthorPayload'] = ResolversParentTypes['AuthorPayload']> = ResolversObject<{
  author?: Resolver<Maybe<ResolversTypes['Author']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CopyResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['Copy'] = ResolversParentTypes['Copy'], FederationReferenceType extends FederationReferenceTypes['Copy'] = FederationReferenceTypes['Copy']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Copy']> | FederationReferenceType, FederationReferenceType, ContextType>;
  barcode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  edition?: Resolver<Maybe<ResolversTypes['Edition']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CopyStatus'], ParentType, ContextType>;
  work?: Resolver<Maybe<ResolversTypes['Work']>, ParentType, ContextType>;
}>;

export type CopyConnectionResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['CopyConnection'] = ResolversParentTypes['CopyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CopyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CopyEdgeResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['CopyEdge'] = ResolversParentTypes['CopyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Copy'], ParentType, ContextType>;
}>;

export type CopyPayloadResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['CopyPayload'] = ResolversParentTypes['CopyPayload']> = ResolversObject<{
  copy?: Resolver<Maybe<ResolversTypes['Copy']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EditionResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['Edition'] = ResolversParentTypes['Edition'], FederationReferenceType extends FederationReferenceTypes['Edition'] = FederationReferenceTypes['Edition']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Edition']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isbn10?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isbn13?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pageCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  publishedYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  work?: Resolver<Maybe<ResolversTypes['Work']>, ParentType, ContextType>;
}>;

export type EditionConnectionResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['EditionConnection'] = ResolversParentTypes['EditionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EditionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EditionEdgeResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['EditionEdge'] = ResolversParentTypes['EditionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Edition'], ParentType, ContextType>;
}>;

export type EditionPayloadResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['EditionPayload'] = ResolversParentTypes['EditionPayload']> = ResolversObject<{
  edition?: Resolver<Maybe<ResolversTypes['Edition']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type FacetCountResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['FacetCount'] = ResolversParentTypes['FacetCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FineResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['Fine'] = ResolversParentTypes['Fine'], FederationReferenceType extends FederationReferenceTypes['Fine'] = FederationReferenceTypes['Fine']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Fine']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['LibraryMoney'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  daysOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  loan?: Resolver<Maybe<ResolversTypes['Loan']>, ParentType, ContextType>;
  patron?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  settledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FineStatus'], ParentType, ContextType>;
}>;

export type FineConnectionResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['FineConnection'] = ResolversParentTypes['FineConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FineEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FineEdgeResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['FineEdge'] = ResolversParentTypes['FineEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Fine'], ParentType, ContextType>;
}>;

export type FinePayloadResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['FinePayload'] = ResolversParentTypes['FinePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  fine?: Resolver<Maybe<ResolversTypes['Fine']>, ParentType, ContextType>;
}>;

export type HoldResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['Hold'] = ResolversParentTypes['Hold'], FederationReferenceType extends FederationReferenceTypes['Hold'] = FederationReferenceTypes['Hold']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Hold']> | FederationReferenceType, FederationReferenceType, ContextType>;
  copy?: Resolver<Maybe<ResolversTypes['Copy']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  patron?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  placedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HoldStatus'], ParentType, ContextType>;
  work?: Resolver<Maybe<ResolversTypes['Work']>, ParentType, ContextType>;
}>;

export type HoldConnectionResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['HoldConnection'] = ResolversParentTypes['HoldConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['HoldEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type HoldEdgeResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['HoldEdge'] = ResolversParentTypes['HoldEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Hold'], ParentType, ContextType>;
}>;

export type HoldPayloadResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['HoldPayload'] = ResolversParentTypes['HoldPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  hold?: Resolver<Maybe<ResolversTypes['Hold']>, ParentType, ContextType>;
}>;

export type LibraryMoneyResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['LibraryMoney'] = ResolversParentTypes['LibraryMoney']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LoanResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['Loan'] = ResolversParentTypes['Loan'], FederationReferenceType extends FederationReferenceTypes['Loan'] = FederationReferenceTypes['Loan']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Loan']> | FederationReferenceType, FederationReferenceType, ContextType>;
  checkedOutAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  copy?: Resolver<Maybe<ResolversTypes['Copy']>, ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fine?: Resolver<ResolversTypes['LibraryMoney'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  patron?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  renewals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returnedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  work?: Resolver<Maybe<ResolversTypes['Work']>, ParentType, ContextType>;
}>;

export type LoanConnectionResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['LoanConnection'] = ResolversParentTypes['LoanConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LoanEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LoanEdgeResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['LoanEdge'] = ResolversParentTypes['LoanEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Loan'], ParentType, ContextType>;
}>;

export type LoanPayloadResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['LoanPayload'] = ResolversParentTypes['LoanPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  fine?: Resolver<Maybe<ResolversTypes['Fine']>, ParentType, ContextType>;
  hold?: Resolver<Maybe<ResolversTypes['Hold']>, ParentType, ContextType>;
  loan?: Resolver<Maybe<ResolversTypes['Loan']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addCopy?: Resolver<Maybe<ResolversTypes['CopyPayload']>, ParentType, ContextType, RequireFields<MutationAddCopyArgs, 'input'>>;
  addEdition?: Resolver<Maybe<ResolversTypes['EditionPayload']>, ParentType, ContextType, RequireFields<MutationAddEditionArgs, 'input'>>;
  cancelHold?: Resolver<Maybe<ResolversTypes['HoldPayload']>, ParentType, ContextType, RequireFields<MutationCancelHoldArgs, 'holdId'>>;
  checkIn?: Resolver<Maybe<ResolversTypes['LoanPayload']>, ParentType, ContextType, Partial<MutationCheckInArgs>>;
  checkOut?: Resolver<Maybe<ResolversTypes['LoanPayload']>, ParentType, ContextType, Partial<MutationCheckOutArgs>>;
  createAuthor?: Resolver<Maybe<ResolversTypes['AuthorPayload']>, ParentType, ContextType, RequireFields<MutationCreateAuthorArgs, 'input'>>;
  createWork?: Resolver<Maybe<ResolversTypes['WorkPayload']>, ParentType, ContextType, RequireFields<MutationCreateWorkArgs, 'input'>>;
  payFine?: Resolver<Maybe<ResolversTypes['FinePayload']>, ParentType, ContextType, RequireFields<MutationPayFineArgs, 'fineId'>>;
  placeHold?: Resolver<Maybe<ResolversTypes['HoldPayload']>, ParentType, ContextType, RequireFields<MutationPlaceHoldArgs, 'workId'>>;
  renewLoan?: Resolver<Maybe<ResolversTypes['LoanPayload']>, ParentType, ContextType, RequireFields<MutationRenewLoanArgs, 'loanId'>>;
  waiveFine?: Resolver<Maybe<ResolversTypes['FinePayload']>, ParentType, ContextType, RequireFields<MutationWaiveFineArgs, 'fineId'>>;
}>;

export type PageInfoResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  author?: Resolver<Maybe<ResolversTypes['Author']>, ParentType, ContextType, RequireFields<QueryAuthorArgs, 'id'>>;
  authors?: Resolver<Maybe<ResolversTypes['AuthorConnection']>, ParentType, ContextType, RequireFields<QueryAuthorsArgs, 'first'>>;
  copyByBarcode?: Resolver<Maybe<ResolversTypes['Copy']>, ParentType, ContextType, RequireFields<QueryCopyByBarcodeArgs, 'barcode'>>;
  editionByIsbn?: Resolver<Maybe<ResolversTypes['Edition']>, ParentType, ContextType, RequireFields<QueryEditionByIsbnArgs, 'isbn'>>;
  fines?: Resolver<Maybe<ResolversTypes['FineConnection']>, ParentType, ContextType, RequireFields<QueryFinesArgs, 'all' | 'first'>>;
  holdQueue?: Resolver<Maybe<ResolversTypes['HoldConnection']>, ParentType, ContextType, RequireFields<QueryHoldQueueArgs, 'first' | 'workId'>>;
  loans?: Resolver<Maybe<ResolversTypes['LoanConnection']>, ParentType, ContextType, RequireFields<QueryLoansArgs, 'first' | 'status'>>;
  myFines?: Resolver<Maybe<ResolversTypes['FineConnection']>, ParentType, ContextType, RequireFields<QueryMyFinesArgs, 'all' | 'first'>>;
  myHolds?: Resolver<Maybe<ResolversTypes['HoldConnection']>, ParentType, ContextType, RequireFields<QueryMyHoldsArgs, 'all' | 'first'>>;
  myLoans?: Resolver<Maybe<ResolversTypes['LoanConnection']>, ParentType, ContextType, RequireFields<QueryMyLoansArgs, 'first' | 'status'>>;
  overdueLoans?: Resolver<Maybe<ResolversTypes['LoanConnection']>, ParentType, ContextType, RequireFields<QueryOverdueLoansArgs, 'first'>>;
  searchWorks?: Resolver<Maybe<ResolversTypes['WorkConnection']>, ParentType, ContextType, RequireFields<QuerySearchWorksArgs, 'first' | 'sort'>>;
  work?: Resolver<Maybe<ResolversTypes['Work']>, ParentType, ContextType, RequireFields<QueryWorkArgs, 'id'>>;
}>;

export type UserResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  loans?: Resolver<Maybe<ResolversTypes['LoanConnection']>, ParentType, ContextType, RequireFields<UserLoansArgs, 'first' | 'status'>>;
}>;

export type UserErrorResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WorkResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['Work'] = ResolversParentTypes['Work'], FederationReferenceType extends FederationReferenceTypes['Work'] = FederationReferenceTypes['Work']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Work']> | FederationReferenceType, FederationReferenceType, ContextType>;
  authors?: Resolver<Array<ResolversTypes['Author']>, ParentType, ContextType>;
  availableCopies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  copies?: Resolver<ResolversTypes['CopyConnection'], ParentType, ContextType, RequireFields<WorkCopiesArgs, 'first'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  editions?: Resolver<ResolversTypes['EditionConnection'], ParentType, ContextType, RequireFields<WorkEditionsArgs, 'first'>>;
  firstPublishedYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  subtitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WorkConnectionResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['WorkConnection'] = ResolversParentTypes['WorkConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WorkEdge']>, ParentType, ContextType>;
  facets?: Resolver<ResolversTypes['WorkFacets'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WorkEdgeResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['WorkEdge'] = ResolversParentTypes['WorkEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Work'], ParentType, ContextType>;
}>;

export type WorkFacetsResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['WorkFacets'] = ResolversParentTypes['WorkFacets']> = ResolversObject<{
  decades?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
}>;

export type WorkPayloadResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['WorkPayload'] = ResolversParentTypes['WorkPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  work?: Resolver<Maybe<ResolversTypes['Work']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = LibraryContext> = ResolversObject<{
  Author?: AuthorResolvers<ContextType>;
  AuthorConnection?: AuthorConnectionResolvers<ContextType>;
  AuthorEdge?: AuthorEdgeResolvers<ContextType>;
  AuthorPayload?: AuthorPayloadResolvers<ContextType>;
  Copy?: CopyResolvers<ContextType>;
  CopyConnection?: CopyConnectionResolvers<ContextType>;
  CopyEdge?: CopyEdgeResolvers<ContextType>;
  CopyPayload?: CopyPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Edition?: EditionResolvers<ContextType>;
  EditionConnection?: EditionConnectionResolvers<ContextType>;
  EditionEdge?: EditionEdgeResolvers<ContextType>;
  EditionPayload?: EditionPayloadResolvers<ContextType>;
  FacetCount?: FacetCountResolvers<ContextType>;
  Fine?: FineResolvers<ContextType>;
  FineConnection?: FineConnectionResolvers<ContextType>;
  FineEdge?: FineEdgeResolvers<ContextType>;
  FinePayload?: FinePayloadResolvers<ContextType>;
  Hold?: HoldResolvers<ContextType>;
  HoldConnection?: HoldConnectionResolvers<ContextType>;
  HoldEdge?: HoldEdgeResolvers<ContextType>;
  HoldPayload?: HoldPayloadResolvers<ContextType>;
  LibraryMoney?: LibraryMoneyResolvers<ContextType>;
  Loan?: LoanResolvers<ContextType>;
  LoanConnection?: LoanConnectionResolvers<ContextType>;
  LoanEdge?: LoanEdgeResolvers<ContextType>;
  LoanPayload?: LoanPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Work?: WorkResolvers<ContextType>;
  WorkConnection?: WorkConnectionResolvers<ContextType>;
  WorkEdge?: WorkEdgeResolvers<ContextType>;
  WorkFacets?: WorkFacetsResolvers<ContextType>;
  WorkPayload?: WorkPayloadResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = LibraryContext> = ResolversObject<{
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
  requiresScopes?: RequiresScopesDirectiveResolver<any, any, ContextType>;
}>;
