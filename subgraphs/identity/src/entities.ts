import type { JWK } from 'jose';
import { TENANT_ROLES, baseProperties, defineEntity, p, tenantRegistryEntity, type InferEntity } from '../../../kit';
import { OAuthIdentity, OAuthState } from './oauth/entities';

/**
 * An account. `passwordHash` is an argon2id PHC string; `roles` are global roles. `emailVerified`
 * turns true once the holder follows a link mailed to `email` (verification or password reset).
 */
export const User = defineEntity({
  name: 'User',
  tableName: 'users',
  properties: {
    ...baseProperties(),
    email: p.string().length(254).unique(),
    displayName: p.string().length(80),
    /**
     * Null for accounts created through an OAuth provider that never set a password (the type says
     * string: MikroORM's hidden() brand cannot be combined with null in the inferred type).
     */
    passwordHash: p.string().length(255).hidden().nullable(),
    roles: p.json<string[]>(),
    emailVerified: p.boolean().default(false),
  },
});
export type UserRow = InferEntity<typeof User>;

/**
 * An asymmetric key that signs access tokens. A key is *next* (published, not signing yet: both null),
 * *active* (`activatedAt` set; the newest active key signs) or *retired* (`retiredAt` set; published
 * until its tokens have expired). Publishing the next key before it signs anything means verifiers
 * that cached the JWKS already know it when rotation makes it active.
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
    activatedAt: p.datetime(3).nullable(),
    retiredAt: p.datetime(3).nullable(),
  },
});
export type SigningKeyRow = InferEntity<typeof SigningKey>;

/** Why a session (refresh-token family) ended early. */
export const SESSION_END_REASONS = ['LOG_OUT', 'LOG_OUT_EVERYWHERE', 'REUSE_DETECTED', 'PASSWORD_RESET', 'USER_GONE'] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/**
 * One sign-in session: the family of refresh tokens that descend, by rotation, from one logIn or
 * signUp. Revoking the family ends the session for every token in it. `expiresAt` is the absolute
 * limit however often the session is refreshed.
 */
export const RefreshFamily = defineEntity({
  name: 'RefreshFamily',
  tableName: 'refresh_families',
  properties: {
    ...baseProperties(),
    userId: p.string().length(36).index(),
    expiresAt: p.datetime(3),
    revokedAt: p.datetime(3).nullable(),
    revokedReason: p.enum([...SESSION_END_REASONS]).nullable(),
  },
});
export type RefreshFamilyRow = InferEntity<typeof RefreshFamily>;

/**
 * One refresh token, stored as the SHA-256 of the opaque value the client holds. `usedAt` and
 * `replacedById` are set when it is exchanged (rotation); a second exchange is reuse.
 */
export const RefreshToken = defineEntity({
  name: 'RefreshToken',
  tableName: 'refresh_tokens',
  properties: {
    ...baseProperties(),
    tokenHash: p.string().length(64).unique(),
    familyId: p.string().length(36).index(),
    userId: p.string().length(36).index(),
    parentId: p.string().length(36).nullable(),
    expiresAt: p.datetime(3),
    usedAt: p.datetime(3).nullable(),
    replacedById: p.string().length(36).nullable(),
    revokedAt: p.datetime(3).nullable(),
  },
});
export type RefreshTokenRow = InferEntity<typeof RefreshToken>;

/**
 * A cookie session (catalogue #25): the browser holds an opaque 256-bit id in an HttpOnly cookie the
 * router sets; this row keeps only its SHA-256. `roles` is the SHA-256 of the privileges (global roles
 * and tenant memberships) the session was issued for: when the user's differ, the session id is
 * replaced (privilege change).
 * `idleExpiresAt` slides on use but never passes `expiresAt`, the absolute limit (so it alone says
 * when a row is dead, and purging needs one index). `rotatedAt` marks a session whose
 * id was replaced: it still answers for a short grace (requests already in flight) and then dies.
 * Used when identity has no Redis (see `src/websessions.ts`).
 */
