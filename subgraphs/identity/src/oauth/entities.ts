import { baseProperties, defineEntity, p, type InferEntity } from '../../../../kit';

/** The providers a person can log in with. */
export const OAUTH_PROVIDERS = ['GOOGLE', 'GITHUB', 'FACEBOOK'] as const;
export type OAuthProviderName = (typeof OAUTH_PROVIDERS)[number];

/** How a link came about: the account was created by it, matched by verified e-mail, or linked by its signed-in owner. */
export const OAUTH_LINK_ORIGINS = ['SIGN_UP', 'EMAIL_MATCH', 'LINK'] as const;
export type OAuthLinkOrigin = (typeof OAUTH_LINK_ORIGINS)[number];

/**
 * An account at a provider linked to a Hubgraph user: `subject` is the provider's stable user id
 * (OIDC `sub`, GitHub's numeric id, Facebook's app-scoped id), never the e-mail, which can change
 * hands. A user may link several providers but one account per provider; a provider account links
 * to one user. `emailVerified` records whether the provider vouched for `email`. An account created
 * through a provider on an unverified address (`origin` SIGN_UP) may have been created by someone
 * using another person's address: a password reset, which proves the mailbox, drops such links
 * (see recovery.ts), so the creator cannot keep a way in.
 */
export const OAuthIdentity = defineEntity({
  name: 'OAuthIdentity',
  tableName: 'oauth_identities',
  properties: {
    ...baseProperties(),
    provider: p.enum([...OAUTH_PROVIDERS]),
    subject: p.string().length(255),
    userId: p.string().length(36).index(),
    email: p.string().length(254).nullable(),
    emailVerified: p.boolean().default(false),
    origin: p.enum([...OAUTH_LINK_ORIGINS]),
    lastUsedAt: p.datetime(3).nullable(),
  },
  uniques: [{ properties: ['provider', 'subject'] }, { properties: ['userId', 'provider'] }],
});
export type OAuthIdentityRow = InferEntity<typeof OAuthIdentity>;

/**
 * One authorization request in flight: the `state` the provider echoes back, stored as its SHA-256,
 * with everything the callback must match or needs — the provider it was issued for, the PKCE
 * code verifier, the OIDC nonce, the exact redirect URI, and the user who is linking (null for a
 * log-in). Single use (`usedAt`, set by a conditional update) and short-lived (`expiresAt`).
 */
export const OAuthState = defineEntity({
  name: 'OAuthState',
  tableName: 'oauth_states',
  properties: {
    ...baseProperties(),
    stateHash: p.string().length(64).unique(),
    provider: p.enum([...OAUTH_PROVIDERS]),
    codeVerifier: p.string().length(128).hidden(),
    nonce: p.string().length(64).hidden(),
    redirectUri: p.string().length(2000),
    linkUserId: p.string().length(36).nullable(),
    expiresAt: p.datetime(3).index(),
    usedAt: p.datetime(3).nullable(),
  },
});
export type OAuthStateRow = InferEntity<typeof OAuthState>;
