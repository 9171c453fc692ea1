import type { FilterQuery } from '@mikro-orm/core';
import {
  badInput,
  cleanTag,
  conflictError,
  facetCounts,
  fail,
  fieldError,
  flushOrConflict,
  isUniqueViolation,
  isUuid,
  MAX_TAGS,
  newId,
  offsetOf,
  ok,
  paginate,
  paginateByOffset,
  relevanceScore,
  searchCondition,
  searchText,
  sortKey,
  tagKey,
  type Connection,
  type Payload,
  type UserError,
} from '../../../kit';
import type { LibraryDeps, WorkFacetsData } from './context';
import { Author, Copy, Edition, Work, WorkSubject, type AuthorRow, type CopyRow, type EditionRow, type WorkRow } from './entities';
import type {
  AddCopyInput,
  AddEditionInput,
  CreateAuthorInput,
  CreateWorkInput,
  QueryAuthorsArgs,
  QuerySearchWorksArgs,
  WorkFilter,
} from './generated/resolvers';
import { normaliseIsbn } from './isbn';
import { cleanBarcode, releaseCopy } from './circulation';

export const TITLE_MAX = 300;
export const NAME_MAX = 200;
const LANGUAGE = /^[a-z]{2,3}$/;
const MAX_AUTHORS = 10;
const EARLIEST_YEAR = -3000;
const EARLIEST_EDITION_YEAR = 1450;

/** The latest year a work or edition may carry: next year (announced titles). */
function latestYear(deps: LibraryDeps): number {
  return deps.clock.now().getUTCFullYear() + 1;
}

function checkYear(errors: UserError[], field: string, year: number | null | undefined, min: number, max: number): void {
  if (year != null && (!Number.isInteger(year) || year < min || year > max)) {
    errors.push(fieldError(field, `${field.split('.').pop()} must be between ${min} and ${max}.`));
  }
}

function checkText(errors: UserError[], field: string, value: string | null | undefined, max: number, required: boolean): void {
  const text = value?.trim() ?? '';
  if (required && !text) errors.push(fieldError(field, `${field.split('.').pop()} is required.`));
  else if (text.length > max) errors.push(fieldError(field, `${field.split('.').pop()} must be at most ${max} characters.`));
}

/** The decade of `column` (a year), rounding down for negative years too, on SQLite and MySQL alike. */
function decadeOf(column: string): string {
  return `(${column} - (((${column} % 10) + 10) % 10))`;
}

/**
 * The catalogue: authors, works, editions and copies, and the search over them. Everyone reads it;
 * librarians (and admins) write it (the schema's `@requiresScopes`).
 */
export class CatalogueService {
  async createAuthor(deps: LibraryDeps, input: CreateAuthorInput): Promise<Payload<{ author: AuthorRow }>> {
    const errors: UserError[] = [];
    checkText(errors, 'input.name', input.name, NAME_MAX, true);
    checkYear(errors, 'input.birthYear', input.birthYear, EARLIEST_YEAR, latestYear(deps));
    checkYear(errors, 'input.deathYear', input.deathYear, EARLIEST_YEAR, latestYear(deps));
    if (input.birthYear != null && input.deathYear != null && input.deathYear < input.birthYear) {
      errors.push(fieldError('input.deathYear', 'deathYear cannot be before birthYear.'));
    }
    if (errors.length) return fail(errors);
    const name = input.name.trim().replace(/\s+/g, ' ');
    const author = deps.em.create(Author, {
      name,
      sortName: sortKey(name, NAME_MAX),
      searchText: searchText([name]),
      birthYear: input.birthYear ?? null,
      deathYear: input.deathYear ?? null,
    });
    await deps.em.flush();
    return ok({ author });
  }

