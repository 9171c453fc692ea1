import { z } from 'zod';
import { parseRouterPrivateKey, parseRouterPublicKeys } from './auth';

/** Thrown when the environment does not describe a runnable service; lists every problem at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

/** A key setting: parsed once at start, its problem reported as the variable's. */
const keySetting = <T>(parse: (text: string) => T) =>
  z.string().transform((text, ctx): T => {
    try {
      return parse(text);
    } catch (error) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: error instanceof Error ? error.message : String(error) });
      return z.NEVER;
    }
  });

const ENCODE_HINT =
  'percent-encode the user name and password (@ → %40, : → %3A, / → %2F, # → %23, % → %25, ? → %3F) or set the password in MYSQL_PASSWORD';

/**
 * Why `value` is not a usable MYSQL_URL, or undefined. The user name and password are read back
 * with decodeURIComponent (by MikroORM), so a raw `@`, `/`, `#` or `%` in them would silently name
 * another host, or stop the process at its first connection.
 */
function mysqlUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `is not a valid URL: ${ENCODE_HINT}`;
  }
  if (!url.hostname) return 'names no host, e.g. mysql://root@127.0.0.1:3306';
  if (url.hash || url.search) return `has a ? or # part, most likely from the password: ${ENCODE_HINT}`;
  try {
    decodeURIComponent(url.username);
    decodeURIComponent(url.password);
  } catch {
    return `has a % that does not start an escape: ${ENCODE_HINT}`;
  }
  return undefined;
}

/** MYSQL_URL with MYSQL_PASSWORD put in, encoded, or the problem with the pair. */
function withMysqlPassword(config: BaseConfig): string | undefined {
  if (config.MYSQL_PASSWORD === undefined) return undefined;
  if (!config.MYSQL_URL) return 'MYSQL_PASSWORD: set MYSQL_URL too (the server it is the password of)';
  const url = new URL(config.MYSQL_URL);
  if (url.password) return 'MYSQL_PASSWORD: MYSQL_URL has a password too; set it in one place';
  // The setter would leave `%` as it is; encoding it whole makes decodeURIComponent give it back exactly.
  url.password = encodeURIComponent(config.MYSQL_PASSWORD);
  config.MYSQL_URL = url.toString();
  return undefined;
}

/**
 * The settings every Hubgraph process shares (router and subgraphs). Parsed once at start from the
 * environment; nothing else in the code base reads `process.env`.
 */
export const baseEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().min(1).default('data'),
  MYSQL_URL: z
    .string()
    .regex(/^mysql:\/\//, 'must be a mysql:// URL, e.g. mysql://root@127.0.0.1:3306')
    .superRefine((value, ctx) => {
      const problem = mysqlUrlProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
  /**
   * The MySQL password, apart from MYSQL_URL so that it needs no URL encoding (a generated root
   * password, a secret mounted as a variable); it is put into MYSQL_URL, encoded, at start.
   */
  MYSQL_PASSWORD: z.string().optional(),
  MYSQL_DATABASE_PREFIX: z
    .string()
    .regex(/^[a-z0-9_]{1,40}$/, 'lower-case letters, digits and _ only')
    .default('hubgraph_'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .optional(),
  /** Prefix of every Redis key and channel, so several deployments (or test runs) can share one Redis. */
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_:.-]{1,60}$/, 'letters, digits and _ : . - only')
    .default('hubgraph:'),
  /**
   * The router's ES256 private key (PEM or JWK), which signs every request it forwards; set it on
   * router processes only. Unset outside production: a fresh key per process (see kit/src/auth.ts).
   */
  ROUTER_SIGNING_KEY: keySetting((text) => parseRouterPrivateKey(text)).optional(),
  /**
   * Public keys of the router (JWK set, JWK or PEM) that subgraphs accept; the router also publishes
   * them beside its own (a key being rotated in or out).
   */
  ROUTER_PUBLIC_KEYS: keySetting((text) => parseRouterPublicKeys(text)).optional(),
  /** Where subgraphs fetch the router's public keys (its `/.well-known/router-jwks.json`), instead of or besides ROUTER_PUBLIC_KEYS. */
  ROUTER_JWKS_URL: z.string().url().optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  SEED_DEMO_DATA: bool.default(false),
  /** OTLP/HTTP collector for traces (e.g. http://otel-collector:4318); unset: trace context is propagated, not exported. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  /** A Sentry-compatible collector for unexpected errors (`https://<public key>@<host>/<project id>`); unset: groups stay in memory or Redis. */
  SENTRY_DSN: z
    .string()
    .regex(/^https?:\/\/[^@/\s]+@[^/\s]+\/\d+\/?$/, 'must look like https://<public key>@<host>/<project id>')
    .optional(),
});

export type BaseConfig = z.infer<typeof baseEnvSchema>;

/** What a process does with the router's keys: the router signs, subgraphs verify. */
export type RouterKeyRole = 'sign' | 'verify';

/**
 * Parses `env` with `schema` and returns typed configuration, or throws a {@link ConfigError} naming
 * every invalid variable, and puts MYSQL_PASSWORD into MYSQL_URL. With `role`, also enforces the
 * production rule on the router's keys: the router needs ROUTER_SIGNING_KEY, a subgraph
 * ROUTER_PUBLIC_KEYS or ROUTER_JWKS_URL (no per-process development key in production).
 */
export function parseConfig<S extends z.ZodType<BaseConfig>>(
  schema: S,
  env: Record<string, string | undefined>,
  role?: RouterKeyRole,
): z.infer<S> {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  const problems: string[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
  }
  const production = cleaned.NODE_ENV === 'production';
  if (production && role === 'sign' && !cleaned.ROUTER_SIGNING_KEY) {
    problems.push('ROUTER_SIGNING_KEY: required in production (an ES256 private key; see docs/DEPLOYMENT.md)');
  }
  if (production && role === 'verify' && !cleaned.ROUTER_PUBLIC_KEYS && !cleaned.ROUTER_JWKS_URL) {
    problems.push("ROUTER_PUBLIC_KEYS: required in production, or ROUTER_JWKS_URL (the router's public keys)");
  }
  const passwordProblem = result.success ? withMysqlPassword(result.data as BaseConfig) : undefined;
  if (passwordProblem) problems.push(passwordProblem);
  if (problems.length || !result.success) throw new ConfigError(problems);
  return result.data as z.infer<S>;
}

export { z };
