import { Cursor } from '@mikro-orm/core';
import { AppError, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, checkPageArgs, type PageArgs } from '../index';

/** The AppError `checkPageArgs` throws for `args` (fails the test when it accepts them). */
function rejectionOf(args: PageArgs): AppError {
  try {
    checkPageArgs(args);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(args)} to be rejected`);
}

describe('kit pagination: checkPageArgs', () => {
  it('defaults first to the page size and accepts 1 to the maximum', () => {
    expect(DEFAULT_PAGE_SIZE).toBe(20);
    expect(MAX_PAGE_SIZE).toBe(100);
    expect(checkPageArgs({})).toEqual({ first: 20, after: undefined });
    expect(checkPageArgs({ first: null, after: null })).toEqual({ first: 20, after: undefined });
    expect(checkPageArgs({ first: 1 }).first).toBe(1);
    expect(checkPageArgs({ first: 100 }).first).toBe(100);
  });

  it.each([0, -1, 101, 10_000, 2.5, Number.NaN])('rejects first = %p as BAD_USER_INPUT on field first', (first) => {
    const error = rejectionOf({ first });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(error.message).toBe('first must be between 1 and 100.');
  });

  it('accepts a cursor in the shape em.findByCursor hands out', () => {
    const after = Cursor.encode(['2026-11-23T10:00:00.000Z', '0193a1b2-0000-7000-8000-000000000000']);
    expect(checkPageArgs({ first: 5, after })).toEqual({ first: 5, after });
  });

  it.each([
    ['not base64 JSON', 'definitely-not-a-cursor'],
    ['an empty key list', Cursor.encode([])],
    ['a JSON object', Buffer.from('{"id":1}').toString('base64url')],
    ['a JSON string', Buffer.from('"x"').toString('base64url')],
  ])('rejects an after cursor that is %s as BAD_USER_INPUT on field after', (_label, after) => {
    const error = rejectionOf({ after });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
