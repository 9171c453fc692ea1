import { createHash, randomBytes } from 'node:crypto';

/** Bytes of randomness in every opaque token identity hands out (refresh, reset, verification): 256 bits. */
export const OPAQUE_TOKEN_BYTES = 32;

/**
 * A new opaque bearer token: 256 random bits, base64url (43 characters). Only its {@link hashToken}
 * is stored, so a copy of the database cannot be replayed as credentials.
 */
export function newOpaqueToken(): string {
  return randomBytes(OPAQUE_TOKEN_BYTES).toString('base64url');
}

/**
 * The stored form of an opaque token: lower-case hex SHA-256. A fast hash is enough (unlike for
 * passwords) because the input has 256 bits of entropy; nothing can be guessed offline.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether `value` can be a token from {@link newOpaqueToken}; anything else is refused before a lookup. */
export function looksLikeOpaqueToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