  async createWork(deps: LibraryDeps, input: CreateWorkInput): Promise<Payload<{ work: WorkRow }>> {
    const errors: UserError[] = [];
    checkText(errors, 'input.title', input.title, TITLE_MAX, true);
    checkText(errors, 'input.subtitle', input.subtitle, TITLE_MAX, false);
    checkYear(errors, 'input.firstPublishedYear', input.firstPublishedYear, EARLIEST_YEAR, latestYear(deps));
    if (input.language != null && !LANGUAGE.test(input.language)) {
      errors.push(fieldError('input.language', 'language must be an ISO 639 code of 2 or 3 lower-case letters.'));
    }
    const authorIds = [...new Set(input.authorIds.map((id) => id.trim().toLowerCase()))];
    if (!authorIds.length || authorIds.length > MAX_AUTHORS) {
      errors.push(fieldError('input.authorIds', `A work needs 1 to ${MAX_AUTHORS} authors.`));
    } else if (authorIds.some((id) => !isUuid(id))) {
      errors.push(fieldError('input.authorIds', 'authorIds must be ids of authors.'));
    }
    const subjects: string[] = [];
    if ((input.subjects?.length ?? 0) > MAX_TAGS) errors.push(fieldError('input.subjects', `At most ${MAX_TAGS} subjects.`));
    for (const subject of input.subjects ?? []) {
      const clean = cleanTag(subject);
      if (!clean) {
        errors.push(fieldError('input.subjects', 'Each subject must be 1 to 40 letters, digits, spaces, _ or -.'));
        break;
      }
      if (!subjects.includes(clean)) subjects.push(clean);
    }
    if (errors.length) return fail(errors);
    const authors = await deps.em.find(Author, { id: { $in: authorIds } });
    if (authors.length !== authorIds.length) return fail(fieldError('input.authorIds', 'Some authorIds name no author.'));
    const names = authorIds.map((id) => authors.find((a) => a.id === id)!.name);
    const title = input.title.trim().replace(/\s+/g, ' ');
    const subtitle = input.subtitle?.trim() || null;
    const work = deps.em.create(Work, {
      id: newId(),
      title,
      subtitle,
      sortTitle: sortKey(title, TITLE_MAX),
      authorIds,
      authorKey: tagKey(authorIds),
      subjects,
      subjectKey: tagKey(subjects),
      firstPublishedYear: input.firstPublishedYear ?? null,
      language: input.language ?? null,
      titleText: searchText([title, subtitle]),
      authorText: searchText(names),
      searchText: searchText([title, subtitle, ...names, ...subjects]),
      availableCopies: 0,
    });
    // One flush, one transaction: the work and its facet rows together.
    for (const subject of subjects) deps.em.create(WorkSubject, { workId: work.id, subject });
    await deps.em.flush();
    return ok({ work });
  }

  async addEdition(deps: LibraryDeps, input: AddEditionInput): Promise<Payload<{ edition: EditionRow }>> {
    const errors: UserError[] = [];
    const isbn = normaliseIsbn(input.isbn);
    if (!isbn) errors.push(fieldError('input.isbn', 'isbn must be an ISBN-10 or ISBN-13 with a valid check digit.'));
    if (!isUuid(input.workId)) errors.push(fieldError('input.workId', 'workId must be the id of a work.'));
    checkText(errors, 'input.publisher', input.publisher, NAME_MAX, false);
    checkYear(errors, 'input.publishedYear', input.publishedYear, EARLIEST_EDITION_YEAR, latestYear(deps));
    if (input.language != null && !LANGUAGE.test(input.language)) {
      errors.push(fieldError('input.language', 'language must be an ISO 639 code of 2 or 3 lower-case letters.'));
    }
    if (input.pageCount != null && (input.pageCount < 1 || input.pageCount > 100_000)) {
      errors.push(fieldError('input.pageCount', 'pageCount must be between 1 and 100,000.'));
    }
    if (errors.length || !isbn) return fail(errors);
    const work = await deps.em.findOne(Work, { id: input.workId.toLowerCase() });
    if (!work) return fail(fieldError('input.workId', 'No work has this id.'));
    const edition = deps.em.create(Edition, {
      workId: work.id,
      isbn13: isbn.isbn13,
      isbn10: isbn.isbn10,
      publisher: input.publisher?.trim() || null,
      publishedYear: input.publishedYear ?? null,
      language: input.language ?? null,
      pageCount: input.pageCount ?? null,
    });
    // The ISBNs become search words of the work (an ISBN-10's X in lower case, as words are).
    work.searchText = `${work.searchText.trimEnd()} ${[isbn.isbn13, isbn.isbn10?.toLowerCase()].filter(Boolean).join(' ')} `;
    const conflict = await flushOrConflict(deps.em, 'input.isbn', 'An edition with this ISBN is already catalogued.');
    return conflict.length ? fail(conflict) : ok({ edition });
  }

