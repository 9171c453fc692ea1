import { gql, signUpUser } from '../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../test/helpers/stack';

/**
 * The OWASP Secure Headers Project's recommended response headers (its `ci/headers_add.json`, the
 * values as published), and what every answer of ours must carry for each: the same value, a value
 * at least as strict, or nothing where kit/src/security-headers.ts says why not.
 */
const OWASP: Record<string, { recommended: string; check: (value: string | null) => boolean }> = {
  'x-content-type-options': { recommended: 'nosniff', check: (v) => v === 'nosniff' },
  'x-frame-options': { recommended: 'deny', check: (v) => v?.toLowerCase() === 'deny' },
  'referrer-policy': { recommended: 'no-referrer', check: (v) => v === 'no-referrer' },
  'cross-origin-opener-policy': { recommended: 'same-origin', check: (v) => v === 'same-origin' },
  'x-permitted-cross-domain-policies': { recommended: 'none', check: (v) => v === 'none' },
  'permissions-policy': {
    recommended: 'accelerometer=(), camera=(), geolocation=(), microphone=(), payment=(), usb=() …',
    check: (v) => ['camera', 'geolocation', 'microphone', 'payment', 'usb'].every((f) => v?.includes(`${f}=()`)),
  },
  'content-security-policy': {
    recommended: "default-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'",
    // Stricter for data: nothing at all may load; pages name their own sources (checked below).
    check: (v) => !!v && /default-src 'none'/.test(v) && /frame-ancestors 'none'/.test(v) && /base-uri 'none'/.test(v),
  },
  'cross-origin-resource-policy': { recommended: 'same-origin', check: (v) => v === 'same-origin' },
};

function owaspProblems(headers: Headers): string[] {
  return Object.entries(OWASP)
    .filter(([name, rule]) => !rule.check(headers.get(name)))
    .map(([name, rule]) => `${name}: "${headers.get(name)}" (OWASP: "${rule.recommended}")`);
}

/** The directives of a Content-Security-Policy, by name. */
function directives(csp: string | null): Record<string, string[]> {
  return Object.fromEntries(
    (csp ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('security headers', () => {
  let stack: TestStack;
  let origin: string;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'basics', 'links', 'publishing'] });
    origin = new URL(stack.url).origin;
  });

  it('puts the OWASP headers on every kind of answer: GraphQL, errors, health, plain routes, public paths', async () => {
    const alice = await signUpUser(stack.url, 'alice');
    const created = await gql(
      stack.url,
      'mutation { createShortLink(input: { target: "https://example.com/x" }) { link { code } } }',
      {},
      {
        token: alice.token,
      },
    );
    const code = created.body.data.createShortLink.link.code as string;
    const answers: [string, Response][] = [
      [
        'GraphQL POST',
        await fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }),
      ],
      ['GraphQL GET', await fetch(`${stack.url}?query=%7B__typename%7D`, { headers: { 'apollo-require-preflight': '1' } })],
      ['invalid JSON (400)', await fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' })],
      ['unknown path (404)', await fetch(`${origin}/nowhere`)],
      ['health', await fetch(`${origin}/health`)],
      ['explorer asset', await fetch(`${origin}/explorer/assets/graphiql.css`)],
      ['public path: redirect', await fetch(`${origin}/s/${code}`, { redirect: 'manual' })],
      ['public path: unknown code', await fetch(`${origin}/s/zzzzzzz`, { redirect: 'manual' })],
      ['public path: feed', await fetch(`${origin}/feeds/posts.rss`)],
    ];
    expect(answers.find(([, res]) => res.headers.get('location'))?.[1].status).toBe(302);
    const problems = answers.flatMap(([name, res]) => owaspProblems(res.headers).map((p) => `${name}: ${p}`));
    expect(problems).toEqual([]);
    // Development over plain HTTP: no HSTS (a browser would then refuse http://localhost for two years).
    expect(answers.map(([, res]) => res.headers.get('strict-transport-security'))).toEqual(answers.map(() => null));
  });

  it('gives each HTML page a strict policy that names only what the page loads', async () => {
    const explorer = await fetch(`${origin}/explorer`);
    expect(owaspProblems(explorer.headers).filter((p) => !p.startsWith('content-security-policy'))).toEqual([]);
    const csp = directives(explorer.headers.get('content-security-policy'));
    expect(csp['default-src']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    // Scripts: its own files and its one inline script by hash; never 'unsafe-inline' or 'unsafe-eval'.
    expect(csp['script-src']).toEqual(["'self'", expect.stringMatching(/^'sha256-[A-Za-z0-9+/]+=*'$/)]);
    expect(Object.values(csp).flat()).not.toContain("'unsafe-inline'");
    expect(Object.values(csp).flat()).not.toContain("'unsafe-eval'");
    expect(csp['connect-src']).toEqual(["'self'"]);

    const landing = await fetch(stack.url, { headers: { accept: 'text/html' } });
    expect(landing.headers.get('content-type')).toMatch(/^text\/html/);
    const landingCsp = directives(landing.headers.get('content-security-policy'));
    expect(landingCsp['script-src']).toEqual(['https://embeddable-sandbox.cdn.apollographql.com', expect.stringMatching(/^'sha256-/)]);
    expect(landingCsp['frame-src']).toEqual(['https://sandbox.embed.apollographql.com']);
    expect(landingCsp['frame-ancestors']).toEqual(["'none'"]);
    // Nothing inline that the policy would block: no event-handler attributes, no inline style attributes.
    const html = await landing.text();
    expect(html).not.toMatch(/\son[a-z]+=/);
    expect(html).not.toMatch(/\sstyle=/);

    const blog = await fetch(`${origin}/blog/`);
    expect(blog.status).toBe(200);
    const blogCsp = directives(blog.headers.get('content-security-policy'));
    expect(blogCsp['default-src']).toEqual(["'none'"]);
    expect(blogCsp['script-src']).toBeUndefined(); // an article's author can never run a script
  });
});
