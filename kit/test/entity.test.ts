import { newId } from '../index';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The Unix milliseconds a UUIDv7 carries in its first 48 bits. */
const millisOf = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 12), 16);

const nextMillisecond = async () => {
  const now = Date.now();
  while (Date.now() === now) await new Promise((resolve) => setTimeout(resolve, 1));
};

describe('kit entity: newId()', () => {
  it('makes RFC 9562 UUIDv7 strings (version 7, variant 10) that fit the 36-character id column', () => {
    for (let i = 0; i < 1000; i++) {
      const id = newId();
      expect(id).toHaveLength(36);
      expect(id).toMatch(UUID_V7);
    }
  });

  it('carries the creation time in its leading bits', () => {
    const before = Date.now();
    const id = newId();
    const after = Date.now();
    expect(millisOf(id)).toBeGreaterThanOrEqual(before);
    expect(millisOf(id)).toBeLessThanOrEqual(after);
  });

  it('sorts by creation time as plain strings, so a primary-key index is also a time index', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      ids.push(newId());
      await nextMillisecond();
    }
    expect([...ids].sort()).toEqual(ids);
  });

  it('sorts in the order made within one process, also inside one millisecond', () => {
    const ids = Array.from({ length: 10_000 }, () => newId());
    expect([...ids].sort()).toEqual(ids);
  });

  it('does not repeat within one millisecond (a sequence and 62 random bits)', () => {
    const ids = Array.from({ length: 20_000 }, () => newId());
    expect(new Set(ids).size).toBe(ids.length);
  });
});
