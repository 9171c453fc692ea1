import { spawn } from 'node:child_process';
import { createHash, randomBytes, createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { disposeAfterAll } from '../../../../test/helpers/stack';

/** A person at the OIDC provider. */
export interface OidcAccount {
  sub: string;
  email: string;
  email_verified: boolean;
  name?: string;
}

/**
 * The real `oidc-provider` package in a child process (it is ESM-only), on loopback: discovery,
 * authorization with its own log-in and consent pages, token endpoint with PKCE and client
 * secret, JWKS, userinfo. Stopped after the suite.
 */
export class OidcProvider {
  private constructor(
    readonly issuer: string,
    private readonly stop: () => Promise<void>,
  ) {}

  static async start(client: { clientId: string; clientSecret: string; redirectUris: string[] }): Promise<OidcProvider> {
    const child = spawn(process.execPath, [join(__dirname, 'oidc-server.mjs'), JSON.stringify(client)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const stop = disposeAfterAll(
      () =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    );
    const line = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: child.stdout });
      lines.once('line', resolve);
      child.once('exit', (code) => reject(new Error(`oidc-server exited with ${code}: ${stderr}`)));
    });
    return new OidcProvider((JSON.parse(line) as { issuer: string }).issuer, stop);
  }

  async addAccount(account: OidcAccount): Promise<void> {
    const res = await fetch(`${this.issuer}/__test/accounts`, { method: 'POST', body: JSON.stringify(account) });
    if (res.status !== 204) throw new Error(`adding account failed: ${res.status}`);
  }

  close(): Promise<void> {
    return this.stop();
  }
}

