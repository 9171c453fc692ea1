import { isIP } from 'node:net';

/** Whether a host is loopback, private, link-local or otherwise not on the public internet (SSRF guard). */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal') || host.endsWith('.local')) return true;
  const family = isIP(host);
  if (family === 4) {
    const [a, b] = host.split('.').map(Number) as [number, number];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  if (family === 6) {
    return host === '::1' || host === '::' || /^f[cd]/.test(host) || /^fe[89ab]/.test(host) || host.startsWith('::ffff:');
  }
  return false;
}

/**
 * Checks an origin URL: http(s), no credentials, query or fragment, at most 2,048 characters, and a
 * public host unless `allowPrivate`. Returns the URL without a trailing slash, or why it is refused.
 */
export function checkOrigin(raw: string, allowPrivate: boolean): { url: string } | { problem: string } {
  const text = raw.trim();
  if (!text) return { problem: 'Origin URL is required.' };
  if (text.length > 2048) return { problem: 'Origin URL must be at most 2,048 characters.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { problem: 'Origin URL is not a valid URL.' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { problem: 'Origin URL must use http or https.' };
  if (url.username || url.password) return { problem: 'Origin URL must not contain credentials.' };
  if (url.search || url.hash || text.includes('?') || text.includes('#')) {
    return { problem: 'Origin URL must not have a query or a fragment.' };
  }
  if (!allowPrivate && isPrivateHost(url.hostname)) {
    return { problem: 'Origin URL must point to a public host (loopback and private addresses are not allowed here).' };
  }
  return { url: url.toString().replace(/\/$/, '') };
}
