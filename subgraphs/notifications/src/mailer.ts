import { createTransport, type Transporter } from 'nodemailer';
import type { FilterQuery } from '@mikro-orm/core';
import type { Em, Logger, Orm } from '../../../kit';
import type { NotificationsConfig } from './config';
import { Notification, NotificationRecipient, type EmailStatus, type NotificationRow } from './entities';

/** One plain-text mail. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  headers: Record<string, string>;
}

/** Hands mails to an SMTP server. */
export interface MailSender {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * A nodemailer SMTP transport for `SMTP_URL`, or null when none is configured. `smtps://` speaks TLS
 * from the first byte (default port 465); `smtp://` upgrades with STARTTLS when the server offers it
 * (default port 587). Credentials come from the URL's user info.
 */
export function createSmtpSender(config: NotificationsConfig): MailSender | null {
  if (!config.SMTP_URL) return null;
  const url = new URL(config.SMTP_URL);
  const secure = url.protocol === 'smtps:';
  const transport: Transporter = createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: config.SMTP_TIMEOUT_MS,
    greetingTimeout: config.SMTP_TIMEOUT_MS,
    socketTimeout: config.SMTP_TIMEOUT_MS,
  });
  return {
    send: async (mail) => {
      await transport.sendMail({ from: config.MAIL_FROM, ...mail });
    },
    close: () => transport.close(),
  };
}

/** After this many failed attempts a mail is FAILED for good. */
export const MAX_EMAIL_ATTEMPTS = 3;
/** A PENDING mail untouched this long is retried by the sweep (a failure, or a process that stopped). */
const RETRY_AFTER_MS = 30_000;
/** A SENDING claim older than this belonged to a process that died mid-send. */
const CLAIM_EXPIRES_MS = 5 * 60_000;
/** After the mail server could not be reached, skip it this long (mails wait as PENDING) instead of stalling every event. */
const COOLDOWN_MS = 30_000;

/**
 * Sends the e-mail copies of notifications, after the transaction that created them committed.
 * Each mail is claimed first (PENDING → SENDING by a conditional update), so two replicas, or the
 * after-commit step and the retry sweep, never send the same mail twice. A failure puts the mail
 * back to PENDING until {@link MAX_EMAIL_ATTEMPTS}; the sweep retries it later. Delivery is
 * therefore at most once per claim and at least once per notification while attempts remain.
 */
export class NotificationMailer {
  private unavailableUntil = 0;

  constructor(
    private readonly orm: Orm,
    private readonly sender: MailSender | null,
    private readonly log: Logger,
  ) {}

  /** Sends the pending mails among `ids` (newly created notifications). */
  async deliver(ids: string[]): Promise<void> {
    if (!ids.length) return;
    const em = this.orm.em.fork();
    const rows = await em.find(Notification, { id: { $in: ids }, emailStatus: 'PENDING' });
    await this.sendAll(em, rows);
  }

  /** Retries mails a failure or a stopped process left behind; returns how many it tried. */
  async retryStale(limit = 20): Promise<number> {
    if (Date.now() < this.unavailableUntil) return 0;
    const em = this.orm.em.fork();
    const now = Date.now();
    const where: FilterQuery<NotificationRow> = {
      $or: [
        { emailStatus: 'PENDING', updatedAt: { $lt: new Date(now - RETRY_AFTER_MS) } },
        { emailStatus: 'SENDING', updatedAt: { $lt: new Date(now - CLAIM_EXPIRES_MS) } },
      ],
    };
    const rows = await em.find(Notification, where, { orderBy: { updatedAt: 'asc' }, limit });
    await this.sendAll(em, rows);
    return rows.length;
  }

  private async sendAll(em: Em, rows: NotificationRow[]): Promise<void> {
    if (!rows.length) return;
    const addresses = new Map(
      (await em.find(NotificationRecipient, { userId: { $in: [...new Set(rows.map((r) => r.recipientId))] } })).map((r) => [
        r.userId,
        r.email,
      ]),
    );
    for (const row of rows) {
      const address = addresses.get(row.recipientId);
      if (!this.sender || !address) {
        await this.finish(em, row, row.emailStatus ?? 'PENDING', 'SKIPPED', row.emailAttempts);
        continue;
      }
      if (Date.now() < this.unavailableUntil) continue;
      const attempts = row.emailAttempts + 1;
      if (!(await this.finish(em, row, row.emailStatus ?? 'PENDING', 'SENDING', attempts))) continue;
      try {
        await this.sender.send(mailFor(row, address));
        await this.finish(em, row, 'SENDING', 'SENT', attempts, new Date());
      } catch (error) {
        if (serverUnreachable(error)) this.unavailableUntil = Date.now() + COOLDOWN_MS;
        const next = attempts >= MAX_EMAIL_ATTEMPTS ? 'FAILED' : 'PENDING';
        this.log.warn({ err: String(error), notificationId: row.id, attempts, next }, 'notification e-mail failed');
        await this.finish(em, row, 'SENDING', next, attempts);
      }
    }
  }

  /**
   * Moves a mail from `from` to `to` if it is still in `from` with the attempts this process saw:
   * the conditional update is the claim. Returns whether this call made the change.
   */
  private async finish(
    em: Em,
    row: NotificationRow,
    from: EmailStatus,
    to: EmailStatus,
    attempts: number,
    emailedAt: Date | null = null,
  ): Promise<boolean> {
    const expectedAttempts = to === 'SENDING' ? attempts - 1 : attempts;
    const changed = await em.nativeUpdate(
      Notification,
      { id: row.id, emailStatus: from, emailAttempts: expectedAttempts },
      { emailStatus: to, emailAttempts: attempts, updatedAt: new Date(), ...(emailedAt ? { emailedAt } : {}) },
    );
    return changed === 1;
  }

  close(): void {
    this.sender?.close();
  }
}

/**
 * Whether a send failed because the server could not be reached or talked to (nodemailer's
 * connection-level codes), as opposed to refusing this one mail: only the former pauses sending.
 */
function serverUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'EAUTH', 'ETLS', 'EPROTOCOL'].includes(code);
}

/** The mail of one notification: its title as the subject, its body and where to change the setting. */
export function mailFor(row: Pick<NotificationRow, 'id' | 'title' | 'body' | 'kind'>, to: string): OutgoingMail {
  return {
    to,
    subject: row.title,
    text: [
      row.body,
      '',
      '--',
      'You get this e-mail because e-mail is on for this kind of notification in Hubgraph.',
      `Turn it off with setNotificationPreference(kind: ${row.kind}, channel: EMAIL, enabled: false).`,
    ].join('\n'),
    headers: { 'X-Hubgraph-Notification-Id': row.id, 'X-Hubgraph-Notification-Kind': row.kind },
  };
}
