import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserRow, TenantRow, MembershipRow, TenantInvitationRow, AuditEntryRow, TenantDeletionRow } from '../entities';
import type { OAuthIdentityRow } from '../oauth/entities';
import type { ErrorGroupRow, IdentityContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, as an ISO-8601 string in UTC (e.g. `2026-11-23T10:00:00.000Z`). */
  DateTime: { input: Date; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** One administrative action in a tenant: who did what to which object, and when. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** `<area>.<verb>`, e.g. `member.invited`, `member.role_changed`, `member.removed`. */
  action: Scalars['String']['output'];
  /** Who did it; null for the system or a deleted account. */
  actor?: Maybe<User>;
  /** The id of who did it; null for the system. */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** A few facts about the action (new role, old name) as a JSON object. */
  details: Scalars['String']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The subgraph that recorded it. */
  source: Scalars['String']['output'];
  /** The object's id; null for actions on the tenant itself. */
  targetId?: Maybe<Scalars['ID']['output']>;
  /** The kind of object acted on, e.g. `Membership`, `TenantInvitation`. */
  targetType: Scalars['String']['output'];
};

/** A page of audit entries. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The entries of this page. */
  edges: Array<AuditEntryEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many entries match. */
  totalCount: Scalars['Int']['output'];
};

/** One audit entry in a page. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Pass as `after` to continue after this entry. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditEntry;
};

/** Narrows `Tenant.auditLog`; every field optional, all given ones must match. */
export type AuditLogFilter = {
  /** Only this action, e.g. `member.invited`. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Only actions by this user. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only actions at or after this time. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only actions at or before this time. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The result of signing up, logging in or refreshing a session. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** A short-lived (15-minute) bearer token for the `Authorization` header; null when `errors` is not empty. */
  accessToken?: Maybe<Scalars['String']['output']>;
  /** Why the operation did not succeed; empty on success. */
  errors: Array<UserError>;
  /** When `accessToken` stops being accepted. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * An opaque, single-use token that `refreshAccessToken` exchanges for a new access token and a new
   * refresh token; keep it secret (not in the browser's script-readable storage). Null when `errors` is not empty.
   */
  refreshToken?: Maybe<Scalars['String']['output']>;
  /** When `refreshToken` stops being accepted if it is not used. */
  refreshTokenExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The signed-in user; null when `errors` is not empty. */
  user?: Maybe<User>;
};

/** The result of `deleteTenant`. */
export type DeleteTenantPayload = {
  __typename?: 'DeleteTenantPayload';
  deletion?: Maybe<TenantDeletion>;
  errors: Array<UserError>;
};

/** The machine-readable kind of an error, in `UserError.code` and in GraphQL errors' `extensions.code`. */
export type ErrorCode =
  /** An input is missing, malformed or out of range. */
  | 'BAD_USER_INPUT'
  /** The payment was declined by the card issuer or the processor. */
  | 'CARD_DECLINED'
  /** The change clashes with existing data (a duplicate, a stale version). */
  | 'CONFLICT'
  /** The signed-in user may not do this. */
  | 'FORBIDDEN'
  /** An idempotency key was sent again with other parameters; use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The thing is not in a state that allows this operation (e.g. capturing a canceled payment). */
  | 'INVALID_STATE'
  /** The thing named does not exist (or is not visible to you). */
  | 'NOT_FOUND'
  /** The tenant's plan allows no more of this (e.g. members); choose a bigger plan. */
  | 'QUOTA_EXCEEDED'
  /** Too many requests; retry later. */
  | 'RATE_LIMITED'
  /** The operation needs a signed-in user. */
  | 'UNAUTHENTICATED';

/** One frame of a stack trace. */
export type ErrorFrame = {
  __typename?: 'ErrorFrame';
  /** Path in the repository, or in node_modules for a dependency. */
  file: Scalars['String']['output'];
  function: Scalars['String']['output'];
  /** Our code, not a dependency's or Node's. */
  inApp: Scalars['Boolean']['output'];
  line?: Maybe<Scalars['Int']['output']>;
};

/** Unexpected errors with the same fingerprint: the same type thrown from the same place. */
export type ErrorGroup = {
  __typename?: 'ErrorGroup';
  /** Occurrences since the group was first seen. */
  count: Scalars['Int']['output'];
  /** The type and top stack frames, hashed; stable across releases as long as the code there is. */
  fingerprint: Scalars['ID']['output'];
  firstSeen: Scalars['DateTime']['output'];
  /** The top frames of our own code the fingerprint is made of. */
  frames: Array<ErrorFrame>;
  lastSeen: Scalars['DateTime']['output'];
  /** The message of the latest occurrence. */
  message: Scalars['String']['output'];
  /** The latest occurrences, newest first (at most five). */
  samples: Array<ErrorSample>;
  /** The services it happened in. */
  services: Array<Scalars['String']['output']>;
  /** The error's class, e.g. `TypeError`. */
  type: Scalars['String']['output'];
};

/** A page of error groups. */
export type ErrorGroupConnection = {
  __typename?: 'ErrorGroupConnection';
  edges: Array<ErrorGroupEdge>;
  pageInfo: PageInfo;
  /** How many groups there are (at most 200: the least recently seen are dropped). */
  totalCount: Scalars['Int']['output'];
};

/** An edge of `ErrorGroupConnection`. */
export type ErrorGroupEdge = {
  __typename?: 'ErrorGroupEdge';
  cursor: Scalars['String']['output'];
  node: ErrorGroup;
};

/** One occurrence of an error: find its log lines by request id, its trace by trace id. */
export type ErrorSample = {
  __typename?: 'ErrorSample';
  at: Scalars['DateTime']['output'];
  requestId?: Maybe<Scalars['String']['output']>;
  service: Scalars['String']['output'];
  traceId?: Maybe<Scalars['String']['output']>;
};

/** An account at a provider that the user can log in with. */
export type LinkedAccount = {
  __typename?: 'LinkedAccount';
  /** The address the provider gave at the last log-in, if any. */
  email?: Maybe<Scalars['String']['output']>;
  /** When it was last used to log in or link. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was linked. */
  linkedAt: Scalars['DateTime']['output'];
  /** Which provider. */
  provider: OAuthProvider;
};

