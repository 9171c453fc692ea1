import { parseConfig, subgraphEnvSchema, z, type SubgraphConfig } from '../../../kit';

/**
 * The notifications subgraph's settings: the shared subgraph settings plus the e-mail channel's SMTP
 * server. SMTP_URL and MAIL_FROM are the same variables identity uses for account mails, so one mail
 * server serves the whole deployment. Without SMTP_URL the e-mail channel is off: e-mail copies are
 * marked SKIPPED.
 */
export const notificationsEnvSchema = subgraphEnvSchema.extend({
  /** `smtp://host:port` (STARTTLS when offered) or `smtps://user:password@host:465` (TLS from the first byte). */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL, e.g. smtp://127.0.0.1:2525')
    .refine((value) => URL.canParse(value), 'must be a valid URL')
    .optional(),
  /** The From header of notification mails. */
  MAIL_FROM: z.string().min(3).max(254).default('Hubgraph <no-reply@hubgraph.localhost>'),
  /** How long connecting, the greeting or any SMTP reply may take before a send counts as failed. */
  SMTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
});
export type NotificationsConfig = z.infer<typeof notificationsEnvSchema>;

/**
 * Parses the notifications settings from `env`, listing every problem at once (ConfigError). The
 * shared settings the kit already parsed (`base`) win over `env`, so the subgraph runs with exactly
 * the database and Redis it was started with.
 */
export function loadNotificationsConfig(base: SubgraphConfig, env: Record<string, string | undefined>): NotificationsConfig {
  return { ...parseConfig(notificationsEnvSchema, env), ...base };
}
