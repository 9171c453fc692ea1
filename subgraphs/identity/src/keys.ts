import { SignJWT, exportJWK, generateKeyPair, importJWK, type JWK, type KeyLike } from 'jose';
import { conflict, newId, type Em, type TenantRole } from '../../../kit';
import { SigningKey, type SigningKeyRow } from './entities';

export const ACCESS_TOKEN_ISSUER = 'hubgraph-identity';
export const ACCESS_TOKEN_AUDIENCE = 'hubgraph';
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
/**
 * How long a retired key stays in the JWKS: twice the token lifetime. A token signed just before
 * retirement (or by a replica that has not noticed the rotation yet, see ACTIVE_KEY_CACHE_MS) is then
 * verifiable for its whole life.
 */
export const RETIRED_KEY_PUBLISHED_MS = 2 * ACCESS_TOKEN_TTL_SECONDS * 1000;
/** How long a process signs with the active key it read before reading the newest one again. */
export const ACTIVE_KEY_CACHE_MS = 60_000;
const ALG = 'ES256';

export interface AccessClaims {
  userId: string;
  roles: string[];
  /**
   * The user's tenant memberships, tenant id → role, oldest first. The token carries them as `ten`,
   * and the oldest as `tid`, the tenant a request acts in when it names none.
   */
  tenants?: Record<string, TenantRole>;
  /** The session (refresh-token family) the token belongs to, if any. */
  sessionId: string | null;
}

/** What a rotation did: the key that signs from now on, the one it replaced, and the next one published. */
export interface KeyRotation {
  kid: string;
  previousKid: string | null;
  nextKid: string;
}

interface CachedKey {
  kid: string;
  key: KeyLike | Uint8Array;
  loadedAt: number;
}

const activeWhere = { activatedAt: { $ne: null }, retiredAt: null } as const;
const nextWhere = { activatedAt: null, retiredAt: null } as const;

/**
 * Access-token signing keys, kept in identity's own database so that every identity replica signs
 * with the same key and the router can verify through the JWKS endpoint.
 *
 * There is always one *active* key (signs) and one *next* key (published, not yet signing). Rotation
 * retires the active key, activates the next one and publishes a fresh next key. Verifiers that cached
 * the JWKS before the rotation therefore already hold the newly active key, so no token is refused while
 * caches catch up; retired keys stay published for {@link RETIRED_KEY_PUBLISHED_MS}.
 *
 * Each process caches the active private key for {@link ACTIVE_KEY_CACHE_MS}, per database (keyed on
 * the ORM driver, so two stacks in one process do not share keys); a rotation made by another replica
 * is picked up when the cache expires.
 */
export class KeyStore {
  private readonly cache = new WeakMap<object, CachedKey>();
  private readonly loading = new WeakMap<object, Promise<CachedKey>>();
  private readonly activeKeyCacheMs: number;

  /** `activeKeyCacheMs` (default {@link ACTIVE_KEY_CACHE_MS}) bounds how stale this process's view of the active key may be. */
  constructor(options: { activeKeyCacheMs?: number } = {}) {
    this.activeKeyCacheMs = options.activeKeyCacheMs ?? ACTIVE_KEY_CACHE_MS;
  }

