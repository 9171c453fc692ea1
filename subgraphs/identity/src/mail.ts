import type { Transporter } from 'nodemailer';
import type { Logger } from '../../../kit';
import type { IdentityConfig } from './config';

/** One plain-text account mail. */
export interface AccountMail {
  to: string;
  subject: string;
  text: string;
}

/** Sends account mails. `send` resolves when the mail server accepted the mail. */
export interface Mailer {
  send(mail: AccountMail): Promise<void>;
  close(): void;
}

const SMTP_TIMEOUT_MS = 10_000;

/**
 * The mailer the configuration asks for: nodemailer over SMTP when SMTP_URL is set. Without it, a
 * development or test process writes each mail (link included) to the log so a developer can follow
 * it; a production process drops the mail and logs an error without its contents, because the log
 * must never hold a reset link.
 */
export function createMailer(config: IdentityConfig, log: Logger): Mailer {
  if (config.SMTP_URL) {
    const url = config.SMTP_URL;
    // nodemailer is loaded with the first mail: only a process that sends mail over SMTP loads it.
    let transport: Promise<Transporter> | undefined;
    const connect = () =>
      (transport ??= import('nodemailer').then(({ createTransport }) =>
        createTransport({ url, connectionTimeout: SMTP_TIMEOUT_MS, greetingTimeout: SMTP_TIMEOUT_MS, socketTimeout: SMTP_TIMEOUT_MS }),
      ));
    return {
      send: async (mail) => {
        await (await connect()).sendMail({ from: config.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
      },
      close: () =>
        void transport?.then(
          (t) => t.close(),
          () => undefined,
        ),
    };
  }
  const production = config.NODE_ENV === 'production';
  return {
    send: async (mail) => {
      if (production) log.error({ subject: mail.subject }, 'SMTP_URL is not set: an account mail was dropped');
      else log.info({ mail }, 'SMTP_URL is not set: account mail written to the log instead');
    },
    close: () => undefined,
  };
}

/**
 * Sends mails in the background, after the request has answered, with a few retries. Requests that
 * mail (password reset) must answer the same way and in about the same time whether or not an
 * account exists, so they cannot wait for, or report, the mail server's answer. A mail that still
 * fails is logged (without its contents) and lost; the user can ask again.
 */
export class MailQueue {
  private readonly pending = new Set<Promise<void>>();
  private closing = false;

  constructor(
    private readonly mailer: Mailer,
    private readonly log: Logger,
    private readonly retryDelaysMs: number[] = [1_000, 5_000],
  ) {}

  /** Queues `mail`; returns at once. */
  enqueue(mail: AccountMail): void {
    const job = this.deliver(mail).finally(() => this.pending.delete(job));
    this.pending.add(job);
  }

  private async deliver(mail: AccountMail): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.mailer.send(mail);
        return;
      } catch (error) {
        // While stopping, a failed mail is not retried: shutdown must not wait out the retry delays.
        if (attempt >= this.retryDelaysMs.length || this.closing) {
          this.log.error({ err: error, subject: mail.subject }, 'account mail could not be sent');
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, this.retryDelaysMs[attempt]).unref());
      }
    }
  }

  /** Waits for mails being sent (used when stopping; no new retries start), then closes the transport. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.allSettled([...this.pending]);
    this.mailer.close();
  }
}

/** The text of the mail that carries a password-reset link. */
export function passwordResetMail(to: string, link: string, minutes: number): AccountMail {
  return {
    to,
    subject: 'Reset your Hubgraph password',
    text: [
      'Someone (hopefully you) asked to reset the password of your Hubgraph account.',
      '',
      `To choose a new password, open this link within ${minutes} minutes:`,
      link,
      '',
      'The link works once. If you did not ask for it, ignore this mail: your password stays as it is.',
    ].join('\n'),
  };
}

/** The notice sent after a password was changed through a reset link. */
export function passwordChangedMail(to: string, when: Date): AccountMail {
  return {
    to,
    subject: 'Your Hubgraph password was changed',
    text: [
      `The password of your Hubgraph account was changed at ${when.toISOString()}.`,
      'Every device that was signed in has been signed out.',
      '',
      'If this was not you, reset your password now and contact support.',
    ].join('\n'),
  };
}

/** The text of the mail that carries an e-mail verification link. */
export function verificationMail(to: string, link: string, hours: number): AccountMail {
  return {
    to,
    subject: 'Confirm your e-mail address for Hubgraph',
    text: [
      'Please confirm that this address belongs to your Hubgraph account by opening this link',
      `within ${hours} hours:`,
      link,
      '',
      'If you did not create a Hubgraph account, ignore this mail.',
    ].join('\n'),
  };
}

/** The text of the mail that invites someone to a tenant. */
export function invitationMail(to: string, tenantName: string, link: string, days: number): AccountMail {
  return {
    to,
    subject: `You are invited to join ${tenantName} on Hubgraph`,
    text: [
      `You have been invited to join "${tenantName}" on Hubgraph.`,
      '',
      `To accept, open this link within ${days} days; sign in with this address, or create an account with it:`,
      link,
      '',
      'The link works once. If you do not know this organisation, ignore this mail.',
    ].join('\n'),
  };
}