/** Credentials of an existing account. */
export type LogInInput = {
  /** The account's e-mail address. */
  email: Scalars['String']['input'];
  /** The account's password. */
  password: Scalars['String']['input'];
};

/** The result of `logOut` and `logOutEverywhere`. */
export type LogOutPayload = {
  __typename?: 'LogOutPayload';
  /** How many sessions this call ended (0 when they had ended already or the token is unknown). */
  endedSessions: Scalars['Int']['output'];
};

/** A user's membership of a tenant. */
export type Membership = {
  __typename?: 'Membership';
  /** When the user joined. */
  createdAt: Scalars['DateTime']['output'];
  /** The member's role in the tenant. */
  role: TenantRole;
  /** The tenant. */
  tenant: Tenant;
  /** The member. */
  user: User;
};

/** A page of memberships. */
export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  /** The memberships of this page. */
  edges: Array<MembershipEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many memberships the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One membership in a page. */
export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  /** Pass as `after` to continue after this membership. */
  cursor: Scalars['String']['output'];
  /** The membership. */
  node: Membership;
};

/** The result of `addTenantMember` and `changeTenantMemberRole`. */
export type MembershipPayload = {
  __typename?: 'MembershipPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
  /** The membership after the change; null when `errors` is not empty. */
  membership?: Maybe<Membership>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * The signed-in account accepts an invitation mailed to its own address and joins the tenant with
   * the invited role (in its next access token; cookie sessions at once). A bad, used, revoked or
   * expired token changes nothing (BAD_USER_INPUT); another address's invitation is FORBIDDEN. To
   * accept without an account, pass the token to `signUp` as `invitationToken`.
   */
  acceptTenantInvitation?: Maybe<MembershipPayload>;
  /**
   * Adds the account with this e-mail to the current tenant: ADMINs add any role, MANAGERs add
   * EMPLOYEEs. The person must have an account. Takes effect in their next access token.
   */
  addTenantMember?: Maybe<MembershipPayload>;
  /** Changes a member's role in the current tenant (ADMIN). The last ADMIN keeps the role (CONFLICT). */
  changeTenantMemberRole?: Maybe<MembershipPayload>;
  /**
   * Completes a log-in or link with the `code` and `state` the provider sent to `redirectUri` (the same
   * URI the start used). Signs in (a new session, like `logIn`): the user already linked to that
   * provider account; else an account whose verified e-mail the provider also vouches for (which gets
   * linked); else a new account. An existing account that cannot be linked safely is a CONFLICT error.
   * A provider that cannot be reached is a GraphQL error with `extensions.code: SERVICE_UNAVAILABLE`.
   */
  completeOAuthLogin?: Maybe<AuthPayload>;
  /**
   * Creates a tenant with the signed-in user as ADMIN (at most 100 memberships per user). It appears in
   * the user's next access token (refresh or log in); cookie sessions see it at once.
   */
  createTenant?: Maybe<TenantPayload>;
  /**
   * Deletes the current tenant (ADMIN), confirmed by typing its name: every membership ends at once,
   * pending invitations are revoked, the tenant's data in every subgraph is exported to an archive and
   * then removed. Cannot be undone.
   */
  deleteTenant?: Maybe<DeleteTenantPayload>;
  /**
   * Gives a user a global role (`admin`, `librarian` or `inventory`); admins only (the kit enforces `@requiresScopes`). Takes effect
   * in the user's next access token (log-in or refresh); a cookie session gets a new id on its next use.
   */
  grantRole?: Maybe<RolePayload>;
  /**
   * Mails an invitation to join the current tenant: ADMINs invite with any role, MANAGERs invite
   * EMPLOYEEs. The link works once, for 7 days; inviting the same address again revokes the earlier
   * link. At most 100 invitations per tenant per hour (RATE_LIMITED) and 500 pending (CONFLICT).
   */
  inviteTenantMember?: Maybe<TenantInvitationPayload>;
  /**
   * Signs in with e-mail and password (a new session with bearer tokens). Wrong e-mail and wrong password
   * give the same answer. Browsers that prefer an HttpOnly session cookie log in with
   * `POST /auth/session` at the router instead (see the identity README).
   */
  logIn?: Maybe<AuthPayload>;
  /**
   * Ends the session a refresh token belongs to. Access tokens already issued stay valid until they
   * expire (at most 15 minutes). Answers the same for unknown tokens.
   */
  logOut?: Maybe<LogOutPayload>;
  /**
   * Ends every session of the signed-in user, refresh-token sessions and cookie sessions alike (needs a
   * signed-in user). A router may accept an ended session cookie for up to a few seconds more.
   */
  logOutEverywhere?: Maybe<LogOutPayload>;
  /**
   * Exchanges a refresh token for a new access token and a new refresh token; the old refresh token is
   * used up. Presenting a used refresh token again ends its whole session (reuse detection). Unknown,
   * expired, ended and reused tokens all answer `UNAUTHENTICATED` on `refreshToken`.
   */
  refreshAccessToken?: Maybe<AuthPayload>;
  /**
   * Ends a membership of the current tenant: ADMINs remove anyone, anyone may remove themself. The last
   * ADMIN cannot leave (CONFLICT). Tokens issued before keep the membership until they expire (at most
   * 15 minutes); cookie sessions lose it at once.
   */
  removeTenantMember?: Maybe<RemoveTenantMemberPayload>;
  /** Renames the current tenant (ADMIN). */
  renameTenant?: Maybe<TenantPayload>;
  /** Mails the signed-in user a link (valid 24 hours) that confirms their e-mail address. */
  requestEmailVerification?: Maybe<RequestEmailVerificationPayload>;
  /**
   * Mails a single-use password-reset link (valid 30 minutes) if an account uses the address. The
   * answer is the same whether or not one does. At most 5 requests per address per 15 minutes.
   */
  requestPasswordReset?: Maybe<RequestPasswordResetPayload>;
  /**
   * Sets a new password (8 to 128 characters) with the token from a reset link. Ends every session of
   * the account (refresh tokens and cookie sessions) and mails a notice.
   */
  resetPassword?: Maybe<ResetPasswordPayload>;
  /** Takes a global role away; admins only. The last admin cannot lose the role (CONFLICT). */
  revokeRole?: Maybe<RolePayload>;
  /** Revokes a pending invitation of the current tenant (MANAGER; invitations to MANAGER or ADMIN need ADMIN). */
  revokeTenantInvitation?: Maybe<RevokeTenantInvitationPayload>;
  /**
   * Makes the published next key sign access tokens and retires the current one (admins only). Tokens
   * signed with the retired key keep working until they expire.
   */
  rotateSigningKey?: Maybe<RotateSigningKeyPayload>;
  /**
   * Sets the current tenant's subdomain label (ADMIN): 3 to 40 lower-case letters, digits and single
   * inner hyphens, not reserved (www, api, app, admin …); null clears it. Taken by another tenant: CONFLICT.
   */
  setTenantSlug?: Maybe<TenantPayload>;
  /** Creates an account with a password and signs it in (a new session). */
  signUp?: Maybe<AuthPayload>;
  /**
   * Starts linking a provider account to the signed-in user (needs a signed-in user). Complete it with
   * `completeOAuthLogin`, sent with the same user's token.
   */
  startOAuthLink?: Maybe<OAuthStartPayload>;
  /**
   * Starts logging in with a provider: returns the URL to send the browser to. `redirectUri` must be
   * one of the server's registered redirect URIs; the provider sends the browser back there with
   * `code` and `state`, and that page calls `completeOAuthLogin`. Valid for 10 minutes, once.
   */
  startOAuthLogin?: Maybe<OAuthStartPayload>;
  /** Removes the signed-in user's link to a provider; refused when it is their only way to log in. */
  unlinkOAuthAccount?: Maybe<UnlinkOAuthAccountPayload>;
  /** Confirms an e-mail address with the token from a verification link. */
  verifyEmail?: Maybe<VerifyEmailPayload>;
};