export const WebSession = defineEntity({
  name: 'WebSession',
  tableName: 'web_sessions',
  properties: {
    ...baseProperties(),
    tokenHash: p.string().length(64).unique(),
    userId: p.string().length(36).index(),
    roles: p.string().length(500),
    idleExpiresAt: p.datetime(3).index(),
    expiresAt: p.datetime(3),
    rotatedAt: p.datetime(3).nullable(),
  },
});
export type WebSessionRow = InferEntity<typeof WebSession>;

export const ACTION_TOKEN_PURPOSES = ['PASSWORD_RESET', 'EMAIL_VERIFICATION'] as const;
export type ActionTokenPurpose = (typeof ACTION_TOKEN_PURPOSES)[number];

/**
 * A single-use token mailed to a user (password reset, e-mail verification), stored as its SHA-256.
 * `email` is the address it was sent to: if the account's address changes, the token stops working.
 */
export const ActionToken = defineEntity({
  name: 'ActionToken',
  tableName: 'action_tokens',
  properties: {
    ...baseProperties(),
    tokenHash: p.string().length(64).unique(),
    purpose: p.enum([...ACTION_TOKEN_PURPOSES]),
    userId: p.string().length(36),
    email: p.string().length(254),
    expiresAt: p.datetime(3),
    usedAt: p.datetime(3).nullable(),
  },
  indexes: [{ properties: ['userId', 'purpose'] }],
});
export type ActionTokenRow = InferEntity<typeof ActionToken>;

/**
 * One counted attempt in a sliding-window rate limit (`bucket` names what is limited, e.g. a hashed
 * e-mail address). Kept in the database so every replica counts the same attempts.
 */
export const RateLimitHit = defineEntity({
  name: 'RateLimitHit',
  tableName: 'rate_limit_hits',
  properties: {
    ...baseProperties(),
    bucket: p.string().length(120),
  },
  indexes: [{ properties: ['bucket', 'createdAt'] }, { properties: ['createdAt'] }],
});
export type RateLimitHitRow = InferEntity<typeof RateLimitHit>;

/** Members a tenant on the FREE plan may have (payments' plan catalogue, src/billing.ts, says the same). */
export const FREE_PLAN_MAX_MEMBERS = 10;

/**
 * An organisation (catalogue #55). Self sign-up provisions one for the new user; users belong to
 * tenants through memberships. Rows of other subgraphs carry its id in `tenantId`.
 */
export const Tenant = defineEntity({
  name: 'Tenant',
  tableName: 'tenants',
  properties: {
    ...baseProperties(),
    name: p.string().length(80),
    createdBy: p.string().length(36),
    /** The tenant's subdomain label (`<slug>.<HUBGRAPH_BASE_DOMAIN>`), chosen by an ADMIN; null when none. */
    slug: p.string().length(40).unique().nullable(),
    /** Members its plan allows (from payments' `payments.tenant_billing.status_changed`; FREE's until then). */
    maxMembers: p.integer().default(FREE_PLAN_MAX_MEMBERS),
  },
});
export type TenantRow = InferEntity<typeof Tenant>;

/**
 * A user's membership of a tenant with one per-tenant role (ADMIN ⊃ MANAGER ⊃ EMPLOYEE). Access
 * tokens carry a user's memberships; the router checks the tenant a request chooses against them.
 */
export const Membership = tenantRegistryEntity(
  defineEntity({
    name: 'Membership',
    tableName: 'memberships',
    properties: {
      ...baseProperties(),
      tenantId: p.string().length(36),
      userId: p.string().length(36).index(),
      role: p.enum([...TENANT_ROLES]),
    },
    uniques: [{ properties: ['tenantId', 'userId'] }],
  }),
);
export type MembershipRow = InferEntity<typeof Membership>;

/**
 * An invitation to join a tenant, mailed to `email` (catalogue #55). The token is stored as its
 * SHA-256; it works once (`acceptedAt`), until `expiresAt`, unless revoked. Scoped by hand like
 * memberships: the person accepting usually acts in another tenant, or in none.
 */
