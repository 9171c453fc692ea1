import { ConfigError, subgraphEnvSchema, z, type SubgraphConfig } from '../../../kit';
import { oauthConfigProblems, oauthSettingsShape } from './oauth/config';

/** Identity's own settings, beside the ones every subgraph shares. */
const identitySettingsShape = {
  /**
   * Where account mails (password reset, e-mail verification) go: `smtp://host:port`, or
   * `smtps://user:password@host:465` for TLS from the first byte. Unset: mails are written to the log
   * (outside production) or dropped with an error (production).
   */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL, e.g. smtp://127.0.0.1:2525')
    .optional(),
  /** The From header of account mails. */
  MAIL_FROM: z.string().min(3).max(254).default('Hubgraph <no-reply@hubgraph.localhost>'),
  /** The public address of the web app; links in mails point below it (`/reset-password?token=…`). */
  PUBLIC_URL: z
    .string()
    .url()
    .regex(/^https?:\/\//, 'must be an http:// or https:// URL')
    .default('http://localhost:4000'),
  /** A cookie session ends after this many seconds without a request (sliding; OWASP: 15–30 minutes). */
  SESSION_IDLE_TIMEOUT_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 86_400)
    .default(1800),
  /** A cookie session ends this many seconds after log-in, however active (OWASP: 4–8 hours for most apps). */
  SESSION_ABSOLUTE_TIMEOUT_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(30 * 86_400)
    .default(12 * 3600),
  /**
   * How long the router may reuse a session it resolved before asking identity again (0: ask on every
   * request). This bounds how late a logout-everywhere or password reset reaches other routers.
   */
  SESSION_RESOLVE_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(3000),
  /**
   * Where cookie sessions live: `redis` (needs REDIS_URL; expiry by TTL) or `database` (identity's
   * database; expired rows are purged every few minutes). Default: redis when REDIS_URL is set.
   */
  SESSION_STORE: z.enum(['redis', 'database']).optional(),
  /**
   * The subgraphs that hold tenant data and so export and purge when a tenant is deleted, comma-separated.
   * `npm run serve` and the embedded stack set it (kit `withTenantDataSubgraphs`) to the subgraphs
   * with a tenant-owned or tenant-linked entity; unset, tenant deletion is refused. A deletion waits
   * for each of them.
   */
  TENANT_DATA_SUBGRAPHS: z
    .string()
    .regex(/^[a-z0-9,-]*$/, 'must be subgraph names separated by commas, e.g. work,crm')
    .optional(),
  /** How many days a deleted tenant's export archive stays downloadable. */
  TENANT_EXPORT_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** How often expired export archives (and the parts they were made of) are deleted from storage; 0: never. */
  TENANT_EXPORT_SWEEP_MS: z.coerce.number().int().min(0).max(86_400_000).default(3_600_000),
  ...oauthSettingsShape,
};

/** The identity subgraph's environment: the shared subgraph settings plus {@link identitySettingsShape}. */
export const identityEnvSchema = subgraphEnvSchema.extend(identitySettingsShape);
export type IdentityConfig = Omit<z.infer<typeof identityEnvSchema>, 'SESSION_STORE'> & { SESSION_STORE: 'redis' | 'database' };

const identitySettingsSchema = z.object(identitySettingsShape);

/**
 * Builds identity's configuration at start: the shared settings the kit already parsed (`base`) plus
 * identity's own variables read from `env` (the kit's `deps.env`, the environment the process or the
 * test stack was started with). Lists every problem at once (ConfigError).
 */
export function loadIdentityConfig(base: SubgraphConfig, env: Record<string, string | undefined>): IdentityConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = identitySettingsSchema.safeParse(cleaned);
  const problems = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  if (cleaned.SESSION_STORE === 'redis' && !base.REDIS_URL) {
    problems.push('SESSION_STORE: redis needs REDIS_URL');
  }
  if (result.success) problems.push(...oauthConfigProblems(result.data, base.NODE_ENV));
  if (!result.success || problems.length) throw new ConfigError(problems);
  return { ...base, ...result.data, SESSION_STORE: result.data.SESSION_STORE ?? (base.REDIS_URL ? 'redis' : 'database') };
}
