import {
  clientConditionMatches,
  endToEnd,
  freshnessLifetime,
  initialAge,
  mergeNotModified,
  parseCacheControl,
  refuseToStore,
  requestBypassesCache,
  staleUsableOnError,
  usableWithoutValidation,
  varyNames,
  varyValues,
  type HeaderPairs,
} from './policy';

// The caching rules on their own; caching-proxy.test.ts checks them end to end through the CLI.

const NOW = Date.UTC(2025, 0, 1, 12, 0, 0);
const httpDate = (offsetSeconds: number) => new Date(NOW + offsetSeconds * 1000).toUTCString();

describe('caching-proxy policy', () => {
  it('parses Cache-Control case-insensitively, unquotes arguments and keeps the first of repeated directives', () => {
    const cc = parseCacheControl('Max-Age=60, private="Set-Cookie, X-A", no-cache, max-age=5,  s-maxage = 10');
    expect(cc.get('max-age')).toBe('60');
    expect(cc.get('private')).toBe('Set-Cookie, X-A');
    expect(cc.get('no-cache')).toBe(true);
    expect(cc.get('s-maxage')).toBe('10');
  });

  it('computes the freshness lifetime: s-maxage, then max-age, then Expires − Date, then the default TTL', () => {
    const date: [string, string] = ['Date', httpDate(0)];
    expect(freshnessLifetime([['Cache-Control', 's-maxage=30, max-age=60']], 200, NOW, 300)).toBe(30);
    expect(freshnessLifetime([['Cache-Control', 'max-age=60'], ['Expires', httpDate(999)], date], 200, NOW, 300)).toBe(60);
    expect(freshnessLifetime([['Expires', httpDate(120)], date], 200, NOW, 300)).toBe(120);
    expect(freshnessLifetime([['Expires', '0'], date], 200, NOW, 300)).toBe(0);
    expect(freshnessLifetime([['Cache-Control', 'max-age=banana']], 200, NOW, 300)).toBe(0);
    expect(freshnessLifetime([], 404, NOW, 300)).toBe(300);
    // 302 is not heuristically cacheable: without explicit freshness it gets no lifetime.
    expect(freshnessLifetime([], 302, NOW, 300)).toBe(0);
  });

  it('refuses to store what a shared cache must not keep, and says why', () => {
    const ok = { method: 'GET', status: 200, requestHeaders: [] as HeaderPairs };
    expect(refuseToStore({ ...ok, headers: [['Cache-Control', 'max-age=60']] })).toBeUndefined();
    expect(refuseToStore({ ...ok, method: 'POST', headers: [] })).toBe('method POST');
    expect(refuseToStore({ ...ok, headers: [['Cache-Control', 'no-store']] })).toBe('no-store');
    expect(refuseToStore({ ...ok, headers: [['Cache-Control', 'private, max-age=60']] })).toBe('private');
    expect(refuseToStore({ ...ok, headers: [['Vary', 'Accept, *']] })).toBe('Vary: *');
    expect(refuseToStore({ ...ok, status: 206, headers: [] })).toBe('status 206');
    expect(refuseToStore({ ...ok, status: 500, headers: [['Cache-Control', 'max-age=60']] })).toBe('status 500');
    expect(refuseToStore({ ...ok, status: 302, headers: [] })).toBe('status 302 without explicit freshness');
    expect(refuseToStore({ ...ok, status: 302, headers: [['Cache-Control', 'max-age=60']] })).toBeUndefined();
    expect(refuseToStore({ ...ok, headers: [['Set-Cookie', 'a=1']] })).toBe('Set-Cookie');
    expect(
      refuseToStore({
        ...ok,
        headers: [
          ['Set-Cookie', 'a=1'],
          ['Cache-Control', 'public'],
        ],
      }),
    ).toBeUndefined();
    const withAuth = { ...ok, requestHeaders: [['Authorization', 'Bearer x']] as HeaderPairs };
    expect(refuseToStore({ ...withAuth, headers: [['Cache-Control', 'max-age=60']] })).toBe('request has Authorization');
    expect(refuseToStore({ ...withAuth, headers: [['Cache-Control', 's-maxage=60']] })).toBeUndefined();
    expect(refuseToStore({ ...ok, requestHeaders: [['Cache-Control', 'no-store']], headers: [] })).toBe('request no-store');
  });

  it('computes the age on arrival from Age, Date and the response delay', () => {
    expect(initialAge([['Age', '30']], NOW - 2000, NOW)).toBe(32);
    // Date has whole-second resolution: the response may have been sent up to 1 s after it.
    expect(initialAge([['Date', httpDate(-50)]], NOW, NOW)).toBe(49);
    expect(initialAge([['Date', httpDate(0)]], NOW, NOW + 400)).toBeCloseTo(0.4);
    expect(initialAge([['Date', httpDate(0)]], NOW + 900, NOW + 1100)).toBeCloseTo(0.2);
  });

  it('normalises Vary names and the request values they select', () => {
    expect(
      varyNames([
        ['Vary', 'Accept-Encoding, accept-language'],
        ['vary', 'Accept-Encoding'],
      ]),
    ).toEqual(['accept-encoding', 'accept-language']);
    expect(varyNames([['Vary', 'Accept, *']])).toBe('*');
    const names = ['accept-language', 'x-missing'];
    expect(varyValues(names, [['Accept-Language', 'en,  de']])).toEqual(['en,de', null]);
    expect(
      varyValues(names, [
        ['accept-language', 'en'],
        ['Accept-Language', 'de'],
      ]),
    ).toEqual(['en,de', null]);
  });

  it('decides reuse without validation from freshness and the request directives', () => {
    const entry = { headers: [] as HeaderPairs, lifetime: 60, age: 10 };
    expect(usableWithoutValidation(entry, parseCacheControl(''))).toBe(true);
    expect(usableWithoutValidation(entry, parseCacheControl('max-age=5'))).toBe(false);
    expect(usableWithoutValidation(entry, parseCacheControl('min-fresh=55'))).toBe(false);
    expect(usableWithoutValidation({ ...entry, age: 70 }, parseCacheControl(''))).toBe(false);
    expect(usableWithoutValidation({ ...entry, age: 70 }, parseCacheControl('max-stale=20'))).toBe(true);
    expect(usableWithoutValidation({ ...entry, age: 70 }, parseCacheControl('max-stale=5'))).toBe(false);
    expect(usableWithoutValidation({ ...entry, headers: [['Cache-Control', 'no-cache']] }, parseCacheControl(''))).toBe(false);
    expect(
      usableWithoutValidation({ headers: [['Cache-Control', 'must-revalidate']], lifetime: 60, age: 70 }, parseCacheControl('max-stale')),
    ).toBe(false);
  });

  it('allows stale-on-error within the window unless the origin forbade it', () => {
    const stale = { headers: [] as HeaderPairs, lifetime: 60, age: 100 };
    const none = parseCacheControl('');
    expect(staleUsableOnError(stale, none, 86400)).toBe(true);
    expect(staleUsableOnError(stale, none, 10)).toBe(false);
    expect(staleUsableOnError({ ...stale, headers: [['Cache-Control', 'max-age=60, must-revalidate']] }, none, 86400)).toBe(false);
    expect(staleUsableOnError({ ...stale, headers: [['Cache-Control', 's-maxage=60']] }, none, 86400)).toBe(false);
    expect(staleUsableOnError({ ...stale, headers: [['Cache-Control', 'no-cache']] }, none, 86400)).toBe(false);
    // The origin's own stale-if-error wins over both the defaults and must-revalidate.
    expect(staleUsableOnError({ ...stale, headers: [['Cache-Control', 'max-age=60, must-revalidate, stale-if-error=50']] }, none, 0)).toBe(
      true,
    );
    expect(staleUsableOnError({ ...stale, headers: [['Cache-Control', 'max-age=60, stale-if-error=30']] }, none, 86400)).toBe(false);
    expect(staleUsableOnError(stale, parseCacheControl('no-cache'), 86400)).toBe(false);
  });

  it('recognises requests that bypass the cache', () => {
    expect(requestBypassesCache([['Cache-Control', 'no-cache']])).toBe(true);
    expect(requestBypassesCache([['Pragma', 'no-cache']])).toBe(true);
    expect(
      requestBypassesCache([
        ['Pragma', 'no-cache'],
        ['Cache-Control', 'max-age=10'],
      ]),
    ).toBe(false);
    expect(requestBypassesCache([])).toBe(false);
  });

  it("matches the client's conditional headers weakly against the stored response", () => {
    const stored: HeaderPairs = [
      ['ETag', 'W/"abc"'],
      ['Last-Modified', httpDate(-100)],
    ];
    expect(clientConditionMatches([['If-None-Match', '"x", "abc"']], stored)).toBe(true);
    expect(clientConditionMatches([['If-None-Match', '"x"']], stored)).toBe(false);
    expect(clientConditionMatches([['If-None-Match', '*']], stored)).toBe(true);
    expect(clientConditionMatches([['If-Modified-Since', httpDate(0)]], stored)).toBe(true);
    expect(clientConditionMatches([['If-Modified-Since', httpDate(-200)]], stored)).toBe(false);
    // If-None-Match takes precedence over If-Modified-Since.
    expect(
      clientConditionMatches(
        [
          ['If-None-Match', '"x"'],
          ['If-Modified-Since', httpDate(0)],
        ],
        stored,
      ),
    ).toBe(false);
  });

  it('drops hop-by-hop fields and those named in Connection', () => {
    const pairs: HeaderPairs = [
      ['Connection', 'keep-alive, X-Private'],
      ['Keep-Alive', 'timeout=5'],
      ['X-Private', '1'],
      ['Transfer-Encoding', 'chunked'],
      ['Content-Type', 'text/plain'],
      ['Set-Cookie', 'a=1'],
      ['Set-Cookie', 'b=2'],
    ];
    expect(endToEnd(pairs)).toEqual([
      ['Content-Type', 'text/plain'],
      ['Set-Cookie', 'a=1'],
      ['Set-Cookie', 'b=2'],
    ]);
  });

  it('updates stored fields from a 304 but keeps the body framing', () => {
    const stored: HeaderPairs = [
      ['Content-Type', 'application/json'],
      ['Content-Length', '10'],
      ['ETag', '"1"'],
      ['Cache-Control', 'max-age=1'],
    ];
    const merged = mergeNotModified(stored, [
      ['Cache-Control', 'max-age=99'],
      ['Content-Length', '0'],
      ['X-New', 'y'],
    ]);
    expect(merged).toEqual([
      ['Content-Type', 'application/json'],
      ['Content-Length', '10'],
      ['ETag', '"1"'],
      ['Cache-Control', 'max-age=99'],
      ['X-New', 'y'],
    ]);
  });
});
