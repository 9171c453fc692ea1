import { SignJWT, exportJWK, generateKeyPair, importJWK, type JWK, type KeyLike } from 'jose';
import { newId, type Em } from '../../../kit';
import { SigningKey, type SigningKeyRow } from './entities';

export const ACCESS_TOKEN_ISSUER = 'hubgraph-identity';
export const ACCESS_TOKEN_AUDIENCE = 'hubgraph';
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ALG = 'ES256';

export interface AccessClaims {
  userId: string;
  roles: string[];
  tenantId: string | null;
}

/**
 * Access-token signing keys, kept in identity's own database so that every identity replica signs
 * with the same key and the router can verify through the JWKS endpoint. The first start creates an
 * ES256 key; later rotation adds a key and retires the old one (still published until its tokens expire).
 */
export class KeyStore {
  private active?: { kid: string; key: KeyLike | Uint8Array };

  /** Makes sure one unretired key exists; returns it. Safe to call from several replicas at once. */
  async ensureKey(em: Em): Promise<SigningKeyRow> {
    const existing = await em.findOne(SigningKey, { retiredAt: null }, { orderBy: { createdAt: 'desc' } });
    if (existing) return existing;
    const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
    const kid = newId();
    const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: ALG, use: 'sig' };
    const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: ALG };
    const row = em.create(SigningKey, { kid, alg: ALG, publicJwk, privateJwk, retiredAt: null });
    await em.flush();
    return row;
  }

  /** Signs a 15-minute access token with the newest key. */
  async sign(em: Em, claims: AccessClaims): Promise<{ token: string; expiresAt: Date }> {
    if (!this.active) {
      const row = await this.ensureKey(em);
      this.active = { kid: row.kid, key: await importJWK(row.privateJwk, ALG) };
    }
    const expiresAt = new Date(Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000);
    const token = await new SignJWT({ roles: claims.roles, tid: claims.tenantId })
      .setProtectedHeader({ alg: ALG, kid: this.active.kid, typ: 'at+jwt' })
      .setSubject(claims.userId)
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .setJti(newId())
      .sign(this.active.key);
    return { token, expiresAt };
  }

  /** The public keys as a JWK Set: current key and retired keys whose tokens may still be alive. */
  async jwks(em: Em): Promise<{ keys: JWK[] }> {
    const since = new Date(Date.now() - ACCESS_TOKEN_TTL_SECONDS * 1000 * 2);
    const rows = await em.find(SigningKey, { $or: [{ retiredAt: null }, { retiredAt: { $gt: since } }] }, { orderBy: { createdAt: 'desc' }, fields: ['publicJwk'] });
    return { keys: rows.map((r) => r.publicJwk) };
  }
}
