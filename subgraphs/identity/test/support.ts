import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { gql } from '../../../test/helpers/graphql';
import { disposeAfterAll, type TestStack } from '../../../test/helpers/stack';

/** Operations the identity suites send through the router. */
export const OPS = {
  signUp: `mutation($input: SignUpInput!) {
    signUp(input: $input) { accessToken expiresAt refreshToken refreshTokenExpiresAt user { id email emailVerified } errors { field message code } }
  }`,
  logIn: `mutation($input: LogInInput!) {
    logIn(input: $input) { accessToken expiresAt refreshToken refreshTokenExpiresAt user { id email } errors { field message code } }
  }`,
  refresh: `mutation($refreshToken: String!) {
    refreshAccessToken(refreshToken: $refreshToken) { accessToken expiresAt refreshToken refreshTokenExpiresAt user { id email roles } errors { field message code } }
  }`,
  logOut: 'mutation($refreshToken: String!) { logOut(refreshToken: $refreshToken) { endedSessions } }',
  logOutEverywhere: 'mutation { logOutEverywhere { endedSessions } }',
  rotate: 'mutation { rotateSigningKey { kid previousKid nextKid } }',
  requestReset: 'mutation($email: String!) { requestPasswordReset(email: $email) { accepted errors { field message code } } }',
  reset: `mutation($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) { ok errors { field message code } }
  }`,
  requestVerification: 'mutation { requestEmailVerification { sent errors { field message code } } }',
  verify: 'mutation($token: String!) { verifyEmail(token: $token) { user { id emailVerified } errors { field message code } } }',
  me: '{ me { id } }',
} as const;

export const PASSWORD = 'correct horse battery staple';

/** The tokens of one successful sign-in. */
export interface Session {
  userId: string;
  email: string;
  accessToken: string;
  refreshToken: string;
}

/** Logs in through the router and returns the session, failing the test on any error. */
export async function logIn(url: string, email: string, password = PASSWORD): Promise<Session> {
  const res = await gql(url, OPS.logIn, { input: { email, password } });
  const payload = res.body.data?.logIn;
  if (!payload?.accessToken) throw new Error(`logIn failed: ${JSON.stringify(res.body)}`);
  return { userId: payload.user.id, email, accessToken: payload.accessToken, refreshToken: payload.refreshToken };
}

/** The identity subgraph running inside a stack. */
export function identityOf(stack: TestStack) {
  const running = stack.subgraphs.find((s) => s.name === 'identity');
  if (!running) throw new Error('identity subgraph is not running');
  return running;
}

/** A mail as the loopback SMTP server received it. */
export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  raw: string;
}

function decodeQuotedPrintable(body: string): string {
  const bytes = body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => `%${hex}`)
    // Percent signs that were not escapes must survive decodeURIComponent.
    .replace(/%(?![0-9A-F]{2})/gi, '%25');
  return decodeURIComponent(bytes);
}

/** Splits a single-part RFC 5322 message into headers and decoded text (enough for our plain-text mails). */
function parseMail(raw: string): { headers: Map<string, string>; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const text =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
        : body;
  return { headers, text: text.replace(/\r\n/g, '\n') };
}

/**
 * A real SMTP server on loopback that keeps every mail it receives, so a test can read what the
 * production nodemailer transport sent. Closed after the suite.
 */
export class Mailbox {
  readonly mails: ReceivedMail[] = [];
  private waiters: (() => void)[] = [];
  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(): Promise<Mailbox> {
    let box: Mailbox | undefined;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const { headers, text } = parseMail(raw);
          box?.receive({
            from: headers.get('from') ?? '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: headers.get('subject') ?? '',
            text,
            raw,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    box = new Mailbox(server, (server.server.address() as AddressInfo).port);
    disposeAfterAll(() => box!.close());
    return box;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  private receive(mail: ReceivedMail): void {
    this.mails.push(mail);
    const waiting = this.waiters;
    this.waiters = [];
    for (const wake of waiting) wake();
  }

  /** Mails sent to `address`, oldest first. */
  to(address: string): ReceivedMail[] {
    return this.mails.filter((m) => m.to.includes(address));
  }

  /** Waits for the `count`-th mail to `address` whose subject matches, and returns it. */
  async waitFor(address: string, subject: RegExp, count = 1, timeoutMs = 10_000): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.to(address).filter((m) => subject.test(m.subject));
      const mail = found[count - 1];
      if (mail) return mail;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no mail #${count} to ${address} matching ${subject} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The token in a mailed link (`…?token=<43 base64url characters>`). */
export function tokenFromMail(mail: ReceivedMail): string {
  const match = /[?&]token=([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/.exec(mail.text);
  if (!match?.[1]) throw new Error(`no token link in mail: ${mail.text}`);
  return match[1];
}
