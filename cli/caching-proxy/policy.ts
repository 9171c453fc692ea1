/**
 * HTTP caching rules of the proxy: a shared cache after RFC 9111, simplified (see README.md).
 * Everything here is pure: header lists in, decisions out, so the rules can be tested without sockets.
 */

/** Header fields as ordered name/value pairs, preserving case and repeated fields (e.g. Set-Cookie). */
export type HeaderPairs = Array<[string, string]>;

/** Parsed Cache-Control directives: lowercased name → unquoted argument, or `true` when it had none. */
export type Directives = Map<string, string | true>;

/** Statuses that may be stored with a heuristic (default) lifetime when the origin gives none (RFC 9110 §15.1, minus 206 and 5xx). */
export const HEURISTICALLY_CACHEABLE = new Set([200, 203, 204, 300, 301, 308, 404, 405, 410, 414]);

/** Hop-by-hop fields (RFC 9110 §7.6.1) that a proxy must neither forward nor store. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/** Turns Node's flat `rawHeaders` list into pairs. */
export function pairsFromRaw(raw: readonly string[]): HeaderPairs {
  const pairs: HeaderPairs = [];
  for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([raw[i]!, raw[i + 1]!]); // i + 1 < raw.length
  return pairs;
}

/** Flattens pairs into the `[name, value, name, value]` form Node accepts for requests and `writeHead`. */
export function flattenPairs(pairs: HeaderPairs): string[] {
  return pairs.flat();
}

/**
 * Drops hop-by-hop fields, including every field named in `Connection`, plus the names in `extra`.
 * What is left is end-to-end and safe to forward or store.
 */
export function endToEnd(pairs: HeaderPairs, extra: readonly string[] = []): HeaderPairs {
  const drop = new Set([...HOP_BY_HOP, ...extra]);
  for (const [name, value] of pairs) {
    if (name.toLowerCase() !== 'connection') continue;
    for (const token of value.split(',')) {
      const listed = token.trim().toLowerCase();
      if (listed) drop.add(listed);
    }
  }
  return pairs.filter(([name]) => !drop.has(name.toLowerCase()));
}

/** The combined value of a field (repeated lines joined with ", "), or undefined when absent. */
export function headerValue(pairs: HeaderPairs, name: string): string | undefined {
  const wanted = name.toLowerCase();
  const values = pairs.filter(([n]) => n.toLowerCase() === wanted).map(([, v]) => v);
  return values.length > 0 ? values.join(', ') : undefined;
}

