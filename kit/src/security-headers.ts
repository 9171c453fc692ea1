import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';

/**
 * The security headers every HTTP answer of the router and of every subgraph carries, after the
 * OWASP Secure Headers Project's recommendations (https://owasp.org/www-project-secure-headers/,
 * `ci/headers_add.json`). The kit's request listener sets them before any handler runs, so a route
 * that needs something else (an HTML page with its own policy, an image other sites may embed)
 * overrides a header by setting it again; through the router's public paths the subgraph's values
 * win over the router's.
 *
 * Two deliberate departures from the OWASP list:
 * - `Cross-Origin-Embedder-Policy: require-corp` is left out: it would stop Apollo Sandbox (an
 *   iframe from Apollo's CDN) and media a page embeds from elsewhere, and protects nothing on an API.
 * - `Cache-Control` is not forced to `no-store`: GraphQL answers carry the cache policy the schema
 *   computed (`@cacheControl`), plain routes set their own, and Apollo sends `no-store` otherwise.
 */
export interface SecurityHeaderOptions {
  /** Send Strict-Transport-Security (production: browsers then refuse plain HTTP for two years). */
  hsts: boolean;
}

/** For answers that are data, not pages: nothing may load, run or frame it. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export const HSTS_VALUE = 'max-age=63072000; includeSubDomains';

const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'payment',
  'publickey-credentials-get',
  'usb',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** The headers, as `[name, value]` pairs, for the options given. */
export function securityHeaders(options: SecurityHeaderOptions): [string, string][] {
  const headers: [string, string][] = [
    ['x-content-type-options', 'nosniff'],
    ['x-frame-options', 'DENY'],
    ['referrer-policy', 'no-referrer'],
    ['content-security-policy', API_CONTENT_SECURITY_POLICY],
    ['cross-origin-opener-policy', 'same-origin'],
    ['cross-origin-resource-policy', 'same-origin'],
    ['x-permitted-cross-domain-policies', 'none'],
    ['permissions-policy', PERMISSIONS_POLICY],
  ];
  if (options.hsts) headers.push(['strict-transport-security', HSTS_VALUE]);
  return headers;
}

/** Sets the headers on a response (the kit's request listener calls it first thing). */
export function applySecurityHeaders(res: ServerResponse, headers: [string, string][]): void {
  for (const [name, value] of headers) res.setHeader(name, value);
}

/** A CSP source expression for an inline `<script>` or `<style>` body: `'sha256-…'`. */
export function cspHash(inline: string): string {
  return `'sha256-${createHash('sha256').update(inline, 'utf8').digest('base64')}'`;
}

/** What an HTML page may load, beyond nothing. */
export interface PagePolicy {
  /** script-src sources (`'self'`, a CDN origin, {@link cspHash} of an inline script). */
  scripts?: string[];
  /** style-src sources. */
  styles?: string[];
  /** img-src sources. */
  images?: string[];
  /** connect-src sources (fetch, WebSocket). */
  connect?: string[];
  /** frame-src sources. */
  frames?: string[];
  /** font-src sources. */
  fonts?: string[];
}

/**
 * A strict Content-Security-Policy for an HTML page: `default-src 'none'` and only the sources the
 * page names; never framed by another site, no `<base>` or form posts elsewhere.
 */
export function pageContentSecurityPolicy(policy: PagePolicy): string {
  const directives = ["default-src 'none'"];
  const add = (name: string, sources: string[] | undefined) => {
    if (sources?.length) directives.push(`${name} ${sources.join(' ')}`);
  };
  add('script-src', policy.scripts);
  add('style-src', policy.styles);
  add('img-src', policy.images);
  add('connect-src', policy.connect);
  add('frame-src', policy.frames);
  add('font-src', policy.fonts);
  directives.push("frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'");
  return directives.join('; ');
}