  /** Adds a copy; when someone waits for the work, the new copy goes to the first hold at once. */
  async addCopy(deps: LibraryDeps, input: AddCopyInput): Promise<Payload<{ copy: CopyRow }>> {
    const errors: UserError[] = [];
    const barcode = cleanBarcode(input.barcode);
    if (!barcode) errors.push(fieldError('input.barcode', 'barcode must be 4 to 32 letters, digits or -.'));
    checkText(errors, 'input.location', input.location, 100, true);
    if (!isUuid(input.workId)) errors.push(fieldError('input.workId', 'workId must be the id of a work.'));
    if (input.editionId != null && !isUuid(input.editionId))
      errors.push(fieldError('input.editionId', 'editionId must be the id of an edition.'));
    if (errors.length || !barcode) return fail(errors);
    const workId = input.workId.toLowerCase();
    const work = await deps.em.findOne(Work, { id: workId });
    if (!work) return fail(fieldError('input.workId', 'No work has this id.'));
    if (input.editionId != null) {
      const edition = await deps.em.findOne(Edition, { id: input.editionId.toLowerCase() });
      if (!edition || edition.workId !== work.id) return fail(fieldError('input.editionId', 'No edition of this work has this id.'));
    }
    try {
      const copy = await deps.em.fork().transactional(async (tx) => {
        const row = tx.create(Copy, {
          workId,
          editionId: input.editionId?.toLowerCase() ?? null,
          barcode,
          location: input.location.trim(),
          status: 'ON_LOAN', // placeholder until releaseCopy shelves it or gives it to a hold, in this transaction
          holdId: null,
        });
        await tx.flush();
        await releaseCopy(deps, tx, row);
        await tx.flush();
        return row;
      });
      return ok({ copy });
    } catch (error) {
      if (isUniqueViolation(error)) return fail(conflictError('input.barcode', 'A copy with this barcode exists already.'));
      throw error;
    }
  }

  /** One page of authors by name; `search` matches words of the name. */
  async authors(deps: LibraryDeps, args: QueryAuthorsArgs): Promise<Connection<AuthorRow>> {
    const where = args.search != null ? searchCondition<AuthorRow>(deps.em, args.search, 'search') : {};
    return paginate(deps.em, Author, where, args, { sortName: 'asc', id: 'asc' }, { list: 'authors' });
  }

  /** The copy with this barcode; BAD_USER_INPUT on `barcode` when it cannot be one. */
  async copyByBarcode(deps: LibraryDeps, barcode: string): Promise<CopyRow | null> {
    const clean = cleanBarcode(barcode);
    if (!clean) throw badInput('barcode must be 4 to 32 letters, digits or -.', 'barcode');
    return deps.em.findOne(Copy, { barcode: clean });
  }

  /** The edition with this ISBN; BAD_USER_INPUT on `isbn` when it is not a valid one. */
  async editionByIsbn(deps: LibraryDeps, text: string): Promise<EditionRow | null> {
    const isbn = normaliseIsbn(text);
    if (!isbn) throw badInput('isbn must be an ISBN-10 or ISBN-13 with a valid check digit.', 'isbn');
    return deps.em.findOne(Edition, { isbn13: isbn.isbn13 });
  }

