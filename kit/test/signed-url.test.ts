import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../src/config';
import { UrlSigner, urlSigner } from '../src/signed-url';

const now = new Date('2026-12-04T10:00:00Z');
const later = new Date('2026-12-04T10:10:00Z');

function check(signer: UrlSigner, link: string, at = now) {
  const url = new URL(link, 'http://host');
  return signer.verify(url.pathname, url.searchParams, at);
}

describe('signed URLs', () => {
  const signer = new UrlSigner('a'.repeat(32), 'download');

  it('gives the parameters back for an untouched, unexpired link', () => {
    const link = signer.sign('/files/a%20b.png', { w: '100', fmt: 'webp' }, later);
    expect(check(signer, link)).toEqual({ ok: true, params: { w: '100', fmt: 'webp' }, expiresAt: new Date('2026-12-04T10:10:00Z') });
  });

  it('refuses a changed parameter, path, added parameter, repeated parameter or other purpose', () => {
    const link = signer.sign('/files/x', { w: '100' }, later);
    expect(check(signer, link.replace('w=100', 'w=101'))).toEqual({ ok: false, problem: 'bad-signature' });
    expect(check(signer, link.replace('/files/x', '/files/y'))).toEqual({ ok: false, problem: 'bad-signature' });
    expect(check(signer, `${link}&h=5`)).toEqual({ ok: false, problem: 'bad-signature' });
    expect(check(signer, `${link}&w=100`)).toEqual({ ok: false, problem: 'bad-signature' });
    expect(check(new UrlSigner('a'.repeat(32), 'upload'), link)).toEqual({ ok: false, problem: 'bad-signature' });
    expect(check(signer, '/files/x?w=100')).toEqual({ ok: false, problem: 'missing' });
  });

  it('refuses another spelling of the same signature bytes', () => {
    const link = signer.sign('/files/x', { w: '100' }, later);
    const sig = new URL(link, 'http://host').searchParams.get('sig')!;
    // 32 bytes in base64url: the last character's two low bits are unused, so flipping its lowest bit
    // gives text that decodes to the very same bytes.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const twin = sig.slice(0, -1) + alphabet[alphabet.indexOf(sig.at(-1)!) ^ 1];
    expect(Buffer.from(twin, 'base64url')).toEqual(Buffer.from(sig, 'base64url'));
    expect(check(signer, link.replace(sig, twin))).toEqual({ ok: false, problem: 'bad-signature' });
  });

  it('refuses an expired link', () => {
    const link = signer.sign('/files/x', {}, later);
    expect(check(signer, link, new Date(later.getTime() + 1000))).toEqual({ ok: false, problem: 'expired' });
  });

  it('needs URL_SIGNING_SECRET in production and shares one development secret per data directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'signer-'));
    expect(() => urlSigner({ NODE_ENV: 'production', DATA_DIR: dir }, 'x')).toThrow(ConfigError);
    const link = urlSigner({ NODE_ENV: 'development', DATA_DIR: dir }, 'x').sign('/p', {}, later);
    expect(check(urlSigner({ NODE_ENV: 'test', DATA_DIR: dir }, 'x'), link).ok).toBe(true);
    const other = mkdtempSync(join(tmpdir(), 'signer-'));
    expect(check(urlSigner({ NODE_ENV: 'test', DATA_DIR: other }, 'x'), link).ok).toBe(false);
  });
});