export type MutationAcceptTenantInvitationArgs = {
  token: Scalars['String']['input'];
};


export type MutationAddTenantMemberArgs = {
  email: Scalars['String']['input'];
  role?: TenantRole;
};


export type MutationChangeTenantMemberRoleArgs = {
  role: TenantRole;
  userId: Scalars['ID']['input'];
};


export type MutationCompleteOAuthLoginArgs = {
  code: Scalars['String']['input'];
  provider: OAuthProvider;
  redirectUri: Scalars['String']['input'];
  state: Scalars['String']['input'];
};


export type MutationCreateTenantArgs = {
  name: Scalars['String']['input'];
};


export type MutationDeleteTenantArgs = {
  confirmName: Scalars['String']['input'];
};


export type MutationGrantRoleArgs = {
  role: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationInviteTenantMemberArgs = {
  email: Scalars['String']['input'];
  role?: TenantRole;
};


export type MutationLogInArgs = {
  input: LogInInput;
};


export type MutationLogOutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRefreshAccessTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRemoveTenantMemberArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRenameTenantArgs = {
  name: Scalars['String']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRevokeRoleArgs = {
  role: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationRevokeTenantInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetTenantSlugArgs = {
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationStartOAuthLinkArgs = {
  provider: OAuthProvider;
  redirectUri: Scalars['String']['input'];
};


export type MutationStartOAuthLoginArgs = {
  provider: OAuthProvider;
  redirectUri: Scalars['String']['input'];
};


export type MutationUnlinkOAuthAccountArgs = {
  provider: OAuthProvider;
};


export type MutationVerifyEmailArgs = {
  token: Scalars['String']['input'];
};

/** A provider people can log in with. */
export type OAuthProvider =
  /** Facebook Login (OAuth 2); its e-mail addresses count as unverified. */
  | 'FACEBOOK'
  /** GitHub (OAuth 2). */
  | 'GITHUB'
  /** Google, through OpenID Connect. */
  | 'GOOGLE';

/** The result of `startOAuthLogin` and `startOAuthLink`. */
export type OAuthStartPayload = {
  __typename?: 'OAuthStartPayload';
  /** Where to send the browser (the provider's consent page); null when `errors` is not empty. */
  authorizationUrl?: Maybe<Scalars['String']['output']>;
  /** Why nothing was started (`provider` not enabled, `redirectUri` not registered, too many attempts). */
  errors: Array<UserError>;
  /**
   * The `state` inside `authorizationUrl`. Keep it (e.g. in sessionStorage) and, on the redirect page,
   * go on only if the `state` the provider sent back equals it. Null when `errors` is not empty.
   */
  state?: Maybe<Scalars['String']['output']>;
};

/** Where a connection's page sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when `after: endCursor` returns more. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page does not start the list. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge, null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** The tenant this request acts in (see `Tenant`), or null when it acts in none. */
  currentTenant?: Maybe<Tenant>;
  /**
   * Unexpected errors of the router and every subgraph (bugs, not refused input), grouped by fingerprint,
   * most recently seen first; `service` keeps the groups seen in that service. Admins only. Kept in memory
   * per process, or in Redis when the servers share one (see docs/DEPLOYMENT.md, "Error tracking").
   */
  errorGroups?: Maybe<ErrorGroupConnection>;
  /** The signed-in user, or null when the request carries no valid token. */
  me?: Maybe<User>;
  /** The providers enabled on this server, for showing log-in buttons. */
  oauthProviders?: Maybe<Array<OAuthProvider>>;
  /** A tenant deletion the viewer asked for. */
  tenantDeletion?: Maybe<TenantDeletion>;
  /** A user by id; needs a signed-in user. */
  user?: Maybe<User>;
};


export type QueryErrorGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  service?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTenantDeletionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};

/** The result of `removeTenantMember`. */
export type RemoveTenantMemberPayload = {
  __typename?: 'RemoveTenantMemberPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
  /** True when the membership was ended. */
  removed: Scalars['Boolean']['output'];
};

/** The result of `requestEmailVerification`. */
export type RequestEmailVerificationPayload = {
  __typename?: 'RequestEmailVerificationPayload';
  /** Why no mail was sent (too many requests); empty otherwise. */
  errors: Array<UserError>;
  /** True when a verification mail was sent; false when the address is already verified or on error. */
  sent: Scalars['Boolean']['output'];
};

/** The result of `requestPasswordReset`; the same whether or not an account uses the address. */
export type RequestPasswordResetPayload = {
  __typename?: 'RequestPasswordResetPayload';
  /** True when the request was taken. It does not say whether an account exists or a mail was sent. */
  accepted: Scalars['Boolean']['output'];
  /** Why the request was not taken (a malformed address, too many requests); empty on success. */
  errors: Array<UserError>;
};

/** The result of `resetPassword`. */
export type ResetPasswordPayload = {
  __typename?: 'ResetPasswordPayload';
  /** Why the password was not changed (`token` or `newPassword`); empty on success. */
  errors: Array<UserError>;
  /** True when the password was changed; log in with the new one. */
  ok: Scalars['Boolean']['output'];
};

/** The result of `revokeTenantInvitation`. */
export type RevokeTenantInvitationPayload = {
  __typename?: 'RevokeTenantInvitationPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
  /** True when the invitation was revoked. */
  revoked: Scalars['Boolean']['output'];
};

/** The result of `grantRole` and `revokeRole`. */
export type RolePayload = {
  __typename?: 'RolePayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
  /** The user with their roles after the change; null when `errors` is not empty. */
  user?: Maybe<User>;
};

/** The result of `rotateSigningKey`. */
export type RotateSigningKeyPayload = {
  __typename?: 'RotateSigningKeyPayload';
  /** The key id (`kid`) that signs access tokens from now on. */
  kid: Scalars['String']['output'];
  /** The key id published for the rotation after this one. */
  nextKid: Scalars['String']['output'];
  /** The key id that signed until now; it stays published until its tokens have expired. */
  previousKid?: Maybe<Scalars['String']['output']>;
};

/** Details of a new account. */
export type SignUpInput = {
  /** Name shown to others (1 to 80 characters); defaults to the part of the e-mail before @. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** E-mail address used to sign in; stored lower-case. */
  email: Scalars['String']['input'];
  /**
   * The token of a tenant invitation mailed to `email`: the new account joins that tenant with the
   * invited role instead of getting a tenant of its own, and its address counts as verified.
   */
  invitationToken?: InputMaybe<Scalars['String']['input']>;
  /**
   * Name of the tenant sign-up provisions, with the new user as its ADMIN (1 to 80 characters);
   * defaults to "<displayName>'s workspace".
   */
  organizationName?: InputMaybe<Scalars['String']['input']>;
  /** 8 to 128 characters. */
  password: Scalars['String']['input'];
};

/**
 * An organisation: rows of tenant-owned domains (CRM, tasks) belong to exactly one. A request acts in
 * one tenant: the `x-hubgraph-tenant` header names it (checked against the viewer's memberships), else
 * the viewer's oldest membership.
 */
export type Tenant = {
  __typename?: 'Tenant';
  /**
   * The tenant's audit log: administrative actions recorded by every subgraph, newest first. Only ADMINs
   * of the tenant the request acts in may read it (null for anyone else).
   */
  auditLog?: Maybe<AuditEntryConnection>;
  /** When the tenant was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable, opaque identifier; the value of the `x-hubgraph-tenant` header. */
  id: Scalars['ID']['output'];
  /**
   * Pending invitations (not accepted, revoked or expired), newest first; only MANAGERs and ADMINs of
   * the tenant the request acts in may list them (null for anyone else).
   */
  invitations?: Maybe<TenantInvitationConnection>;
  /** Members, oldest first; only members of the tenant the request acts in may list them. */
  members?: Maybe<MembershipConnection>;
  /** Display name, 1 to 80 characters. */
  name: Scalars['String']['output'];
  /**
   * The tenant's subdomain label: requests to `<slug>.<HUBGRAPH_BASE_DOMAIN>` act in this tenant
   * (members only). Null when none is set.
   */
  slug?: Maybe<Scalars['String']['output']>;
  /** The viewer's role in this tenant, null when not a member. */
  viewerRole?: Maybe<TenantRole>;
};


/**
 * An organisation: rows of tenant-owned domains (CRM, tasks) belong to exactly one. A request acts in
 * one tenant: the `x-hubgraph-tenant` header names it (checked against the viewer's memberships), else
 * the viewer's oldest membership.
 */
export type TenantAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An organisation: rows of tenant-owned domains (CRM, tasks) belong to exactly one. A request acts in
 * one tenant: the `x-hubgraph-tenant` header names it (checked against the viewer's memberships), else
 * the viewer's oldest membership.
 */
export type TenantInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An organisation: rows of tenant-owned domains (CRM, tasks) belong to exactly one. A request acts in
 * one tenant: the `x-hubgraph-tenant` header names it (checked against the viewer's memberships), else
 * the viewer's oldest membership.
 */
export type TenantMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A tenant's deletion (catalogue #55): its data is exported to one archive, then removed from every
 * subgraph. Visible only to the admin who asked for it.
 */
export type TenantDeletion = {
  __typename?: 'TenantDeletion';
  archiveBytes?: Maybe<Scalars['Int']['output']>;
  archiveExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** SHA-256 (hex) of the archive file. */
  archiveSha256?: Maybe<Scalars['String']['output']>;
  /** A link to download the archive (a gzipped tar of NDJSON files and manifest.json), valid for ten minutes; null until exported or after expiry. */
  archiveUrl?: Maybe<Scalars['String']['output']>;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  parts: Array<TenantDeletionPart>;
  requestedAt: Scalars['DateTime']['output'];
  status: TenantDeletionStatus;
  tenantId: Scalars['ID']['output'];
  /** The tenant's name when the deletion was asked for. */
  tenantName: Scalars['String']['output'];
};

/** One subgraph's share of a tenant's deletion. */
export type TenantDeletionPart = {
  __typename?: 'TenantDeletionPart';
  /** Whether its rows are in the archive. */
  exported: Scalars['Boolean']['output'];
  /** Rows it exported (null until exported). */
  exportedRows?: Maybe<Scalars['Int']['output']>;
  /** Whether it has deleted the tenant's rows. */
  purged: Scalars['Boolean']['output'];
  /** Rows it keeps on purpose (tenant-linked financial records such as business bank accounts). */
  retainedRows?: Maybe<Scalars['Int']['output']>;
  subgraph: Scalars['String']['output'];
};

/** Where a tenant's deletion stands. */
export type TenantDeletionStatus =
  /** The tenant and its data are gone; the archive stays downloadable until `archiveExpiresAt`. */
  | 'DONE'
  /** Every subgraph that holds tenant data is writing the tenant's rows to the archive. */
  | 'EXPORTING'
  /** The archive is complete; every subgraph is deleting the tenant's rows. */
  | 'PURGING';

/** An invitation by e-mail to join a tenant; its token is mailed and never shown again. */
export type TenantInvitation = {
  __typename?: 'TenantInvitation';
  /** When the invitation was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** The invited address. */
  email: Scalars['String']['output'];
  /** When the mailed link stops working (7 days after sending). */
  expiresAt: Scalars['DateTime']['output'];
  /** Stable, opaque identifier (for `revokeTenantInvitation`). */
  id: Scalars['ID']['output'];
  /** Who sent the invitation. */
  invitedBy?: Maybe<User>;
  /** The role the invited person gets on accepting. */
  role: TenantRole;
  /** The tenant the invitation is to. */
  tenant: Tenant;
};

/** A page of invitations. */
export type TenantInvitationConnection = {
  __typename?: 'TenantInvitationConnection';
  /** The invitations of this page. */
  edges: Array<TenantInvitationEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many pending invitations the tenant has. */
  totalCount: Scalars['Int']['output'];
};

/** One invitation in a page. */
export type TenantInvitationEdge = {
  __typename?: 'TenantInvitationEdge';
  /** Pass as `after` to continue after this invitation. */
  cursor: Scalars['String']['output'];
  /** The invitation. */
  node: TenantInvitation;
};

/** The result of `inviteTenantMember`. */
export type TenantInvitationPayload = {
  __typename?: 'TenantInvitationPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
  /** The invitation; null when `errors` is not empty. */
  invitation?: Maybe<TenantInvitation>;
};

/** The result of `createTenant` and `renameTenant`. */
export type TenantPayload = {
  __typename?: 'TenantPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
  /** The tenant; null when `errors` is not empty. */
  tenant?: Maybe<Tenant>;
};

/** A user's role in a tenant; each role holds the permissions of the roles below it. */
export type TenantRole =
  /** Everything: members of any role, renaming the tenant. */
  | 'ADMIN'
  /** Works with the tenant's data. */
  | 'EMPLOYEE'
  /** Also adds EMPLOYEE members and manages the tenant's settings in other domains (e.g. CRM pipelines). */
  | 'MANAGER';

/** The result of `unlinkOAuthAccount`. */
export type UnlinkOAuthAccountPayload = {
  __typename?: 'UnlinkOAuthAccountPayload';
  /** Why nothing changed (NOT_FOUND: nothing linked; CONFLICT: it is the only way to log in). */
  errors: Array<UserError>;
  /** The user after the change; null when `errors` is not empty. */
  user?: Maybe<User>;
};

/** A person with a Hubgraph account. */
export type User = {
  __typename?: 'User';
  /** When the account was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The name shown to other people. */
  displayName: Scalars['String']['output'];
  /** The sign-in e-mail address; visible only to the user themself and to admins. */
  email?: Maybe<Scalars['String']['output']>;
  /** Whether the user has confirmed, through a mailed link, that they read `email`. */
  emailVerified: Scalars['Boolean']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Provider accounts the user can log in with; visible only to the user themself (null for others). */
  linkedAccounts?: Maybe<Array<LinkedAccount>>;
  /**
   * The tenants the user belongs to, oldest first, with their role in each. Visible to the user
   * themself and to admins (null for anyone else).
   */
  memberships?: Maybe<MembershipConnection>;
  /** Global roles, e.g. `user`, `admin`. */
  roles: Array<Scalars['String']['output']>;
};


/** A person with a Hubgraph account. */
export type UserMembershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An expected problem with a mutation's input, returned as data so a form can show it next to its field. */
export type UserError = {
  __typename?: 'UserError';
  /** What kind of problem it is. */
  code: ErrorCode;
  /** The input field at fault, as a dotted path (e.g. `input.email`), or null when the whole input is. */
  field?: Maybe<Scalars['String']['output']>;
  /** What is wrong, in words a person understands. */
  message: Scalars['String']['output'];
};

/** The result of `verifyEmail`. */
export type VerifyEmailPayload = {
  __typename?: 'VerifyEmailPayload';
  /** Why the address was not verified (`token`); empty on success. */
  errors: Array<UserError>;
  /** The user whose address is now verified; null when `errors` is not empty. */
  user?: Maybe<User>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Tenant: Tenant;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Tenant:
    ( { __typename: 'Tenant' }
    & GraphQLRecursivePick<FederationTypes['Tenant'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AuditEntry: ResolverTypeWrapper<AuditEntryRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditLogFilter: AuditLogFilter;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteTenantPayload: ResolverTypeWrapper<Omit<DeleteTenantPayload, 'deletion'> & { deletion?: Maybe<ResolversTypes['TenantDeletion']> }>;
  ErrorCode: ErrorCode;
  ErrorFrame: ResolverTypeWrapper<ErrorFrame>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ErrorGroup: ResolverTypeWrapper<ErrorGroupRow>;
  ErrorGroupConnection: ResolverTypeWrapper<Omit<ErrorGroupConnection, 'edges'> & { edges: Array<ResolversTypes['ErrorGroupEdge']> }>;
  ErrorGroupEdge: ResolverTypeWrapper<Omit<ErrorGroupEdge, 'node'> & { node: ResolversTypes['ErrorGroup'] }>;
  ErrorSample: ResolverTypeWrapper<ErrorSample>;
  LinkedAccount: ResolverTypeWrapper<OAuthIdentityRow>;
  LogInInput: LogInInput;
  LogOutPayload: ResolverTypeWrapper<LogOutPayload>;
  Membership: ResolverTypeWrapper<MembershipRow>;
  MembershipConnection: ResolverTypeWrapper<Omit<MembershipConnection, 'edges'> & { edges: Array<ResolversTypes['MembershipEdge']> }>;
  MembershipEdge: ResolverTypeWrapper<Omit<MembershipEdge, 'node'> & { node: ResolversTypes['Membership'] }>;
  MembershipPayload: ResolverTypeWrapper<Omit<MembershipPayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OAuthProvider: OAuthProvider;
  OAuthStartPayload: ResolverTypeWrapper<OAuthStartPayload>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RemoveTenantMemberPayload: ResolverTypeWrapper<RemoveTenantMemberPayload>;
  RequestEmailVerificationPayload: ResolverTypeWrapper<RequestEmailVerificationPayload>;
  RequestPasswordResetPayload: ResolverTypeWrapper<RequestPasswordResetPayload>;
  ResetPasswordPayload: ResolverTypeWrapper<ResetPasswordPayload>;
  RevokeTenantInvitationPayload: ResolverTypeWrapper<RevokeTenantInvitationPayload>;
  RolePayload: ResolverTypeWrapper<Omit<RolePayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  RotateSigningKeyPayload: ResolverTypeWrapper<RotateSigningKeyPayload>;
  SignUpInput: SignUpInput;
  Tenant: ResolverTypeWrapper<TenantRow>;
  TenantDeletion: ResolverTypeWrapper<TenantDeletionRow>;
  TenantDeletionPart: ResolverTypeWrapper<TenantDeletionPart>;
  TenantDeletionStatus: TenantDeletionStatus;
  TenantInvitation: ResolverTypeWrapper<TenantInvitationRow>;
  TenantInvitationConnection: ResolverTypeWrapper<Omit<TenantInvitationConnection, 'edges'> & { edges: Array<ResolversTypes['TenantInvitationEdge']> }>;
  TenantInvitationEdge: ResolverTypeWrapper<Omit<TenantInvitationEdge, 'node'> & { node: ResolversTypes['TenantInvitation'] }>;
  TenantInvitationPayload: ResolverTypeWrapper<Omit<TenantInvitationPayload, 'invitation'> & { invitation?: Maybe<ResolversTypes['TenantInvitation']> }>;
  TenantPayload: ResolverTypeWrapper<Omit<TenantPayload, 'tenant'> & { tenant?: Maybe<ResolversTypes['Tenant']> }>;
  TenantRole: TenantRole;
  UnlinkOAuthAccountPayload: ResolverTypeWrapper<Omit<UnlinkOAuthAccountPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  User: ResolverTypeWrapper<UserRow>;
  UserError: ResolverTypeWrapper<UserError>;
  VerifyEmailPayload: ResolverTypeWrapper<Omit<VerifyEmailPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AuditEntry: AuditEntryRow;
  ID: Scalars['ID']['output'];
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  Int: Scalars['Int']['output'];
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditLogFilter: AuditLogFilter;
  AuthPayload: Omit<AuthPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  DateTime: Scalars['DateTime']['output'];
  DeleteTenantPayload: Omit<DeleteTenantPayload, 'deletion'> & { deletion?: Maybe<ResolversParentTypes['TenantDeletion']> };
  ErrorFrame: ErrorFrame;
  Boolean: Scalars['Boolean']['output'];
  ErrorGroup: ErrorGroupRow;
  ErrorGroupConnection: Omit<ErrorGroupConnection, 'edges'> & { edges: Array<ResolversParentTypes['ErrorGroupEdge']> };
  ErrorGroupEdge: Omit<ErrorGroupEdge, 'node'> & { node: ResolversParentTypes['ErrorGroup'] };
  ErrorSample: ErrorSample;
  LinkedAccount: OAuthIdentityRow;
  LogInInput: LogInInput;
  LogOutPayload: LogOutPayload;
  Membership: MembershipRow;
  MembershipConnection: Omit<MembershipConnection, 'edges'> & { edges: Array<ResolversParentTypes['MembershipEdge']> };
  MembershipEdge: Omit<MembershipEdge, 'node'> & { node: ResolversParentTypes['Membership'] };
  MembershipPayload: Omit<MembershipPayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  Mutation: Record<PropertyKey, never>;
  OAuthStartPayload: OAuthStartPayload;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RemoveTenantMemberPayload: RemoveTenantMemberPayload;
  RequestEmailVerificationPayload: RequestEmailVerificationPayload;
  RequestPasswordResetPayload: RequestPasswordResetPayload;
  ResetPasswordPayload: ResetPasswordPayload;
  RevokeTenantInvitationPayload: RevokeTenantInvitationPayload;
  RolePayload: Omit<RolePayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  RotateSigningKeyPayload: RotateSigningKeyPayload;
  SignUpInput: SignUpInput;
  Tenant: TenantRow;
  TenantDeletion: TenantDeletionRow;
  TenantDeletionPart: TenantDeletionPart;
  TenantInvitation: TenantInvitationRow;
  TenantInvitationConnection: Omit<TenantInvitationConnection, 'edges'> & { edges: Array<ResolversParentTypes['TenantInvitationEdge']> };
  TenantInvitationEdge: Omit<TenantInvitationEdge, 'node'> & { node: ResolversParentTypes['TenantInvitation'] };
  TenantInvitationPayload: Omit<TenantInvitationPayload, 'invitation'> & { invitation?: Maybe<ResolversParentTypes['TenantInvitation']> };
  TenantPayload: Omit<TenantPayload, 'tenant'> & { tenant?: Maybe<ResolversParentTypes['Tenant']> };
  UnlinkOAuthAccountPayload: Omit<UnlinkOAuthAccountPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  User: UserRow;
  UserError: UserError;
  VerifyEmailPayload: Omit<VerifyEmailPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  String: Scalars['String']['output'];
}>;

export type RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['String']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = IdentityContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuditEntryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  actorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  details?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type AuthPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = ResolversObject<{
  accessToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  refreshToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refreshTokenExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteTenantPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['DeleteTenantPayload'] = ResolversParentTypes['DeleteTenantPayload']> = ResolversObject<{
  deletion?: Resolver<Maybe<ResolversTypes['TenantDeletion']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ErrorFrameResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ErrorFrame'] = ResolversParentTypes['ErrorFrame']> = ResolversObject<{
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  function?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inApp?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ErrorGroupResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ErrorGroup'] = ResolversParentTypes['ErrorGroup']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fingerprint?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  firstSeen?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  frames?: Resolver<Array<ResolversTypes['ErrorFrame']>, ParentType, ContextType>;
  lastSeen?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  samples?: Resolver<Array<ResolversTypes['ErrorSample']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ErrorGroupConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ErrorGroupConnection'] = ResolversParentTypes['ErrorGroupConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ErrorGroupEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ErrorGroupEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ErrorGroupEdge'] = ResolversParentTypes['ErrorGroupEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ErrorGroup'], ParentType, ContextType>;
}>;

export type ErrorSampleResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ErrorSample'] = ResolversParentTypes['ErrorSample']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  traceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LinkedAccountResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['LinkedAccount'] = ResolversParentTypes['LinkedAccount']> = ResolversObject<{
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  linkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['OAuthProvider'], ParentType, ContextType>;
}>;

export type LogOutPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['LogOutPayload'] = ResolversParentTypes['LogOutPayload']> = ResolversObject<{
  endedSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MembershipResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['TenantRole'], ParentType, ContextType>;
  tenant?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type MembershipConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['MembershipConnection'] = ResolversParentTypes['MembershipConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MembershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MembershipEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['MembershipEdge'] = ResolversParentTypes['MembershipEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
}>;

export type MembershipPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['MembershipPayload'] = ResolversParentTypes['MembershipPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptTenantInvitation?: Resolver<Maybe<ResolversTypes['MembershipPayload']>, ParentType, ContextType, RequireFields<MutationAcceptTenantInvitationArgs, 'token'>>;
  addTenantMember?: Resolver<Maybe<ResolversTypes['MembershipPayload']>, ParentType, ContextType, RequireFields<MutationAddTenantMemberArgs, 'email' | 'role'>>;
  changeTenantMemberRole?: Resolver<Maybe<ResolversTypes['MembershipPayload']>, ParentType, ContextType, RequireFields<MutationChangeTenantMemberRoleArgs, 'role' | 'userId'>>;
  completeOAuthLogin?: Resolver<Maybe<ResolversTypes['AuthPayload']>, ParentType, ContextType, RequireFields<MutationCompleteOAuthLoginArgs, 'code' | 'provider' | 'redirectUri' | 'state'>>;
  createTenant?: Resolver<Maybe<ResolversTypes['TenantPayload']>, ParentType, ContextType, RequireFields<MutationCreateTenantArgs, 'name'>>;
  deleteTenant?: Resolver<Maybe<ResolversTypes['DeleteTenantPayload']>, ParentType, ContextType, RequireFields<MutationDeleteTenantArgs, 'confirmName'>>;
  grantRole?: Resolver<Maybe<ResolversTypes['RolePayload']>, ParentType, ContextType, RequireFields<MutationGrantRoleArgs, 'role' | 'userId'>>;
  inviteTenantMember?: Resolver<Maybe<ResolversTypes['TenantInvitationPayload']>, ParentType, ContextType, RequireFields<MutationInviteTenantMemberArgs, 'email' | 'role'>>;
  logIn?: Resolver<Maybe<ResolversTypes['AuthPayload']>, ParentType, ContextType, RequireFields<MutationLogInArgs, 'input'>>;
  logOut?: Resolver<Maybe<ResolversTypes['LogOutPayload']>, ParentType, ContextType, RequireFields<MutationLogOutArgs, 'refreshToken'>>;
  logOutEverywhere?: Resolver<Maybe<ResolversTypes['LogOutPayload']>, ParentType, ContextType>;
  refreshAccessToken?: Resolver<Maybe<ResolversTypes['AuthPayload']>, ParentType, ContextType, RequireFields<MutationRefreshAccessTokenArgs, 'refreshToken'>>;
  removeTenantMember?: Resolver<Maybe<ResolversTypes['RemoveTenantMemberPayload']>, ParentType, ContextType, RequireFields<MutationRemoveTenantMemberArgs, 'userId'>>;
  renameTenant?: Resolver<Maybe<ResolversTypes['TenantPayload']>, ParentType, ContextType, RequireFields<MutationRenameTenantArgs, 'name'>>;
  requestEmailVerification?: Resolver<Maybe<ResolversTypes['RequestEmailVerificationPayload']>, ParentType, ContextType>;
  requestPasswordReset?: Resolver<Maybe<ResolversTypes['RequestPasswordResetPayload']>, ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'email'>>;
  resetPassword?: Resolver<Maybe<ResolversTypes['ResetPasswordPayload']>, ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'newPassword' | 'token'>>;
  revokeRole?: Resolver<Maybe<ResolversTypes['RolePayload']>, ParentType, ContextType, RequireFields<MutationRevokeRoleArgs, 'role' | 'userId'>>;
  revokeTenantInvitation?: Resolver<Maybe<ResolversTypes['RevokeTenantInvitationPayload']>, ParentType, ContextType, RequireFields<MutationRevokeTenantInvitationArgs, 'id'>>;
  rotateSigningKey?: Resolver<Maybe<ResolversTypes['RotateSigningKeyPayload']>, ParentType, ContextType>;
  setTenantSlug?: Resolver<Maybe<ResolversTypes['TenantPayload']>, ParentType, ContextType, Partial<MutationSetTenantSlugArgs>>;
  signUp?: Resolver<Maybe<ResolversTypes['AuthPayload']>, ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  startOAuthLink?: Resolver<Maybe<ResolversTypes['OAuthStartPayload']>, ParentType, ContextType, RequireFields<MutationStartOAuthLinkArgs, 'provider' | 'redirectUri'>>;
  startOAuthLogin?: Resolver<Maybe<ResolversTypes['OAuthStartPayload']>, ParentType, ContextType, RequireFields<MutationStartOAuthLoginArgs, 'provider' | 'redirectUri'>>;
  unlinkOAuthAccount?: Resolver<Maybe<ResolversTypes['UnlinkOAuthAccountPayload']>, ParentType, ContextType, RequireFields<MutationUnlinkOAuthAccountArgs, 'provider'>>;
  verifyEmail?: Resolver<Maybe<ResolversTypes['VerifyEmailPayload']>, ParentType, ContextType, RequireFields<MutationVerifyEmailArgs, 'token'>>;
}>;

export type OAuthStartPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['OAuthStartPayload'] = ResolversParentTypes['OAuthStartPayload']> = ResolversObject<{
  authorizationUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  currentTenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  errorGroups?: Resolver<Maybe<ResolversTypes['ErrorGroupConnection']>, ParentType, ContextType, RequireFields<QueryErrorGroupsArgs, 'first'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  oauthProviders?: Resolver<Maybe<Array<ResolversTypes['OAuthProvider']>>, ParentType, ContextType>;
  tenantDeletion?: Resolver<Maybe<ResolversTypes['TenantDeletion']>, ParentType, ContextType, RequireFields<QueryTenantDeletionArgs, 'id'>>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
}>;

export type RemoveTenantMemberPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RemoveTenantMemberPayload'] = ResolversParentTypes['RemoveTenantMemberPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type RequestEmailVerificationPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RequestEmailVerificationPayload'] = ResolversParentTypes['RequestEmailVerificationPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  sent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type RequestPasswordResetPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RequestPasswordResetPayload'] = ResolversParentTypes['RequestPasswordResetPayload']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ResetPasswordPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ResetPasswordPayload'] = ResolversParentTypes['ResetPasswordPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type RevokeTenantInvitationPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RevokeTenantInvitationPayload'] = ResolversParentTypes['RevokeTenantInvitationPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  revoked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type RolePayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RolePayload'] = ResolversParentTypes['RolePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type RotateSigningKeyPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RotateSigningKeyPayload'] = ResolversParentTypes['RotateSigningKeyPayload']> = ResolversObject<{
  kid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextKid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previousKid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type TenantResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Tenant'] = ResolversParentTypes['Tenant'], FederationReferenceType extends FederationReferenceTypes['Tenant'] = FederationReferenceTypes['Tenant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Tenant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  auditLog?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType, RequireFields<TenantAuditLogArgs, 'first'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitations?: Resolver<Maybe<ResolversTypes['TenantInvitationConnection']>, ParentType, ContextType, RequireFields<TenantInvitationsArgs, 'first'>>;
  members?: Resolver<Maybe<ResolversTypes['MembershipConnection']>, ParentType, ContextType, RequireFields<TenantMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  viewerRole?: Resolver<Maybe<ResolversTypes['TenantRole']>, ParentType, ContextType>;
}>;

export type TenantDeletionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['TenantDeletion'] = ResolversParentTypes['TenantDeletion']> = ResolversObject<{
  archiveBytes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  archiveExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  archiveSha256?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  archiveUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['TenantDeletionPart']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TenantDeletionStatus'], ParentType, ContextType>;
  tenantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tenantName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TenantDeletionPartResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['TenantDeletionPart'] = ResolversParentTypes['TenantDeletionPart']> = ResolversObject<{
  exported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  exportedRows?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  purged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  retainedRows?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TenantInvitationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['TenantInvitation'] = ResolversParentTypes['TenantInvitation']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['TenantRole'], ParentType, ContextType>;
  tenant?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType>;
}>;

export type TenantInvitationConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['TenantInvitationConnection'] = ResolversParentTypes['TenantInvitationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TenantInvitationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TenantInvitationEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['TenantInvitationEdge'] = ResolversParentTypes['TenantInvitationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TenantInvitation'], ParentType, ContextType>;
}>;

export type TenantInvitationPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['TenantInvitationPayload'] = ResolversParentTypes['TenantInvitationPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  invitation?: Resolver<Maybe<ResolversTypes['TenantInvitation']>, ParentType, ContextType>;
}>;

export type TenantPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['TenantPayload'] = ResolversParentTypes['TenantPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
}>;

export type UnlinkOAuthAccountPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UnlinkOAuthAccountPayload'] = ResolversParentTypes['UnlinkOAuthAccountPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emailVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  linkedAccounts?: Resolver<Maybe<Array<ResolversTypes['LinkedAccount']>>, ParentType, ContextType>;
  memberships?: Resolver<Maybe<ResolversTypes['MembershipConnection']>, ParentType, ContextType, RequireFields<UserMembershipsArgs, 'first'>>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VerifyEmailPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['VerifyEmailPayload'] = ResolversParentTypes['VerifyEmailPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = IdentityContext> = ResolversObject<{
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteTenantPayload?: DeleteTenantPayloadResolvers<ContextType>;
  ErrorFrame?: ErrorFrameResolvers<ContextType>;
  ErrorGroup?: ErrorGroupResolvers<ContextType>;
  ErrorGroupConnection?: ErrorGroupConnectionResolvers<ContextType>;
  ErrorGroupEdge?: ErrorGroupEdgeResolvers<ContextType>;
  ErrorSample?: ErrorSampleResolvers<ContextType>;
  LinkedAccount?: LinkedAccountResolvers<ContextType>;
  LogOutPayload?: LogOutPayloadResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  MembershipPayload?: MembershipPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OAuthStartPayload?: OAuthStartPayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RemoveTenantMemberPayload?: RemoveTenantMemberPayloadResolvers<ContextType>;
  RequestEmailVerificationPayload?: RequestEmailVerificationPayloadResolvers<ContextType>;
  RequestPasswordResetPayload?: RequestPasswordResetPayloadResolvers<ContextType>;
  ResetPasswordPayload?: ResetPasswordPayloadResolvers<ContextType>;
  RevokeTenantInvitationPayload?: RevokeTenantInvitationPayloadResolvers<ContextType>;
  RolePayload?: RolePayloadResolvers<ContextType>;
  RotateSigningKeyPayload?: RotateSigningKeyPayloadResolvers<ContextType>;
  Tenant?: TenantResolvers<ContextType>;
  TenantDeletion?: TenantDeletionResolvers<ContextType>;
  TenantDeletionPart?: TenantDeletionPartResolvers<ContextType>;
  TenantInvitation?: TenantInvitationResolvers<ContextType>;
  TenantInvitationConnection?: TenantInvitationConnectionResolvers<ContextType>;
  TenantInvitationEdge?: TenantInvitationEdgeResolvers<ContextType>;
  TenantInvitationPayload?: TenantInvitationPayloadResolvers<ContextType>;
  TenantPayload?: TenantPayloadResolvers<ContextType>;
  UnlinkOAuthAccountPayload?: UnlinkOAuthAccountPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  VerifyEmailPayload?: VerifyEmailPayloadResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = IdentityContext> = ResolversObject<{
  requiresScopes?: RequiresScopesDirectiveResolver<any, any, ContextType>;
}>;
