import { ConfigError, subgraphEnvSchema, z, type SubgraphConfig } from '../../../kit';

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
};

/** The identity subgraph's environment: the shared subgraph settings plus {@link identitySettingsShape}. */
export const identityEnvSchema = subgraphEnvSchema.extend(identitySettingsShape);
export type IdentityConfig = z.infer<typeof identityEnvSchema>;

const identitySettingsSchema = z.object(identitySettingsShape);

/**
 * Builds identity's configuration at start: the shared settings the kit already parsed (`base`) plus
 * identity's own variables read from `env` (the kit's `deps.env`, the environment the process or the
 * test stack was started with). Lists every problem at once (ConfigError).
 */
export function loadIdentityConfig(base: SubgraphConfig, env: Record<string, string | undefined>): IdentityConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = identitySettingsSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`));
  }
  return { ...base, ...result.data };
}
