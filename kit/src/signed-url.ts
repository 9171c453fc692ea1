/**
 * Signed URLs: a path and its query parameters, an expiry and an HMAC-SHA256 over all of them, so a
 * service can hand out a link (an upload target, a transformed image, a download) that works without
 * a session and stops working when it expires or when one character of it is changed. The signature
 * covers the path and every parameter except `sig` itself, in a canonical order, so a client cannot
 * add, drop or reorder parameters. One secret per purpose is derived from URL_SIGNING_SECRET, so an
 * upload link never verifies as a download link.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from './config';

/** Why a URL was refused: answer 403 for `bad-signature` and `missing`, 410 (or 403) for `expired`. */
export type SignedUrlProblem = 'missing' | 'bad-signature' | 'expired';

export type SignedUrlCheck = { ok: true; params: Record<string, string>; expiresAt: Date } | { ok: false; problem: SignedUrlProblem };

/** The settings a signer is made from (a subgraph's config has them). */
export interface SignerSettings {
  NODE_ENV: string;
  DATA_DIR: string;
  URL_SIGNING_SECRET?: string;
}

const SIG = 'sig';
const EXPIRES = 'exp';

/** The bytes that are signed: the path, then every parameter but `sig`, sorted, URL-encoded. */
function canonical(path: string, params: Record<string, string>): string {
  const pairs = Object.keys(params)
    .filter((k) => k !== SIG)
    .sort()
    .map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(params[k] ?? '')}`);
  return `${path}?${pairs.join('&')}`;
}

/** Signs and checks URLs for one purpose with one secret. */
export class UrlSigner {
  private readonly key: Buffer;

  constructor(secret: Buffer | string, purpose: string) {
    this.key = createHmac('sha256', secret).update(`hubgraph-url:${purpose}`).digest();
  }

  private mac(path: string, params: Record<string, string>): Buffer {
    return createHmac('sha256', this.key).update(canonical(path, params)).digest();
  }

  /**
   * `path?params&exp=…&sig=…`: valid until `expiresAt`. `path` is the path the client will request
   * (what {@link verify} is given back), without host, so the same link works behind any proxy.
   */
  sign(path: string, params: Record<string, string>, expiresAt: Date): string {
    const all = { ...params, [EXPIRES]: String(Math.floor(expiresAt.getTime() / 1000)) };
    const sig = this.mac(path, all).toString('base64url');
    const query = new URLSearchParams({ ...all, [SIG]: sig });
    return `${path}?${query.toString()}`;
  }

  /** Checks a request's path and query: a valid, unexpired signature gives its parameters back. */
  verify(path: string, query: URLSearchParams, now: Date): SignedUrlCheck {
    const sig = query.get(SIG);
    const exp = query.get(EXPIRES);
    if (!sig || !exp) return { ok: false, problem: 'missing' };
    const params: Record<string, string> = {};
    for (const [k, v] of query) {
      // A repeated parameter could mean different things to the signer and the reader: refuse it.
      if (k in params) return { ok: false, problem: 'bad-signature' };
      params[k] = v;
    }
    // Compared as text: decoding first would accept other spellings of the same bytes (the last
    // character of 32 bytes in base64url carries two unused bits, so `…A` and `…B` decode alike).
    const given = Buffer.from(sig, 'utf8');
    const expected = Buffer.from(this.mac(path, params).toString('base64url'), 'utf8');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, problem: 'bad-signature' };
    const expiresAt = new Date(Number(exp) * 1000);
    if (!Number.isFinite(expiresAt.getTime()) || expiresAt.getTime() <= now.getTime()) return { ok: false, problem: 'expired' };
    delete params[SIG];
    delete params[EXPIRES];
    return { ok: true, params, expiresAt };
  }
}

const developmentSecrets = new Map<string, Buffer>();

/**
 * The signer for `purpose` from a subgraph's settings. URL_SIGNING_SECRET (≥ 32 characters, the same
 * on every replica) is required in production; elsewhere a random secret is kept in
 * `DATA_DIR/.url-signing-secret`, so links survive a restart and every process on the machine agrees.
 */
export function urlSigner(settings: SignerSettings, purpose: string): UrlSigner {
  if (settings.URL_SIGNING_SECRET) return new UrlSigner(settings.URL_SIGNING_SECRET, purpose);
  if (settings.NODE_ENV === 'production') {
    throw new ConfigError(['URL_SIGNING_SECRET: required in production (at least 32 random characters, the same on every replica)']);
  }
  let secret = developmentSecrets.get(settings.DATA_DIR);
  if (!secret) {
    const file = join(settings.DATA_DIR, '.url-signing-secret');
    try {
      secret = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
    } catch {
      mkdirSync(settings.DATA_DIR, { recursive: true });
      const fresh = randomBytes(32).toString('base64url');
      try {
        writeFileSync(file, fresh, { flag: 'wx', mode: 0o600 });
      } catch {
        // Another process wrote it first: use theirs.
      }
      secret = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
    }
    developmentSecrets.set(settings.DATA_DIR, secret);
  }
  return new UrlSigner(secret, purpose);
}
