/** Request headers a response may Vary on and still be cached; any other Vary makes it uncacheable. */
export const VARY_ALLOW_LIST = ['accept', 'accept-encoding', 'accept-language'] as const;

export interface Storability {
  store: boolean;
  /** Freshness lifetime in ms once stored. */
  ttlMs: number;
}

function directives(cacheControl: string | undefined): Map<string, string | true> {
  const out = new Map<string, string | true>();
  for (const part of (cacheControl ?? '').split(',')) {
    const [rawName, ...rest] = part.trim().split('=');
    const name = rawName?.trim().toLowerCase();
    if (!name) continue;
    out.set(name, rest.length ? rest.join('=').trim().replace(/^"|"$/g, '') : true);
  }
  return out;
}

function seconds(value: string | true | undefined): number | undefined {
  if (typeof value !== 'string' || !/^\d{1,10}$/.test(value)) return undefined;
  return Number(value);
}

/**
 * Shared-cache storability (RFC 9111): no-store and private are not stored; no-cache is stored but
 * always revalidated; s-maxage wins over max-age, which wins over Expires - Date; Age is subtracted.
 */
export function storability(status: number, headers: Record<string, string>, now: number): Storability {
  if (![200, 203, 204, 300, 301, 404, 410].includes(status)) return { store: false, ttlMs: 0 };
  const cc = directives(headers['cache-control']);
  if (cc.has('no-store') || cc.has('private')) return { store: false, ttlMs: 0 };
  const vary = (headers['vary'] ?? '')
    .split(',')
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  if (vary.some((v) => !(VARY_ALLOW_LIST as readonly string[]).includes(v))) return { store: false, ttlMs: 0 };
  const age = seconds(headers['age']) ?? 0;
  let lifetime = seconds(cc.get('s-maxage')) ?? seconds(cc.get('max-age'));
  if (lifetime === undefined && headers['expires']) {
    const expires = Date.parse(headers['expires']);
    const date = headers['date'] ? Date.parse(headers['date']) : now;
    lifetime = Number.isNaN(expires) ? 0 : Math.max(0, Math.floor((expires - (Number.isNaN(date) ? now : date)) / 1000));
  }
  if (lifetime === undefined) return { store: false, ttlMs: 0 };
  const ttlMs = cc.has('no-cache') ? 0 : Math.max(0, lifetime - age) * 1000;
  return { store: true, ttlMs };
}

/** Surrogate keys of a response (Surrogate-Key space-separated, Cache-Tag comma-separated), bounded. */
export function surrogateTags(headers: Record<string, string>): string[] {
  const raw = `${headers['surrogate-key'] ?? ''} ${(headers['cache-tag'] ?? '').replace(/,/g, ' ')}`;
  return [...new Set(raw.split(/\s+/).filter((t) => t.length > 0 && t.length <= 128))].slice(0, 32);
}
