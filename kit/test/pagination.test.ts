import { Cursor } from '@mikro-orm/core';
import { AppError, totalOrder } from '../index';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, checkPageArgs, cursorCodec, offsetOf, paginateByOffset } from '../src/pagination';
import { relevanceScore } from '../src/search';

/** The AppError `run` throws (fails the test when it returns). */
function rejectionOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('kit pagination: checkPageArgs', () => {
  it('defaults first to the page size and accepts 1 to the maximum', () => {
    expect(DEFAULT_PAGE_SIZE).toBe(20);
    expect(MAX_PAGE_SIZE).toBe(100);
    expect(checkPageArgs({})).toEqual({ first: 20 });
    expect(checkPageArgs({ first: null, after: null })).toEqual({ first: 20 });
    expect(checkPageArgs({ first: 1 }).first).toBe(1);
    expect(checkPageArgs({ first: 100 }).first).toBe(100);
  });

  it.each([0, -1, 101, 10_000, 2.5, Number.NaN])('rejects first = %p as BAD_USER_INPUT on field first', (first) => {
    const error = rejectionOf(() => checkPageArgs({ first }));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(error.message).toBe('first must be between 1 and 100.');
  });
});

describe('kit pagination: cursorCodec', () => {
  const byCreated = cursorCodec.tag('Task', { createdAt: 'desc', id: 'desc' });
  const byTitle = cursorCodec.tag('Task', { title: 'asc', id: 'asc' });
  const keys = ['2026-11-23T10:00:00.000Z', '0193a1b2-0000-7000-8000-000000000000'];

  it('tags differ by entity, column and direction, and are stable', () => {
    const tags = [
      byCreated,
      byTitle,
      cursorCodec.tag('Task', { createdAt: 'asc', id: 'asc' }),
      cursorCodec.tag('Poll', { createdAt: 'desc', id: 'desc' }),
    ];
    expect(new Set(tags).size).toBe(4);
    expect(cursorCodec.tag('Task', { createdAt: 'DESC', id: 'DESC' })).toBe(byCreated);
  });

  it('tags a named list apart from the same entity and ordering elsewhere, and keeps unnamed tags as they were', () => {
    const order = { createdAt: 'desc', id: 'desc' };
    const lists = [
      cursorCodec.tag('Task', order),
      cursorCodec.tag('Task', order, 'Query.tasks'),
      cursorCodec.tag('Task', order, 'User.tasks'),
    ];
    expect(new Set(lists).size).toBe(3);
    expect(lists[0]).toBe(byCreated);
    expect(cursorCodec.tag('Task', order, 'User.tasks')).toBe(lists[2]);
    const error = rejectionOf(() => cursorCodec.decode(cursorCodec.encode(lists[1]!, keys), lists[2]!, 2));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('totalOrder breaks ties by id in the same direction', () => {
    expect(totalOrder('title', 'ASC')).toEqual({ title: 'asc', id: 'asc' });
    expect(totalOrder('createdAt', 'desc')).toEqual({ createdAt: 'desc', id: 'desc' });
    expect(Object.keys(totalOrder('title', 'DESC'))).toEqual(['title', 'id']);
    expect(totalOrder('id', 'DESC')).toEqual({ id: 'desc' });
  });

  it('reads back the keys it wrote, for the same tag', () => {
    const cursor = cursorCodec.encode(byCreated, keys);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursorCodec.decode(cursor, byCreated, 2)).toEqual(keys);
    expect(cursorCodec.decode(cursorCodec.encode(byCreated, [3, null]), byCreated, 2)).toEqual([3, null]);
  });

  it('refuses a cursor of another ordering or entity as BAD_USER_INPUT on after', () => {
    const error = rejectionOf(() => cursorCodec.decode(cursorCodec.encode(byTitle, ['a title', keys[1]]), byCreated, 2));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(error.message).toMatch(/another list or ordering/);
  });

  it.each([
    ['not base64 JSON', 'definitely-not-a-cursor'],
    ['empty', ''],
    ['a MikroORM cursor without a tag', Cursor.encode(keys)],
    ['an empty key list', Cursor.encode([])],
    ['a JSON object', Buffer.from('{"id":1}').toString('base64url')],
    ['a JSON string', Buffer.from('"x"').toString('base64url')],
    ['too few keys', cursorCodec.encode('TAG', [keys[0]])],
    ['an object key', cursorCodec.encode('TAG', [{ $gt: 1 }, 'x'])],
    ['a NUL in a key', cursorCodec.encode('TAG', ['a\u0000b', 'x'])],
    ['a lone surrogate in a key', cursorCodec.encode('TAG', ['a\ud83d', 'x'])],
    ['an impossible date key', cursorCodec.encode('TAG', ['2026-02-30T00:00:00.000Z', 'x'])],
    ['far too long', 'A'.repeat(10_000)],
  ])('refuses an after cursor that is %s as BAD_USER_INPUT on after', (_label, after) => {
    const error = rejectionOf(() => cursorCodec.decode(after, 'TAG', 2));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('kit pagination: paginateByOffset', () => {
  const rows = Array.from({ length: 5 }, (_, i) => `row ${i}`);
  const fetch = async (offset: number, limit: number) => ({ items: rows.slice(offset, offset + limit), totalCount: rows.length });

  it('pages by position, asks for one row more than the page once, and continues after a cursor', async () => {
    const asked: [number, number][] = [];
    const first = await paginateByOffset({ first: 2 }, 'search:A', async (offset, limit) => {
      asked.push([offset, limit]);
      return fetch(offset, limit);
    });
    expect(asked).toEqual([[0, 3]]);
    expect(first.edges.map((e) => e.node)).toEqual(['row 0', 'row 1']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.totalCount).toBe(5);
    const last = await paginateByOffset({ first: 3, after: first.pageInfo.endCursor }, 'search:A', fetch);
    expect(last.edges.map((e) => e.node)).toEqual(['row 2', 'row 3', 'row 4']);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it("refuses another list's cursor, a keyset cursor and garbage before fetching", async () => {
    const page = await paginateByOffset({ first: 1 }, 'search:A', fetch);
    const keyset = cursorCodec.encode(cursorCodec.tag('Task', { id: 'asc' }), ['x']);
    for (const after of [
      page.pageInfo.endCursor!,
      keyset,
      'garbage',
      cursorCodec.encode(cursorCodec.tag('search:A', { offset: 'asc' }), [-4]),
    ]) {
      const list = after === page.pageInfo.endCursor ? 'search:B' : 'search:A';
      await expect(paginateByOffset({ first: 1, after }, list, () => Promise.reject(new Error('fetched')))).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'after' },
      });
    }
    expect(offsetOf(null, 'search:A')).toBe(0);
  });
});

describe('kit search: relevanceScore', () => {
  it('weighs each word per column with bound LIKE patterns, and is 0 without words', () => {
    const score = relevanceScore('Pride, prejudice!', [
      { column: 'w.title_text', weight: 4 },
      { column: 'w.search_text', weight: 1 },
    ]);
    expect(score.sql).toBe(
      '((case when w.title_text like ? then 4 else 0 end) + (case when w.search_text like ? then 1 else 0 end) + ' +
        '(case when w.title_text like ? then 4 else 0 end) + (case when w.search_text like ? then 1 else 0 end))',
    );
    expect(score.bindings).toEqual(['% pride%', '% pride%', '% prejudice%', '% prejudice%']);
    expect(relevanceScore('  ', [{ column: 'c', weight: 1 }])).toEqual({ sql: '0', bindings: [] });
  });
});