  /**
   * The search: conditions from the query words (or an ISBN) and the filters, then in five
   * statements whatever the page size — the count, the page (offset pagination, ordered by relevance,
   * title or year) and the three facets over every match.
   */
  async search(deps: LibraryDeps, args: QuerySearchWorksArgs): Promise<Connection<WorkRow> & { facets: WorkFacetsData }> {
    const em = deps.em;
    const sort = args.sort ?? 'RELEVANCE';
    const list = `searchWorks:${sort}`;
    offsetOf(args.after, list); // refused before any read
    const conditions = this.conditions(deps, args.query ?? null, args.filter ?? null);
    const where = (conditions.length ? { $and: conditions } : {}) as FilterQuery<WorkRow>;
    const knex = em.getKnex();
    const base = () => em.createQueryBuilder(Work, 'w').where(where);
    const query = args.query?.trim() ?? '';
    const isbn = query ? normaliseIsbn(query) : null;
    let facets: WorkFacetsData = { subjects: [], decades: [], languages: [] };
    const connection = await paginateByOffset(args, list, async (offset, limit) => {
      const totalCount = await base().getCount();
      const page = base().getKnexQuery();
      if (sort === 'RELEVANCE' && query && !isbn) {
        const score = relevanceScore(query, [
          { column: 'w.title_text', weight: 4 },
          { column: 'w.author_text', weight: 2 },
          { column: 'w.search_text', weight: 1 },
        ]);
        page.orderByRaw(`${score.sql} desc`, score.bindings);
      } else if (sort === 'YEAR_ASC' || sort === 'YEAR_DESC') {
        page.orderByRaw('case when w.first_published_year is null then 1 else 0 end');
        page.orderBy('w.first_published_year', sort === 'YEAR_ASC' ? 'asc' : 'desc');
      }
      page.orderBy([{ column: 'w.sort_title' }, { column: 'w.id' }]);
      page.limit(limit).offset(offset);
      const rows = await em.execute<Record<string, unknown>[]>(page);
      const items = rows.map((row) => em.map(Work, row as never) as WorkRow);
      const ids = base().select('w.id').getKnexQuery();
      const [subjects, decades, languages] = await Promise.all([
        facetCounts(em, knex.from('work_subjects as s').whereIn('s.work_id', ids), 's.subject'),
        facetCounts(em, base().getKnexQuery(), decadeOf('w.first_published_year')),
        facetCounts(em, base().getKnexQuery(), 'w.language'),
      ]);
      facets = { subjects, decades, languages };
      return { items, totalCount };
    });
    return { ...connection, facets };
  }

  /** The search's conditions, every input checked (BAD_USER_INPUT naming it) before anything is read. */
  private conditions(deps: LibraryDeps, query: string | null, filter: WorkFilter | null): FilterQuery<WorkRow>[] {
    const conditions: FilterQuery<WorkRow>[] = [];
    if (query != null) {
      const isbn = normaliseIsbn(query);
      conditions.push(isbn ? isbnCondition(isbn.isbn13) : searchCondition<WorkRow>(deps.em, query, 'query'));
    }
    if (!filter) return conditions;
    if (filter.subject != null) {
      const subject = cleanTag(filter.subject);
      if (!subject) throw badInput('filter.subject must be 1 to 40 letters, digits, spaces, _ or -.', 'filter.subject');
      conditions.push({ subjectKey: { $like: `%${tagKey([subject])}%` } });
    }
    if (filter.authorId != null) {
      if (!isUuid(filter.authorId)) throw badInput('filter.authorId must be the id of an author.', 'filter.authorId');
      conditions.push({ authorKey: { $like: `%|${filter.authorId.toLowerCase()}|%` } });
    }
    const max = latestYear(deps);
    for (const [field, year] of [
      ['filter.yearFrom', filter.yearFrom],
      ['filter.yearTo', filter.yearTo],
    ] as const) {
      if (year != null && (year < EARLIEST_YEAR || year > max))
        throw badInput(`${field} must be between ${EARLIEST_YEAR} and ${max}.`, field);
    }
    if (filter.yearFrom != null && filter.yearTo != null && filter.yearFrom > filter.yearTo) {
      throw badInput('filter.yearFrom must not be after filter.yearTo.', 'filter.yearFrom');
    }
    if (filter.yearFrom != null) conditions.push({ firstPublishedYear: { $gte: filter.yearFrom } });
    if (filter.yearTo != null) conditions.push({ firstPublishedYear: { $lte: filter.yearTo } });
    if (filter.language != null) {
      if (!LANGUAGE.test(filter.language))
        throw badInput('filter.language must be an ISO 639 code of 2 or 3 lower-case letters.', 'filter.language');
      conditions.push({ language: filter.language });
    }
    if (filter.availableNow) conditions.push({ availableCopies: { $gt: 0 } });
    if (filter.isbn != null) {
      const isbn = normaliseIsbn(filter.isbn);
      if (!isbn) throw badInput('filter.isbn must be an ISBN-10 or ISBN-13 with a valid check digit.', 'filter.isbn');
      conditions.push(isbnCondition(isbn.isbn13));
    }
    return conditions;
  }
}

/** Works with an edition of this ISBN-13 (its digits are one word of the work's `searchText`). */
function isbnCondition(isbn13: string): FilterQuery<WorkRow> {
  return { searchText: { $like: `% ${isbn13} %` } };
}