/** A tiny cookie jar: enough for oidc-provider's interaction and resume cookies. */
class CookieJar {
  private cookies = new Map<string, string>();
  store(res: Response): void {
    for (const header of res.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=.*1970/i.test(a));
      if (expired || !value) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/** Where the provider finally sent the browser: the redirect URI with its query. */
export interface Callback {
  url: URL;
  code: string | null;
  state: string | null;
  error: string | null;
}

/**
 * Plays a browser through oidc-provider's development log-in and consent forms: follows redirects
 * with cookies, signs in as `sub`, grants consent, and stops at `redirectUri`.
 */
export async function browseOidcLogin(authorizationUrl: string, redirectUri: string, sub: string): Promise<Callback> {
  const jar = new CookieJar();
  let next = authorizationUrl;
  let method: 'GET' | 'POST' = 'GET';
  let body: string | undefined;
  for (let hop = 0; hop < 20; hop++) {
    if (next.startsWith(redirectUri)) {
      const url = new URL(next);
      return { url, code: url.searchParams.get('code'), state: url.searchParams.get('state'), error: url.searchParams.get('error') };
    }
    const res = await fetch(next, {
      method,
      redirect: 'manual',
      headers: { cookie: jar.header(), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body,
    });
    jar.store(res);
    method = 'GET';
    body = undefined;
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      next = new URL(location, next).toString();
      continue;
    }
    const html = await res.text();
    if (res.status !== 200) throw new Error(`provider answered ${res.status} at ${next}: ${html.slice(0, 500)}`);
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (prompt === 'login') body = new URLSearchParams({ prompt: 'login', login: sub, password: 'any' }).toString();
    else if (prompt === 'consent') body = new URLSearchParams({ prompt: 'consent' }).toString();
    else throw new Error(`unexpected provider page at ${next}: ${html.slice(0, 500)}`);
    method = 'POST';
  }
  throw new Error('too many redirects at the provider');
}

/** A person at the GitHub or Facebook stand-in. */
export interface ProviderUser {
  id: string;
  name: string;
  /** GitHub: every address with its flags; Facebook: the first one's address is `email`. */
  emails: { email: string; primary: boolean; verified: boolean }[];
}

interface IssuedCode {
  clientId: string;
  redirectUri: string;
  challenge: string;
  user: ProviderUser;
  used: boolean;
}

const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

/**
 * A loopback stand-in for GitHub's or Facebook's OAuth endpoints and APIs, answering with their
 * recorded response shapes and checking what they check: the client secret, the redirect URI, a code
 * used once, the PKCE verifier against the challenge, bearer tokens, Facebook's appsecret_proof. The
 * test says who is signed in there (`actingAs`). `mode` makes it fail: `down` drops connections,
 * `hang` never answers, `error` answers 503.
 */
export class FakeOAuthServer {
  actingAs?: ProviderUser;
  mode: 'up' | 'down' | 'hang' | 'error' = 'up';
  readonly tokenRequests: Record<string, string>[] = [];
  private codes = new Map<string, IssuedCode>();
  private tokens = new Map<string, ProviderUser>();
  private hanging = new Set<ServerResponse>();

  private constructor(
    readonly kind: 'github' | 'facebook',
    private readonly client: { clientId: string; clientSecret: string },
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(kind: 'github' | 'facebook', client: { clientId: string; clientSecret: string }): Promise<FakeOAuthServer> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const fake = new FakeOAuthServer(kind, client, server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    server.on('request', (req, res) => {
      fake.handle(req, res).catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
    });
    disposeAfterAll(() => fake.close());
    return fake;
  }

  get authorizeUrl(): string {
    return this.kind === 'github' ? `${this.url}/login/oauth/authorize` : `${this.url}/v23.0/dialog/oauth`;
  }
  get tokenUrl(): string {
    return this.kind === 'github' ? `${this.url}/login/oauth/access_token` : `${this.url}/v23.0/oauth/access_token`;
  }
  get apiUrl(): string {
    return this.kind === 'github' ? `${this.url}/api` : `${this.url}/v23.0`;
  }

  /** Plays the browser: opens the authorization URL as `actingAs` and returns where it was sent. */
  async authorize(authorizationUrl: string, user: ProviderUser): Promise<Callback> {
    this.actingAs = user;
    const res = await fetch(authorizationUrl, { redirect: 'manual' });
    const location = res.headers.get('location');
    if (res.status !== 302 || !location) throw new Error(`authorize answered ${res.status}: ${await res.text()}`);
    const url = new URL(location);
    return { url, code: url.searchParams.get('code'), state: url.searchParams.get('state'), error: url.searchParams.get('error') };
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.mode === 'down') return void req.socket.destroy();
    if (this.mode === 'hang') return void this.hanging.add(res);
    if (this.mode === 'error') return this.json(res, 503, { message: 'Service Unavailable' });
    const url = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));

    if (req.method === 'GET' && url.toString().startsWith(this.authorizeUrl)) {
      const q = url.searchParams;
      if (q.get('client_id') !== this.client.clientId || q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge')) {
        return this.json(res, 400, { error: 'bad authorization request' });
      }
      const code = randomBytes(10).toString('hex');
      this.codes.set(code, {
        clientId: q.get('client_id')!,
        redirectUri: q.get('redirect_uri')!,
        challenge: q.get('code_challenge')!,
        user: this.actingAs!,
        used: false,
      });
      const back = new URL(q.get('redirect_uri')!);
      back.searchParams.set('code', code);
      back.searchParams.set('state', q.get('state') ?? '');
      res.writeHead(302, { location: back.toString() }).end();
      return;
    }

    if (req.method === 'POST' && url.toString() === this.tokenUrl) {
      this.tokenRequests.push(form);
      const issued = this.codes.get(form.code!);
      const problem =
        form.client_id !== this.client.clientId || form.client_secret !== this.client.clientSecret
          ? 'incorrect_client_credentials'
          : !issued || issued.used
            ? 'bad_verification_code'
            : issued.redirectUri !== form.redirect_uri
              ? 'redirect_uri_mismatch'
              : !form.code_verifier || s256(form.code_verifier) !== issued.challenge
                ? 'invalid_grant'
                : null;
      if (issued) issued.used = true;
      if (problem) {
        // GitHub answers OAuth errors with 200; Facebook with 400 and an error object.
        if (this.kind === 'github') return this.json(res, 200, { error: problem, error_description: problem });
        return this.json(res, 400, { error: { message: problem, type: 'OAuthException', code: 100 } });
      }
      const token = randomBytes(16).toString('hex');
      this.tokens.set(token, issued!.user);
      if (this.kind === 'github') return this.json(res, 200, { access_token: token, token_type: 'bearer', scope: 'read:user,user:email' });
      return this.json(res, 200, { access_token: token, token_type: 'bearer', expires_in: 5183944 });
    }

    const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    const user = token ? this.tokens.get(token) : undefined;
    if (!user) return this.json(res, 401, { message: 'Bad credentials' });
    if (this.kind === 'github' && url.pathname === '/api/user') {
      return this.json(res, 200, { login: user.name.toLowerCase().replace(/\W/g, ''), id: Number(user.id), name: user.name });
    }
    if (this.kind === 'github' && url.pathname === '/api/user/emails') {
      return this.json(
        res,
        200,
        user.emails.map((e) => ({ ...e, visibility: e.primary ? 'public' : null })),
      );
    }
    if (this.kind === 'facebook' && url.pathname === '/v23.0/me') {
      const proof = createHmac('sha256', this.client.clientSecret).update(token!).digest('hex');
      if (url.searchParams.get('appsecret_proof') !== proof)
        return this.json(res, 400, { error: { message: 'Invalid appsecret_proof', code: 100 } });
      return this.json(res, 200, { id: user.id, name: user.name, ...(user.emails[0] ? { email: user.emails[0].email } : {}) });
    }
    return this.json(res, 404, { message: 'Not Found' });
  }

  close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
