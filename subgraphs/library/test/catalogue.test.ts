import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { Catalogue, adminToken, freshDigits, isbn13, librarian, uniqueWord } from './support';

const SEARCH = `query($q: String, $f: WorkFilter, $s: WorkSort, $first: Int, $after: String) {
  searchWorks(query: $q, filter: $f, sort: $s, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id title availableCopies } }
    facets { subjects { value count } decades { value count } languages { value count } }
  }
}`;
const CREATE_WORK = 'mutation($i: CreateWorkInput!) { createWork(input: $i) { work { id title } errors { field code } } }';
const ADD_EDITION = 'mutation($i: AddEditionInput!) { addEdition(input: $i) { edition { id isbn13 isbn10 } errors { field code } } }';

describe('library: catalogue, roles, ISBNs and search through the router', () => {
  let stack: TestStack;
  let admin: string;
  let desk: TestUser;
  let catalogue: Catalogue;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'library'], env: { SEED_DEMO_DATA: 'true', LIBRARY_HOLD_SWEEP_MS: '0' } });
    admin = await adminToken(stack);
    desk = await librarian(stack, admin);
    catalogue = new Catalogue(stack, desk.token);
  });

  const search = async (variables: Record<string, unknown>, token?: string) => {
    const res = await gql(stack.url, SEARCH, variables, { token });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.searchWorks;
  };

  it('lets librarians and admins catalogue; members and anonymous callers are refused', async () => {
    const member = await signUpUser(stack.url, 'member');
    const input = { name: 'Nobody' };
    const q = 'mutation($i: CreateAuthorInput!) { createAuthor(input: $i) { author { id name } errors { field } } }';
    expect(errorCodes(await gql(stack.url, q, { i: input }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await gql(stack.url, q, { i: input }, { token: member.token }))).toEqual(['FORBIDDEN']);
    const byLibrarian = await gql(stack.url, q, { i: { name: '  Ursula   K. Le Guin ' } }, { token: desk.token });
    expect(byLibrarian.body.data.createAuthor.author.name).toBe('Ursula K. Le Guin');
    const byAdmin = await gql(stack.url, q, { i: input }, { token: admin });
    expect(byAdmin.body.data.createAuthor.errors).toEqual([]);
    // The demo catalogue is there for everyone to read.
    const demo = await search({ q: 'austen', s: 'YEAR_ASC' });
    expect(demo.edges.map((e: any) => e.node.title)).toEqual(['Pride and Prejudice', 'Emma', 'Persuasion']);
  });

  it('refuses bad input naming the field and writes nothing', async () => {
    const word = uniqueWord('bad');
    const authorId = await catalogue.author('Valid Author');
    const cases: [Record<string, unknown>, string][] = [
      [{ title: `${word} ${'x'.repeat(300)}`, authorIds: [authorId] }, 'input.title'],
      [{ title: word, authorIds: [authorId], firstPublishedYear: 99999 }, 'input.firstPublishedYear'],
      [{ title: word, authorIds: [authorId], language: 'English' }, 'input.language'],
      [{ title: word, authorIds: ['01900000-0000-7000-8000-00000000dead'] }, 'input.authorIds'],
      [{ title: word, authorIds: ['not-an-id'] }, 'input.authorIds'],
      [{ title: word, authorIds: [authorId], subjects: ['%%'] }, 'input.subjects'],
    ];
    for (const [input, field] of cases) {
      const res = await gql(stack.url, CREATE_WORK, { i: input }, { token: desk.token });
      expect(res.body.data.createWork).toEqual({ work: null, errors: [{ field, code: 'BAD_USER_INPUT' }] });
    }
    expect((await search({ q: word })).totalCount).toBe(0);

    const { workId } = await catalogue.book(uniqueWord('isbn'));
    const badIsbn = await gql(stack.url, ADD_EDITION, { i: { workId, isbn: '978-0-306-40615-8' } }, { token: desk.token });
    expect(badIsbn.body.data.addEdition).toEqual({ edition: null, errors: [{ field: 'input.isbn', code: 'BAD_USER_INPUT' }] });
    const badYear = await gql(
      stack.url,
      ADD_EDITION,
      { i: { workId, isbn: isbn13(freshDigits()), publishedYear: 1200 } },
      { token: desk.token },
    );
    expect(badYear.body.data.addEdition.errors).toEqual([{ field: 'input.publishedYear', code: 'BAD_USER_INPUT' }]);
    const editions = await gql(stack.url, 'query($id: ID!) { work(id: $id) { editions { totalCount } } }', { id: workId });
    expect(editions.body.data.work.editions.totalCount).toBe(0);

    const unknownCopy = await gql(
      stack.url,
      'mutation($c: ID) { checkOut(copyId: $c) { loan { id } errors { field code } } }',
      { c: '01900000-0000-7000-8000-00000000dead' },
      { token: desk.token },
    );
    expect(unknownCopy.body.data.checkOut.errors).toEqual([{ field: 'copyId', code: 'BAD_USER_INPUT' }]);
    const unknownBarcode = await gql(
      stack.url,
      'mutation { checkOut(barcode: "NO-SUCH-1") { errors { field code } } }',
      {},
      { token: desk.token },
    );
    expect(unknownBarcode.body.data.checkOut.errors).toEqual([{ field: 'barcode', code: 'BAD_USER_INPUT' }]);

    const badDate = await gql(
      stack.url,
      'query($d: DateTime) { loans(dueBefore: $d) { totalCount } }',
      { d: '2026-02-30T00:00:00Z' },
      { token: desk.token },
    );
    expect(errorCodes(badDate)).toEqual(['BAD_USER_INPUT']);
    const badRange = await gql(stack.url, SEARCH, { f: { yearFrom: 1900, yearTo: 1800 } });
    expect(badRange.body.errors?.[0]?.extensions?.field ?? badRange.body.errors?.[0]?.message).toMatch(/yearFrom/);
    const badLookup = await gql(stack.url, '{ editionByIsbn(isbn: "12345") { id } }');
    expect(errorCodes(badLookup)).toEqual(['BAD_USER_INPUT']);
  });

  it('validates ISBN-10 and ISBN-13 check digits, stores ISBN-13, gives ISBN-10 back, and refuses a second edition of one ISBN', async () => {
    const { workId } = await catalogue.book(uniqueWord('isbnwork'));
    const ten = await gql(stack.url, ADD_EDITION, { i: { workId, isbn: '0-306-40615-2' } }, { token: desk.token });
    expect(ten.body.data.addEdition.edition).toMatchObject({ isbn13: '9780306406157', isbn10: '0306406152' });
    const again = await gql(stack.url, ADD_EDITION, { i: { workId, isbn: '978 0 306 40615 7' } }, { token: desk.token });
    expect(again.body.data.addEdition.errors).toEqual([{ field: 'input.isbn', code: 'CONFLICT' }]);
    const withX = await gql(stack.url, ADD_EDITION, { i: { workId, isbn: '080442957X' } }, { token: desk.token });
    expect(withX.body.data.addEdition.edition).toMatchObject({ isbn13: '9780804429573', isbn10: '080442957X' });
    const n979 = await gql(stack.url, ADD_EDITION, { i: { workId, isbn: '979-10-90636-07-1' } }, { token: desk.token });
    expect(n979.body.data.addEdition.edition).toMatchObject({ isbn13: '9791090636071', isbn10: null });
    const lookup = await gql(stack.url, '{ editionByIsbn(isbn: "0306406152") { isbn13 work { id } } }');
    expect(lookup.body.data.editionByIsbn).toEqual({ isbn13: '9780306406157', work: { id: workId } });
    // An ISBN is a search query and a filter, in either form.
    expect((await search({ q: '0-306-40615-2' })).edges.map((e: any) => e.node.id)).toEqual([workId]);
    expect((await search({ q: '9780804429573' })).edges.map((e: any) => e.node.id)).toEqual([workId]);
    expect((await search({ f: { isbn: '979-10-90636-07-1' } })).totalCount).toBe(1);
    const work = await gql(stack.url, 'query($id: ID!) { work(id: $id) { editions(first: 2) { totalCount edges { node { isbn13 } } } } }', {
      id: workId,
    });
    expect(work.body.data.work.editions.totalCount).toBe(3);
    expect(work.body.data.work.editions.edges.map((e: any) => e.node.isbn13)).toEqual(['9780306406157', '9780804429573']);
  });

  it('searches by title, author, subject and ISBN with relevance, title and year sorts, filters, facets and offset pages', async () => {
    const w = uniqueWord('zq');
    const star = await catalogue.author(`${w} Writer`);
    const plain = await catalogue.author('Plain Person');
    const byAuthor = await catalogue.work({
      title: 'Gamma',
      authorIds: [star],
      subjects: [w, 'novels'],
      firstPublishedYear: 1990,
      language: 'fr',
    });
    const byTitle = await catalogue.work({ title: `${w} Chronicle`, authorIds: [plain], firstPublishedYear: 1815, language: 'en' });
    const bySubject = await catalogue.work({ title: 'Delta', authorIds: [plain], subjects: [w] });
    await catalogue.work({ title: 'Epsilon', authorIds: [plain], subjects: ['novels'], firstPublishedYear: 1991 });

    const ids = (page: any) => page.edges.map((e: any) => e.node.id);
    const relevance = await search({ q: w });
    expect(relevance.totalCount).toBe(3);
    expect(ids(relevance)).toEqual([byTitle, byAuthor, bySubject]);
    expect(relevance.facets).toEqual({
      subjects: [
        { value: w, count: 2 },
        { value: 'novels', count: 1 },
      ],
      decades: [
        { value: '1810', count: 1 },
        { value: '1990', count: 1 },
      ],
      languages: [
        { value: 'en', count: 1 },
        { value: 'fr', count: 1 },
      ],
    });
    expect(ids(await search({ q: w, s: 'TITLE' }))).toEqual([bySubject, byAuthor, byTitle]);
    expect(ids(await search({ q: w, s: 'YEAR_ASC' }))).toEqual([byTitle, byAuthor, bySubject]);
    expect(ids(await search({ q: w, s: 'YEAR_DESC' }))).toEqual([byAuthor, byTitle, bySubject]);
    expect(ids(await search({ f: { subject: w.toUpperCase() }, s: 'TITLE' }))).toEqual([bySubject, byAuthor]);
    expect(ids(await search({ q: w, f: { authorId: star } }))).toEqual([byAuthor]);
    expect(ids(await search({ q: w, f: { yearFrom: 1800, yearTo: 1900 } }))).toEqual([byTitle]);
    expect(ids(await search({ q: w, f: { language: 'fr' } }))).toEqual([byAuthor]);
    expect((await search({ q: `${w} chron` })).totalCount).toBe(1);

    // Available now: only works with a copy on the shelf.
    expect((await search({ q: w, f: { availableNow: true } })).totalCount).toBe(0);
    await catalogue.copy(byTitle, `AV-${freshDigits()}`);
    const available = await search({ q: w, f: { availableNow: true } });
    expect(ids(available)).toEqual([byTitle]);
    expect(available.edges[0].node.availableCopies).toBe(1);

    // Offset pages: two, then one; a cursor of another sort is refused.
    const first = await search({ q: w, first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search({ q: w, first: 2, after: first.pageInfo.endCursor });
    expect(ids(second)).toEqual([bySubject]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(second.totalCount).toBe(3);
    const wrong = await gql(stack.url, SEARCH, { q: w, s: 'TITLE', after: first.pageInfo.endCursor });
    expect(errorCodes(wrong)).toEqual(['BAD_USER_INPUT']);

    const authors = await gql(stack.url, 'query($s: String) { authors(search: $s) { totalCount edges { node { id name } } } }', { s: w });
    expect(authors.body.data.authors).toEqual({ totalCount: 1, edges: [{ node: { id: star, name: `${w} Writer` } }] });
    const work = await gql(stack.url, 'query($id: ID!) { work(id: $id) { authors { name } subjects copies { totalCount } } }', {
      id: byAuthor,
    });
    expect(work.body.data.work).toEqual({ authors: [{ name: `${w} Writer` }], subjects: [w, 'novels'], copies: { totalCount: 0 } });
  });
});
