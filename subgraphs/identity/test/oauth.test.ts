import { randomBytes } from 'node:crypto';
import { gql, signUpUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { providerStatus } from '../../../kit';
import { User } from '../src/entities';
import { OAuthIdentity, OAuthState } from '../src/oauth/entities';
import { hashToken } from '../src/secrets';
import { FakeOAuthServer, OidcProvider, browseOidcLogin, type Callback, type ProviderUser } from './oauth/loopback';
import { Mailbox, OPS, PASSWORD, identityOf, logIn, tokenFromMail } from './support';

const REDIRECT_URI = 'http://127.0.0.1:5173/oauth/callback';
const OTHER_REDIRECT_URI = 'http://127.0.0.1:5173/other/callback';
const GOOGLE = { clientId: 'hubgraph-google-client', clientSecret: 'google-secret-0123456789' };
const GITHUB = { clientId: 'Iv1.hubgraphgithub', clientSecret: 'github-secret-0123456789' };
const FACEBOOK = { clientId: '1234567890', clientSecret: 'facebook-secret-0123456789' };

const Q = {
  providers: '{ oauthProviders }',
  start: `mutation($provider: OAuthProvider!, $redirectUri: String!) {
    startOAuthLogin(provider: $provider, redirectUri: $redirectUri) { authorizationUrl state errors { field message code } }
  }`,
  startLink: `mutation($provider: OAuthProvider!, $redirectUri: String!) {
    startOAuthLink(provider: $provider, redirectUri: $redirectUri) { authorizationUrl state errors { field message code } }
  }`,
  complete: `mutation($provider: OAuthProvider!, $code: String!, $state: String!, $redirectUri: String!) {
    completeOAuthLogin(provider: $provider, code: $code, state: $state, redirectUri: $redirectUri) {
      accessToken refreshToken expiresAt user { id email emailVerified displayName } errors { field message code }
    }
  }`,
  unlink: `mutation($provider: OAuthProvider!) {
    unlinkOAuthAccount(provider: $provider) { user { id linkedAccounts { provider } } errors { field message code } }
  }`,
  me: '{ me { id email emailVerified linkedAccounts { provider email linkedAt lastUsedAt } } }',
  user: 'query($id: ID!) { user(id: $id) { id linkedAccounts { provider } } }',
} as const;

type Provider = 'GOOGLE' | 'GITHUB' | 'FACEBOOK';
const unique = (name: string) => `${name}-${randomBytes(5).toString('hex')}`;

describe('identity: OAuth log-in against a real OIDC provider and loopback GitHub/Facebook', () => {
  let stack: TestStack;
  let google: OidcProvider;
  let github: FakeOAuthServer;
  let facebook: FakeOAuthServer;
  let mailbox: Mailbox;

  const em = () => identityOf(stack).orm.em.fork();

  beforeAll(async () => {
    google = await OidcProvider.start({ ...GOOGLE, redirectUris: [REDIRECT_URI, OTHER_REDIRECT_URI] });
    github = await FakeOAuthServer.start('github', GITHUB);
    facebook = await FakeOAuthServer.start('facebook', FACEBOOK);
    mailbox = await Mailbox.start();
    stack = await startTestStack({
      only: ['identity'],
      env: {
        SMTP_URL: mailbox.url,
        OAUTH_REDIRECT_URIS: `${REDIRECT_URI}, ${OTHER_REDIRECT_URI}`,
        OAUTH_HTTP_TIMEOUT_MS: '1500',
        OAUTH_GOOGLE_CLIENT_ID: GOOGLE.clientId,
        OAUTH_GOOGLE_CLIENT_SECRET: GOOGLE.clientSecret,
        OAUTH_GOOGLE_ISSUER: google.issuer,
        OAUTH_GITHUB_CLIENT_ID: GITHUB.clientId,
        OAUTH_GITHUB_CLIENT_SECRET: GITHUB.clientSecret,
        OAUTH_GITHUB_AUTHORIZE_URL: github.authorizeUrl,
        OAUTH_GITHUB_TOKEN_URL: github.tokenUrl,
        OAUTH_GITHUB_API_URL: github.apiUrl,
        OAUTH_FACEBOOK_CLIENT_ID: FACEBOOK.clientId,
        OAUTH_FACEBOOK_CLIENT_SECRET: FACEBOOK.clientSecret,
        OAUTH_FACEBOOK_AUTHORIZE_URL: facebook.authorizeUrl,
        OAUTH_FACEBOOK_TOKEN_URL: facebook.tokenUrl,
        OAUTH_FACEBOOK_GRAPH_URL: facebook.apiUrl,
      },
    });
  });

  afterEach(() => {
    github.mode = 'up';
    facebook.mode = 'up';
  });

  async function start(provider: Provider, options: { token?: string; redirectUri?: string } = {}) {
    const res = await gql(
      stack.url,
      options.token ? Q.startLink : Q.start,
      { provider, redirectUri: options.redirectUri ?? REDIRECT_URI },
      { token: options.token },
    );
    const payload = res.body.data?.[options.token ? 'startOAuthLink' : 'startOAuthLogin'];
    if (!payload?.authorizationUrl) throw new Error(`start failed: ${JSON.stringify(res.body)}`);
    return payload as { authorizationUrl: string; state: string };
  }

  const complete = (
    provider: Provider,
    callback: Pick<Callback, 'code' | 'state'>,
    options: { token?: string; redirectUri?: string } = {},
  ) =>
    gql(
      stack.url,
      Q.complete,
      { provider, code: callback.code, state: callback.state, redirectUri: options.redirectUri ?? REDIRECT_URI },
      { token: options.token },
    );

  async function googleAccount(verified = true, email = `${unique('g')}@gmail.test`) {
    const sub = unique('google-sub');
    await google.addAccount({ sub, email, email_verified: verified, name: 'Grace Google' });
    return { sub, email };
  }

  const githubUser = (email: string, verified = true): ProviderUser => ({
    id: String(Math.floor(Math.random() * 1e9)),
    name: 'Gus Hub',
    emails: [
      { email: `${unique('noreply')}@users.noreply.github.test`, primary: false, verified: true },
      { email, primary: true, verified },
    ],
  });
  const facebookUser = (email: string): ProviderUser => ({
    id: String(Math.floor(Math.random() * 1e15)),
    name: 'Fay Book',
    emails: [{ email, primary: true, verified: true }],
  });

  /** Logs in with Google as `sub` from start to finish; returns the completion response. */
  async function googleLogin(sub: string, options: { token?: string } = {}) {
    const started = await start('GOOGLE', options);
    const callback = await browseOidcLogin(started.authorizationUrl, REDIRECT_URI, sub);
    expect(callback.state).toBe(started.state);
    return complete('GOOGLE', callback, options);
  }

  async function viaFake(fake: FakeOAuthServer, provider: Provider, user: ProviderUser, options: { token?: string } = {}) {
    const started = await start(provider, options);
    const callback = await fake.authorize(started.authorizationUrl, user);
    return complete(provider, callback, options);
  }

  const me = async (token: string) => (await gql(stack.url, Q.me, {}, { token })).body.data.me;
  const signedIn = (res: Awaited<ReturnType<typeof complete>>) => {
    const payload = res.body.data?.completeOAuthLogin;
    if (!payload?.accessToken) throw new Error(`not signed in: ${JSON.stringify(res.body)}`);
    expect(payload.errors).toEqual([]);
    return payload as {
      accessToken: string;
      refreshToken: string;
      user: { id: string; email: string; emailVerified: boolean; displayName: string };
    };
  };

  it('lists the configured providers and refuses unregistered redirect URIs', async () => {
    expect((await gql(stack.url, Q.providers)).body.data).toEqual({ oauthProviders: ['GOOGLE', 'GITHUB', 'FACEBOOK'] });
    const res = await gql(stack.url, Q.start, { provider: 'GOOGLE', redirectUri: 'https://evil.test/callback' });
    expect(res.body.data.startOAuthLogin).toEqual({
      authorizationUrl: null,
      state: null,
      errors: [{ field: 'redirectUri', message: expect.stringMatching(/not registered/), code: 'BAD_USER_INPUT' }],
    });
  });

  it('Google: creates an account on first log-in (PKCE S256, nonce, hashed state), signs the same user in the next time', async () => {
    const { sub, email } = await googleAccount();
    const started = await start('GOOGLE');
    const url = new URL(started.authorizationUrl);
    expect(url.origin).toBe(google.issuer);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('nonce')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('state')).toBe(started.state);
    expect(Buffer.from(started.state, 'base64url')).toHaveLength(32);
    const row = await em().findOneOrFail(OAuthState, { stateHash: hashToken(started.state) });
    expect(row.provider).toBe('GOOGLE');
    expect((row.expiresAt.getTime() - Date.now()) / 60_000).toBeGreaterThan(9);
    expect((row.expiresAt.getTime() - Date.now()) / 60_000).toBeLessThanOrEqual(10);

    const callback = await browseOidcLogin(started.authorizationUrl, REDIRECT_URI, sub);
    const first = signedIn(await complete('GOOGLE', callback));
    expect(first.user).toMatchObject({ email, emailVerified: true, displayName: 'Grace Google' });
    // Sign-up through a provider provisions a tenant like any self sign-up (catalogue #55).
    const tenant = await gql(stack.url, '{ currentTenant { name viewerRole } }', {}, { token: first.accessToken });
    expect(tenant.body.data.currentTenant).toEqual({ name: "Grace Google's workspace", viewerRole: 'ADMIN' });
    expect(await me(first.accessToken)).toMatchObject({
      id: first.user.id,
      linkedAccounts: [{ provider: 'GOOGLE', email, linkedAt: expect.any(String), lastUsedAt: expect.any(String) }],
    });
    // The tokens are ordinary session tokens: the refresh token rotates like a password log-in's.
    const refreshed = await gql(stack.url, OPS.refresh, { refreshToken: first.refreshToken });
    expect(refreshed.body.data.refreshAccessToken.user.id).toBe(first.user.id);
    // No password: password log-in fails the ordinary way, even with the decoy hash's password.
    for (const password of ['', 'decoy-password-for-timing', 'anything at all']) {
      const res = await gql(stack.url, OPS.logIn, { input: { email, password } });
      expect(res.body.data.logIn.errors).toEqual([{ field: null, message: 'E-mail or password is incorrect.', code: 'UNAUTHENTICATED' }]);
    }

    const second = signedIn(await googleLogin(sub));
    expect(second.user.id).toBe(first.user.id);
    expect(await em().count(User, { email })).toBe(1);
    expect(await em().count(OAuthIdentity, { userId: first.user.id })).toBe(1);
    // Other people do not see someone's linked accounts.
    const other = await signUpUser(stack.url, 'nosy');
    expect((await gql(stack.url, Q.user, { id: first.user.id }, { token: other.token })).body.data.user).toEqual({
      id: first.user.id,
      linkedAccounts: null,
    });
  });

  it('links to an existing account only when both it and the provider have verified the address', async () => {
    const local = await signUpUser(stack.url, 'local');
    const { sub } = await googleAccount(true, local.email);
    // The local account has not verified its address: someone may have registered it with another's address.
    const refused = await googleLogin(sub);
    expect(refused.body.data.completeOAuthLogin).toMatchObject({
      accessToken: null,
      errors: [{ field: null, code: 'CONFLICT', message: expect.stringMatching(/Log in with your password .*then link Google/) }],
    });
    expect(await em().count(OAuthIdentity, { userId: local.id })).toBe(0);

    await em().nativeUpdate(User, { id: local.id }, { emailVerified: true });
    const linked = signedIn(await googleLogin(sub));
    expect(linked.user.id).toBe(local.id);
    expect(await em().findOneOrFail(OAuthIdentity, { userId: local.id })).toMatchObject({
      provider: 'GOOGLE',
      origin: 'EMAIL_MATCH',
      subject: sub,
    });
  });

  it('refuses to link by e-mail the provider has not verified (Google unverified, GitHub unverified primary, Facebook always)', async () => {
    const local = await signUpUser(stack.url, 'victim');
    await em().nativeUpdate(User, { id: local.id }, { emailVerified: true });
    const { sub } = await googleAccount(false, local.email);
    const attempts = [
      await googleLogin(sub),
      await viaFake(github, 'GITHUB', githubUser(local.email, false)),
      await viaFake(facebook, 'FACEBOOK', facebookUser(local.email)),
    ];
    for (const res of attempts) {
      expect(res.body.data.completeOAuthLogin).toMatchObject({ accessToken: null, errors: [{ code: 'CONFLICT' }] });
    }
    expect(await em().count(OAuthIdentity, { userId: local.id })).toBe(0);
    expect(await em().count(User, { email: local.email })).toBe(1);
  });

  it('GitHub and Facebook create accounts: GitHub from the verified primary address, Facebook unverified', async () => {
    const gh = signedIn(await viaFake(github, 'GITHUB', githubUser(`${unique('hub')}@example.test`)));
    expect(gh.user.emailVerified).toBe(true);
    expect(gh.user.email).toMatch(/^hub-/);
    const request = github.tokenRequests.at(-1)!;
    expect(request).toMatchObject({ client_id: GITHUB.clientId, client_secret: GITHUB.clientSecret, redirect_uri: REDIRECT_URI });
    expect(request.code_verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const fb = signedIn(await viaFake(facebook, 'FACEBOOK', facebookUser(`${unique('book')}@example.test`)));
    expect(fb.user.emailVerified).toBe(false);
    expect((await em().findOneOrFail(OAuthIdentity, { userId: fb.user.id })).origin).toBe('SIGN_UP');
  });

  it('keeps several providers on one user; a link completes only for the user who started it', async () => {
    const { sub, email } = await googleAccount();
    const user = signedIn(await googleLogin(sub));
    const ghUser = githubUser(`${unique('other')}@example.test`);

    // Started by the user, completed without their token (e.g. a link sent to someone else): refused.
    const started = await start('GITHUB', { token: user.accessToken });
    const stolen = await complete('GITHUB', await github.authorize(started.authorizationUrl, ghUser));
    expect(stolen.body.data.completeOAuthLogin.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    expect((await gql(stack.url, Q.startLink, { provider: 'GITHUB', redirectUri: REDIRECT_URI })).body.errors?.[0]!.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );

    // A different address at GitHub does not matter when the owner links it themself.
    const linked = signedIn(await viaFake(github, 'GITHUB', ghUser, { token: user.accessToken }));
    expect(linked.user.id).toBe(user.user.id);
    const fb = facebookUser(`${unique('fb')}@example.test`);
    signedIn(await viaFake(facebook, 'FACEBOOK', fb, { token: user.accessToken }));
    expect((await me(user.accessToken)).linkedAccounts.map((a: { provider: string }) => a.provider)).toEqual([
      'GOOGLE',
      'GITHUB',
      'FACEBOOK',
    ]);

    // Each of them now logs in to the same account.
    expect(signedIn(await viaFake(github, 'GITHUB', ghUser)).user.id).toBe(user.user.id);
    expect(signedIn(await viaFake(facebook, 'FACEBOOK', fb)).user.id).toBe(user.user.id);
    expect(await em().count(User, { email })).toBe(1);

    // A provider account linked to someone cannot be linked to another user.
    const other = await signUpUser(stack.url, 'other');
    const taken = await viaFake(github, 'GITHUB', ghUser, { token: other.token });
    expect(taken.body.data.completeOAuthLogin.errors).toEqual([
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringMatching(/already linked to another/) }),
    ]);
  });

  it('refuses a replayed state, a state issued for another provider or redirect URI, and an expired state', async () => {
    const { sub } = await googleAccount();
    const started = await start('GOOGLE');
    const callback = await browseOidcLogin(started.authorizationUrl, REDIRECT_URI, sub);
    signedIn(await complete('GOOGLE', callback));
    const invalid = [
      { field: 'state', message: 'This sign-in attempt is invalid, already used or expired; start again.', code: 'BAD_USER_INPUT' },
    ];
    expect((await complete('GOOGLE', callback)).body.data.completeOAuthLogin.errors).toEqual(invalid);

    // A GitHub code delivered with a Google state (mix-up), and the other way round.
    const googleStarted = await start('GOOGLE');
    const ghCallback = await github.authorize((await start('GITHUB')).authorizationUrl, githubUser(`${unique('mix')}@example.test`));
    expect((await complete('GITHUB', { code: ghCallback.code, state: googleStarted.state })).body.data.completeOAuthLogin.errors).toEqual(
      invalid,
    );
    expect((await complete('GOOGLE', { code: 'x', state: ghCallback.state })).body.data.completeOAuthLogin.errors).toEqual(invalid);
    // Both states were burnt by the misuse.
    expect((await complete('GITHUB', ghCallback)).body.data.completeOAuthLogin.errors).toEqual(invalid);

    const other = await start('GOOGLE', { redirectUri: OTHER_REDIRECT_URI });
    const otherCallback = await browseOidcLogin(other.authorizationUrl, OTHER_REDIRECT_URI, sub);
    expect((await complete('GOOGLE', otherCallback)).body.data.completeOAuthLogin.errors).toEqual(invalid);

    const late = await start('GOOGLE');
    const lateCallback = await browseOidcLogin(late.authorizationUrl, REDIRECT_URI, sub);
    await em().nativeUpdate(OAuthState, { stateHash: hashToken(late.state) }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await complete('GOOGLE', lateCallback)).body.data.completeOAuthLogin.errors).toEqual(invalid);
    expect((await complete('GOOGLE', { code: 'x', state: 'not-a-state' })).body.data.completeOAuthLogin.errors).toEqual(invalid);
  });

  it('refuses an ID token whose nonce is not the one the state was issued with', async () => {
    const { sub, email } = await googleAccount();
    const started = await start('GOOGLE');
    // An attacker's authorization request: same client and state, but their own nonce.
    const tampered = new URL(started.authorizationUrl);
    tampered.searchParams.set('nonce', randomBytes(32).toString('base64url'));
    const callback = await browseOidcLogin(tampered.toString(), REDIRECT_URI, sub);
    const res = await complete('GOOGLE', callback);
    expect(res.body.data.completeOAuthLogin).toMatchObject({
      accessToken: null,
      errors: [{ field: 'code', code: 'BAD_USER_INPUT', message: "Google's answer could not be verified; start again." }],
    });
    expect(await em().count(User, { email })).toBe(0);
  });

  it('fails when the PKCE verifier does not match the challenge (the provider refuses the code)', async () => {
    const { sub } = await googleAccount();
    const started = await start('GOOGLE');
    const tampered = new URL(started.authorizationUrl);
    tampered.searchParams.set('code_challenge', randomBytes(32).toString('base64url'));
    const res = await complete('GOOGLE', await browseOidcLogin(tampered.toString(), REDIRECT_URI, sub));
    expect(res.body.data.completeOAuthLogin.errors).toEqual([
      {
        field: 'code',
        code: 'BAD_USER_INPUT',
        message: 'Google did not accept this sign-in (it may have expired or been used); start again.',
      },
    ]);

    const ghStarted = await start('GITHUB');
    const ghTampered = new URL(ghStarted.authorizationUrl);
    ghTampered.searchParams.set('code_challenge', randomBytes(32).toString('base64url'));
    const gh = await complete('GITHUB', await github.authorize(ghTampered.toString(), githubUser(`${unique('pkce')}@example.test`)));
    expect(gh.body.data.completeOAuthLogin.errors).toEqual([
      expect.objectContaining({ field: 'code', message: expect.stringMatching(/GitHub did not accept/) }),
    ]);
  });

  it('answers SERVICE_UNAVAILABLE, without internals, when a provider is down, slow or failing', async () => {
    const failuresBefore = providerStatus(['oauth-facebook'])[0]?.failures ?? 0;
    for (const mode of ['down', 'hang', 'error'] as const) {
      const started = await start('FACEBOOK');
      const callback = await facebook.authorize(started.authorizationUrl, facebookUser(`${unique('down')}@example.test`));
      facebook.mode = mode;
      const begun = Date.now();
      const res = await complete('FACEBOOK', callback);
      facebook.mode = 'up';
      expect(Date.now() - begun).toBeLessThan(5000);
      expect(res.body.data).toEqual({ completeOAuthLogin: null });
      expect(res.body.errors).toHaveLength(1);
      const [error] = res.body.errors!;
      expect(error!.message).toBe('Facebook cannot be reached right now; try again in a few minutes or log in another way.');
      expect(error!.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      // Nothing of the subgraph's failure travels: not the provider's URL or answer, not our stack.
      // (Outside production the router adds its own gateway stack to every error; production drops it.)
      expect(JSON.stringify(error)).not.toMatch(new RegExp(`${facebook.url}|secret|ProviderError|src/oauth|Service Unavailable`, 'i'));
    }
    // The calls went through the kit's outbound client, which counted the three failures.
    expect(providerStatus(['oauth-facebook'])[0]).toMatchObject({ name: 'oauth-facebook', lastError: expect.any(String) });
    expect(providerStatus(['oauth-facebook'])[0]!.failures - failuresBefore).toBe(3);
  });

  it('a password reset takes a provider-created account away from whoever created it on an unverified address', async () => {
    // Someone creates an account through Facebook with the victim's address (Facebook does not verify).
    const victimEmail = `${unique('victim')}@example.test`;
    const attacker = facebookUser(victimEmail);
    const created = signedIn(await viaFake(facebook, 'FACEBOOK', attacker));
    expect(created.user.emailVerified).toBe(false);
    // The owner of the mailbox cannot sign up, so resets the password.
    expect((await gql(stack.url, OPS.requestReset, { email: victimEmail })).body.data.requestPasswordReset.accepted).toBe(true);
    const token = tokenFromMail(await mailbox.waitFor(victimEmail, /Reset your Hubgraph password/));
    expect((await gql(stack.url, OPS.reset, { token, newPassword: PASSWORD })).body.data.resetPassword).toEqual({ ok: true, errors: [] });
    // The Facebook link is gone; that Facebook account now meets a verified local account: refused.
    expect(await em().count(OAuthIdentity, { userId: created.user.id })).toBe(0);
    const again = await viaFake(facebook, 'FACEBOOK', attacker);
    expect(again.body.data.completeOAuthLogin.errors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    expect((await logIn(stack.url, victimEmail)).userId).toBe(created.user.id);
    // A link its owner made while signed in survives a reset.
    const owner = await logIn(stack.url, victimEmail);
    signedIn(await viaFake(facebook, 'FACEBOOK', facebookUser(`${unique('own')}@example.test`), { token: owner.accessToken }));
    expect(await em().count(OAuthIdentity, { userId: created.user.id, origin: 'LINK' })).toBe(1);
  });

  it('unlinks a provider unless it is the last way to log in', async () => {
    const { sub } = await googleAccount();
    const user = signedIn(await googleLogin(sub));
    const unlink = (provider: Provider, token: string) => gql(stack.url, Q.unlink, { provider }, { token });

    expect((await unlink('GOOGLE', user.accessToken)).body.data.unlinkOAuthAccount).toEqual({
      user: null,
      errors: [{ field: 'provider', code: 'CONFLICT', message: expect.stringMatching(/only way to log in/) }],
    });
    expect((await unlink('GITHUB', user.accessToken)).body.data.unlinkOAuthAccount.errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND' }),
    ]);
    signedIn(await viaFake(github, 'GITHUB', githubUser(`${unique('second')}@example.test`), { token: user.accessToken }));
    expect((await unlink('GOOGLE', user.accessToken)).body.data.unlinkOAuthAccount).toEqual({
      user: { id: user.user.id, linkedAccounts: [{ provider: 'GITHUB' }] },
      errors: [],
    });
    expect((await unlink('GITHUB', user.accessToken)).body.data.unlinkOAuthAccount.errors).toEqual([
      expect.objectContaining({ code: 'CONFLICT' }),
    ]);

    // With a password, the last provider can go.
    const local = await signUpUser(stack.url, 'haspassword');
    signedIn(await viaFake(facebook, 'FACEBOOK', facebookUser(`${unique('x')}@example.test`), { token: local.token }));
    expect((await unlink('FACEBOOK', local.token)).body.data.unlinkOAuthAccount.errors).toEqual([]);
    expect((await gql(stack.url, Q.unlink, { provider: 'GOOGLE' })).body.errors?.[0]!.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps one way to log in when both providers of a password-less account are unlinked at once', async () => {
    for (let round = 0; round < 6; round++) {
      const { sub } = await googleAccount();
      const user = signedIn(await googleLogin(sub));
      signedIn(await viaFake(github, 'GITHUB', githubUser(`${unique('race')}@example.test`), { token: user.accessToken }));
      const results = await Promise.all(
        (['GOOGLE', 'GITHUB'] as const).map((provider) => gql(stack.url, Q.unlink, { provider }, { token: user.accessToken })),
      );
      const codes = results.map((res) => res.body.data.unlinkOAuthAccount.errors.map((e: { code: string }) => e.code).join());
      expect({ round, codes: [...codes].sort() }).toEqual({ round, codes: ['', 'CONFLICT'] });
      expect((await me(user.accessToken)).linkedAccounts).toHaveLength(1);
    }
  });
});
