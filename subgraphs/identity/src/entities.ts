import type { JWK } from 'jose';
import { baseProperties, defineEntity, p, type InferEntity } from '../../../kit';

/** An account. `passwordHash` is an argon2id PHC string; `roles` are global roles. */
export const User = defineEntity({
  name: 'User',
  tableName: 'users',
  properties: {
    ...baseProperties(),
    email: p.string().length(254).unique(),
    displayName: p.string().length(80),
    passwordHash: p.string().length(255).hidden(),
    roles: p.json<string[]>(),
  },
});
export type UserRow = InferEntity<typeof User>;

/**
 * An asymmetric key that signs access tokens. The newest unretired key signs; every key published in
 * the JWKS verifies, so rotation never invalidates tokens that are still inside their lifetime.
 */
export const SigningKey = defineEntity({
  name: 'SigningKey',
  tableName: 'signing_keys',
  properties: {
    ...baseProperties(),
    kid: p.string().length(64).unique(),
    alg: p.string().length(16),
    privateJwk: p.json<JWK>().hidden(),
    publicJwk: p.json<JWK>(),
    retiredAt: p.datetime(3).nullable(),
  },
});
export type SigningKeyRow = InferEntity<typeof SigningKey>;

export const entities = [User, SigningKey];