/** Splits a list-valued field on commas that are not inside a quoted string. */
function splitList(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (quoted && ch === '\\' && i + 1 < value.length) {
      current += ch + value[++i];
      continue;
    }
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/**
 * Parses a Cache-Control value. Names are case-insensitive; quoted arguments are unquoted. When a
 * directive repeats, the first occurrence wins (RFC 9111 §4.2.1 allows that choice).
 */
export function parseCacheControl(value: string | undefined): Directives {
  const directives: Directives = new Map();
  if (!value) return directives;
  for (const part of splitList(value)) {
    const eq = part.indexOf('=');
    const name = (eq === -1 ? part : part.slice(0, eq)).trim().toLowerCase();
    if (!name || directives.has(name)) continue;
    if (eq === -1) {
      directives.set(name, true);
      continue;
    }
    let arg = part.slice(eq + 1).trim();
    if (arg.startsWith('"') && arg.endsWith('"') && arg.length >= 2) arg = arg.slice(1, -1).replace(/\\(.)/g, '$1');
    directives.set(name, arg);
  }
  return directives;
}

/**
 * A delta-seconds argument (`max-age=60`). A malformed or missing argument counts as 0, which makes
 * the response stale rather than fresh for an unknown time (RFC 9111 §1.2.2).
 */
export function deltaSeconds(directives: Directives, name: string): number | undefined {
  const arg = directives.get(name);
  if (arg === undefined) return undefined;
  if (arg === true || !/^\d+$/.test(arg)) return 0;
  return Math.min(Number(arg), 2 ** 31);
}

/** An HTTP-date in seconds since the epoch, or undefined when it does not parse. */
export function parseHttpDate(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms / 1000;
}

/** Why a response may not be stored, or undefined when it may. */
export function refuseToStore(input: {
  method: string;
  status: number;
  headers: HeaderPairs;
  requestHeaders: HeaderPairs;
}): string | undefined {
  const { method, status, headers, requestHeaders } = input;
  if (method !== 'GET' && method !== 'HEAD') return `method ${method}`;
  const requestCc = parseCacheControl(headerValue(requestHeaders, 'cache-control'));
  if (requestCc.has('no-store')) return 'request no-store';
  const cc = parseCacheControl(headerValue(headers, 'cache-control'));
  if (cc.has('no-store')) return 'no-store';
  // A shared cache must not keep what the origin marked as meant for one user.
  if (cc.has('private')) return 'private';
  if (status === 206 || status === 304 || status >= 500 || status < 200) return `status ${status}`;
  const vary = varyNames(headers);
  if (vary === '*') return 'Vary: *';
  const explicitlyShared = cc.has('public') || cc.has('s-maxage') || cc.has('must-revalidate');
  if (headerValue(requestHeaders, 'authorization') !== undefined && !explicitlyShared) return 'request has Authorization';
  // Serving one user's cookie to everyone is the classic shared-cache accident; only `public` opts in.
  if (headerValue(headers, 'set-cookie') !== undefined && !cc.has('public')) return 'Set-Cookie';
  if (!HEURISTICALLY_CACHEABLE.has(status) && !hasExplicitLifetime(headers)) return `status ${status} without explicit freshness`;
  return undefined;
}

function hasExplicitLifetime(headers: HeaderPairs): boolean {
  const cc = parseCacheControl(headerValue(headers, 'cache-control'));
  return cc.has('s-maxage') || cc.has('max-age') || headerValue(headers, 'expires') !== undefined;
}

/**
 * Freshness lifetime in seconds (RFC 9111 §4.2.1): s-maxage, then max-age, then Expires − Date,
 * else `defaultTtl` (this proxy's heuristic, `--ttl`) for heuristically cacheable statuses, else 0.
 */
export function freshnessLifetime(headers: HeaderPairs, status: number, responseTime: number, defaultTtl: number): number {
  const cc = parseCacheControl(headerValue(headers, 'cache-control'));
  const shared = deltaSeconds(cc, 's-maxage');
  if (shared !== undefined) return shared;
  const maxAge = deltaSeconds(cc, 'max-age');
  if (maxAge !== undefined) return maxAge;
  const expiresHeader = headerValue(headers, 'expires');
  if (expiresHeader !== undefined) {
    const expires = parseHttpDate(expiresHeader);
    // An invalid Expires (often "0" or "-1") means "already expired".
    if (expires === undefined) return 0;
    const date = parseHttpDate(headerValue(headers, 'date')) ?? responseTime / 1000;
    return Math.max(0, expires - date);
  }
  return HEURISTICALLY_CACHEABLE.has(status) ? defaultTtl : 0;
}

/**
 * The age the response already had when it arrived (RFC 9111 §4.2.3 corrected_initial_age), in
 * seconds. Times are epoch milliseconds of sending the request and receiving the response.
 */
export function initialAge(headers: HeaderPairs, requestTime: number, responseTime: number): number {
  const date = parseHttpDate(headerValue(headers, 'date'));
  // Date is truncated to whole seconds, so the response may have left the origin up to 1 s after it;
  // taking that into account keeps a fresh max-age=1 response from looking stale on arrival.
  const apparentAge = date === undefined ? 0 : Math.max(0, responseTime / 1000 - date - 1);
  const ageValue = Number(headerValue(headers, 'age') ?? 0);
  const responseDelay = (responseTime - requestTime) / 1000;
  const correctedAge = (Number.isFinite(ageValue) && ageValue > 0 ? ageValue : 0) + responseDelay;
  return Math.max(apparentAge, correctedAge);
}

/** The response's `Vary` as sorted lowercase field names, or '*' when it varies on everything. */
export function varyNames(headers: HeaderPairs): string[] | '*' {
  const value = headerValue(headers, 'vary');
  if (value === undefined) return [];
  const names = new Set<string>();
  for (const token of value.split(',')) {
    const name = token.trim().toLowerCase();
    if (name === '*') return '*';
    if (name) names.add(name);
  }
  return [...names].sort();
}

/**
 * The request's values of the varied fields, normalised so that spacing around commas and repeated
 * lines do not create separate cache entries; null marks an absent field (distinct from empty).
 */
export function varyValues(names: readonly string[], requestHeaders: HeaderPairs): Array<string | null> {
  return names.map((name) => {
    const value = headerValue(requestHeaders, name);
    if (value === undefined) return null;
    return value
      .split(',')
      .map((v) => v.trim().replace(/\s+/g, ' '))
      .join(',');
  });
}

/** A stored response as far as freshness decisions need it. */
export interface FreshnessFacts {
  headers: HeaderPairs;
  /** Freshness lifetime in seconds. */
  lifetime: number;
  /** Current age in seconds. */
  age: number;
}

/** Whether the response itself demands validation before every reuse (`no-cache`, RFC 9111 §5.2.2.4). */
export function requiresValidation(headers: HeaderPairs): boolean {
  return parseCacheControl(headerValue(headers, 'cache-control')).has('no-cache');
}

/**
 * Whether a stored response may answer a request without asking the origin: fresh, not marked
 * no-cache, and within the request's own limits (max-age, min-fresh, max-stale).
 */
export function usableWithoutValidation(entry: FreshnessFacts, requestCc: Directives): boolean {
  if (requiresValidation(entry.headers)) return false;
  const requestMaxAge = deltaSeconds(requestCc, 'max-age');
  if (requestMaxAge !== undefined && entry.age > requestMaxAge) return false;
  const minFresh = deltaSeconds(requestCc, 'min-fresh');
  const remaining = entry.lifetime - entry.age;
  if (minFresh !== undefined && remaining < minFresh) return false;
  if (remaining > 0) return true;
  // max-stale lets a client accept staleness, unless the origin forbade serving it stale.
  if (!requestCc.has('max-stale') || forbidsStale(entry.headers)) return false;
  const maxStale = requestCc.get('max-stale');
  return maxStale === true || -remaining <= (deltaSeconds(requestCc, 'max-stale') ?? 0);
}

function forbidsStale(headers: HeaderPairs): boolean {
  const cc = parseCacheControl(headerValue(headers, 'cache-control'));
  // s-maxage carries proxy-revalidate semantics for shared caches (RFC 9111 §5.2.2.10).
  return cc.has('no-cache') || cc.has('must-revalidate') || cc.has('proxy-revalidate') || cc.has('s-maxage');
}

/**
 * Whether a stale response may stand in for an origin that failed. The origin's own
 * `stale-if-error=N` (RFC 5861) decides when present; otherwise no-cache, must-revalidate,
 * proxy-revalidate and s-maxage forbid it, and the proxy's `--stale-if-error` window applies.
 */
export function staleUsableOnError(entry: FreshnessFacts, requestCc: Directives, defaultWindow: number): boolean {
  if (requestCc.has('no-cache')) return false;
  const staleness = Math.max(0, entry.age - entry.lifetime);
  const cc = parseCacheControl(headerValue(entry.headers, 'cache-control'));
  const originWindow = deltaSeconds(cc, 'stale-if-error');
  if (originWindow !== undefined) return staleness <= originWindow;
  if (forbidsStale(entry.headers)) return false;
  return staleness <= defaultWindow;
}

/** True when the request's Cache-Control (or, lacking one, `Pragma: no-cache`) asks to skip the cache. */
export function requestBypassesCache(requestHeaders: HeaderPairs): boolean {
  const cc = headerValue(requestHeaders, 'cache-control');
  if (cc === undefined) return /(^|,)\s*no-cache\s*(,|$)/i.test(headerValue(requestHeaders, 'pragma') ?? '');
  return parseCacheControl(cc).has('no-cache');
}

function opaqueTag(tag: string): string {
  return tag.trim().replace(/^W\//, '');
}

/**
 * Whether the client's own conditional request (If-None-Match, else If-Modified-Since) matches the
 * stored response, so that a 304 answers it (RFC 9110 §13.1). ETags compare weakly, as GET allows.
 */
export function clientConditionMatches(requestHeaders: HeaderPairs, stored: HeaderPairs): boolean {
  const ifNoneMatch = headerValue(requestHeaders, 'if-none-match');
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch.trim() === '*') return true;
    const etag = headerValue(stored, 'etag');
    if (etag === undefined) return false;
    return splitList(ifNoneMatch).some((tag) => opaqueTag(tag) === opaqueTag(etag));
  }
  const since = parseHttpDate(headerValue(requestHeaders, 'if-modified-since'));
  const lastModified = parseHttpDate(headerValue(stored, 'last-modified'));
  return since !== undefined && lastModified !== undefined && lastModified <= since;
}

/** Fields a 304 carries from the stored response (RFC 9110 §15.4.5). */
export const NOT_MODIFIED_FIELDS = new Set(['cache-control', 'content-location', 'date', 'etag', 'expires', 'vary', 'last-modified']);

/**
 * Applies the fields of a 304 to the stored ones (RFC 9111 §3.2): each field the 304 carries
 * replaces the stored field of that name; framing fields of the stored body are kept.
 */
export function mergeNotModified(stored: HeaderPairs, update: HeaderPairs): HeaderPairs {
  const keep = new Set(['content-length', 'content-encoding', 'content-type', 'content-range']);
  const replaced = new Set(update.map(([n]) => n.toLowerCase()).filter((n) => !keep.has(n)));
  return [...stored.filter(([n]) => !replaced.has(n.toLowerCase())), ...update.filter(([n]) => replaced.has(n.toLowerCase()))];
}