  private async createKey(em: Em, activatedAt: Date | null): Promise<SigningKeyRow> {
    const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
    const kid = newId();
    const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: ALG, use: 'sig' };
    const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: ALG };
    const row = em.create(SigningKey, { kid, alg: ALG, publicJwk, privateJwk, activatedAt, retiredAt: null });
    await em.flush();
    return row;
  }

  /**
   * Makes sure an active and a next key exist; returns the active one. Two replicas starting at once
   * may both create a key; that is harmless (both are published, the newest active one signs).
   */
  async ensureKey(em: Em): Promise<SigningKeyRow> {
    let active = await em.findOne(SigningKey, activeWhere, { orderBy: { activatedAt: 'desc', createdAt: 'desc' } });
    if (!active) {
      // A next key is already published: promote it rather than sign with an unpublished key.
      const next = await em.findOne(SigningKey, nextWhere, { orderBy: { createdAt: 'asc' } });
      if (
        next &&
        (await em.nativeUpdate(SigningKey, { id: next.id, activatedAt: null }, { activatedAt: new Date(), updatedAt: new Date() }))
      ) {
        active = await em.findOneOrFail(SigningKey, { id: next.id }, { refresh: true });
      } else {
        active = await this.createKey(em, new Date());
      }
    }
    if (!(await em.count(SigningKey, nextWhere))) await this.createKey(em, null);
    return active;
  }

  private async activeKey(em: Em): Promise<CachedKey> {
    const scope = em.getDriver();
    const cached = this.cache.get(scope);
    if (cached && Date.now() - cached.loadedAt < this.activeKeyCacheMs) return cached;
    let pending = this.loading.get(scope);
    if (!pending) {
      pending = (async () => {
        const row = await this.ensureKey(em.fork());
        const fresh = { kid: row.kid, key: await importJWK(row.privateJwk, ALG), loadedAt: Date.now() };
        this.cache.set(scope, fresh);
        return fresh;
      })().finally(() => this.loading.delete(scope));
      this.loading.set(scope, pending);
    }
    return pending;
  }

  /**
   * Signs a 15-minute access token with the active key. The `jti` names the token, so a future
   * denylist can refuse one token before its `exp`; `sid` names its session.
   */
  async sign(em: Em, claims: AccessClaims): Promise<{ token: string; expiresAt: Date }> {
    const active = await this.activeKey(em);
    const expiresAt = new Date(Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000);
    const tenants = claims.tenants ?? {};
    const token = await new SignJWT({
      roles: claims.roles,
      tid: Object.keys(tenants)[0] ?? null,
      ten: tenants,
      ...(claims.sessionId ? { sid: claims.sessionId } : {}),
    })
      .setProtectedHeader({ alg: ALG, kid: active.kid, typ: 'at+jwt' })
      .setSubject(claims.userId)
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .setJti(newId())
      .sign(active.key);
    return { token, expiresAt };
  }

  /**
   * Retires the active key, activates the published next key and publishes a fresh next key, in one
   * transaction. Two rotations racing each other: one wins, the other gets CONFLICT.
   */
  async rotate(em: Em): Promise<KeyRotation> {
    await this.ensureKey(em.fork());
    const result = await em.transactional(async (tx) => {
      const previous = await tx.findOne(SigningKey, activeWhere, { orderBy: { activatedAt: 'desc', createdAt: 'desc' } });
      const next = await tx.findOne(SigningKey, nextWhere, { orderBy: { createdAt: 'asc' } });
      if (!previous || !next) throw conflict('The signing keys changed during rotation; retry.');
      const now = new Date();
      // Conditional updates: a concurrent rotation has already changed one of these rows if they touch nothing.
      const retired = await tx.nativeUpdate(SigningKey, { id: previous.id, retiredAt: null }, { retiredAt: now, updatedAt: now });
      const activated = await tx.nativeUpdate(
        SigningKey,
        { id: next.id, activatedAt: null, retiredAt: null },
        { activatedAt: now, updatedAt: now },
      );
      if (retired !== 1 || activated !== 1) throw conflict('Another rotation is in progress; retry.');
      // Any other key still marked active (two replicas created one at first start) retires as well.
      await tx.nativeUpdate(SigningKey, { ...activeWhere, id: { $ne: next.id } }, { retiredAt: now, updatedAt: now });
      const fresh = await this.createKey(tx, null);
      return { kid: next.kid, previousKid: previous.kid, nextKid: fresh.kid };
    });
    // This process signs with the new key at once; other replicas within ACTIVE_KEY_CACHE_MS.
    this.cache.delete(em.getDriver());
    return result;
  }

  /** The public keys as a JWK Set: the active key, the next key, and retired keys whose tokens may still be alive. */
  async jwks(em: Em): Promise<{ keys: JWK[] }> {
    const since = new Date(Date.now() - RETIRED_KEY_PUBLISHED_MS);
    const rows = await em.find(
      SigningKey,
      { $or: [{ retiredAt: null }, { retiredAt: { $gt: since } }] },
      { orderBy: { createdAt: 'desc' }, fields: ['publicJwk'] },
    );
    return { keys: rows.map((r) => r.publicJwk) };
  }
}