export const TenantInvitation = tenantRegistryEntity(
  defineEntity({
    name: 'TenantInvitation',
    tableName: 'tenant_invitations',
    properties: {
      ...baseProperties(),
      tenantId: p.string().length(36),
      email: p.string().length(254),
      role: p.enum([...TENANT_ROLES]),
      tokenHash: p.string().length(64).unique(),
      invitedBy: p.string().length(36),
      expiresAt: p.datetime(3),
      acceptedAt: p.datetime(3).nullable(),
      acceptedBy: p.string().length(36).nullable(),
      revokedAt: p.datetime(3).nullable(),
    },
    indexes: [{ properties: ['tenantId', 'createdAt'] }, { properties: ['tenantId', 'email'] }],
  }),
);
export type TenantInvitationRow = InferEntity<typeof TenantInvitation>;

/**
 * One administrative action in a tenant's audit log (catalogue #55): who (`actorId`, null for the
 * system) did what (`action`) to which object (`targetType`, `targetId`), recorded by `source` (a
 * subgraph) at `occurredAt`. Written only by identity's audit consumer from `audit.entry.recorded`
 * events (kit `recordAudit`; `eventId` makes a redelivered event one entry); scoped by hand to the
 * tenant its ADMINs read it in.
 */
export const AuditEntry = tenantRegistryEntity(
  defineEntity({
    name: 'AuditEntry',
    tableName: 'audit_entries',
    properties: {
      ...baseProperties(),
      eventId: p.string().length(36).unique(),
      tenantId: p.string().length(36),
      source: p.string().length(40),
      actorId: p.string().length(36).nullable(),
      action: p.string().length(80),
      targetType: p.string().length(40),
      targetId: p.string().length(64).nullable(),
      details: p.json<Record<string, string | number | boolean | null>>(),
      occurredAt: p.datetime(3),
    },
    indexes: [
      { properties: ['tenantId', 'occurredAt'] },
      { properties: ['tenantId', 'actorId', 'occurredAt'] },
      { properties: ['tenantId', 'action', 'occurredAt'] },
    ],
  }),
);
export type AuditEntryRow = InferEntity<typeof AuditEntry>;

export const TENANT_DELETION_STATUSES = ['EXPORTING', 'PURGING', 'DONE'] as const;
export type TenantDeletionStatus = (typeof TENANT_DELETION_STATUSES)[number];

/** One subgraph's export of a deleted tenant (from its `<subgraph>.tenant_data.exported` event). */
export interface DeletionExport {
  key: string;
  bytes: number;
  sha256: string;
  counts: Record<string, number>;
}

/**
 * A tenant's deletion (catalogue #55; subgraphs/identity/src/tenant-deletion.ts): which subgraphs must
 * export and purge (`expected`, fixed when it is asked for), what each reported, and the archive.
 * One per tenant. Scoped by hand: it outlives the tenant, and only `requestedBy` reads it.
 */
export const TenantDeletion = tenantRegistryEntity(
  defineEntity({
    name: 'TenantDeletion',
    tableName: 'tenant_deletions',
    properties: {
      ...baseProperties(),
      tenantId: p.string().length(36).unique(),
      tenantName: p.string().length(80),
      requestedBy: p.string().length(36).index(),
      status: p.enum([...TENANT_DELETION_STATUSES]),
      expected: p.json<string[]>(),
      exports: p.json<Record<string, DeletionExport>>(),
      purges: p.json<Record<string, { deleted: Record<string, number>; retained: Record<string, number> }>>(),
      archiveKey: p.string().length(200).nullable(),
      archiveBytes: p.bigint('number').nullable(),
      archiveSha256: p.string().length(64).nullable(),
      archiveExpiresAt: p.datetime(3).nullable(),
      completedAt: p.datetime(3).nullable(),
    },
  }),
);
export type TenantDeletionRow = InferEntity<typeof TenantDeletion>;

export const entities = [
  User,
  SigningKey,
  RefreshFamily,
  RefreshToken,
  ActionToken,
  RateLimitHit,
  WebSession,
  Tenant,
  Membership,
  TenantInvitation,
  AuditEntry,
  TenantDeletion,
  OAuthIdentity,
  OAuthState,
];
