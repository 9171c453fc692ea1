import { gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, stopSubgraph, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';

const CREATE = 'mutation($input: CreateShortLinkInput!) { createShortLink(input: $input) { link { id code } errors { code } } }';
const UPDATE =
  'mutation($id: ID!, $input: UpdateShortLinkInput!) { updateShortLink(id: $id, input: $input) { link { id target } errors { code } } }';
const STATS =
  'query($code: String!) { shortLink(code: $code) { visitCount stats { total bots byDevice { device count } byReferrer { host count } } } }';
const MOBILE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';

/**
 * The router's edge cache for redirects (kit/src/edge.ts): with a long edge TTL, the router answers a
 * code by itself after the first visit and reports every visit it answered back to links.
 */
describe('links redirects answered at the router edge', () => {
  let stack: TestStack;
  let alice: TestUser;
  let origin: string;

  const visit = (code: string, init: { query?: string; headers?: Record<string, string> } = {}) =>
    fetch(`${origin}/s/${code}${init.query ?? ''}`, { redirect: 'manual', headers: { 'user-agent': MOBILE, ...init.headers } });
  const stats = async (code: string) => (await gql(stack.url, STATS, { code }, { token: alice.token })).body.data.shortLink;
  const create = async (input: Record<string, unknown>) => {
    const res = await gql(stack.url, CREATE, { input }, { token: alice.token });
    expect(res.body.data.createShortLink.errors).toEqual([]);
    return res.body.data.createShortLink.link as { id: string; code: string };
  };

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'links'], env: { LINKS_FLUSH_MS: '50', LINKS_EDGE_TTL_MS: '120000' } });
    origin = new URL(stack.url).origin;
    alice = await signUpUser(stack.url, 'alice');
  });

  it('keeps redirecting while links is down, and links counts every visit once it is back', async () => {
    const link = await create({ target: 'https://example.com/edge?a=1' });
    const first = await visit(link.code); // links answers, marks it cacheable; the router keeps it
    expect(first.status).toBe(302);
    for (const name of ['x-hubgraph-edge-ttl', 'x-hubgraph-edge-location', 'x-hubgraph-edge-report'])
      expect(first.headers.get(name)).toBeNull();

    const links = await stopSubgraph(stack, 'links');
    // Only the router can answer now: the redirect, the request's query merged, from its edge cache.
    const answers = await Promise.all(
      Array.from({ length: 25 }, (_, i) => visit(link.code, { query: `?a=2&i=${i}`, headers: { referer: 'https://news.example/item' } })),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(25).fill(302));
    expect(answers[3]!.headers.get('location')).toBe('https://example.com/edge?a=2&i=3');
    expect(answers[3]!.headers.get('cache-control')).toBe('private, no-store');
    expect(answers[3]!.headers.get('x-content-type-options')).toBe('nosniff');

    await links.restart();
    // The visits the router answered while links was down were kept and reported again: none is lost.
    await eventually(
      async () =>
        expect(await stats(link.code)).toEqual({
          visitCount: 26,
          stats: {
            total: 26,
            bots: 0,
            byDevice: [{ device: 'MOBILE', count: 26 }],
            byReferrer: expect.arrayContaining([{ host: 'news.example', count: 25 }]),
          },
        }),
      20_000,
    );
  });

  it('drops the edge entry when the link changes through the router', async () => {
    const link = await create({ target: 'https://example.com/old' });
    expect((await visit(link.code)).headers.get('location')).toBe('https://example.com/old');
    expect((await visit(link.code)).headers.get('location')).toBe('https://example.com/old'); // the positive control: from the edge
    const updated = await gql(stack.url, UPDATE, { id: link.id, input: { target: 'https://example.com/new' } }, { token: alice.token });
    expect(updated.body.data.updateShortLink.errors).toEqual([]);
    expect((await visit(link.code)).headers.get('location')).toBe('https://example.com/new');
  });

  it('never answers a link with a visit limit at the edge', async () => {
    const link = await create({ target: 'https://example.com/limited', maxVisits: 3 });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await visit(link.code)).status);
    expect(statuses).toEqual([302, 302, 302, 410, 410]);
  });

  it('refuses a visit report that the router did not sign, through the router and straight to links', async () => {
    const link = await create({ target: 'https://example.com/forged' });
    const body = JSON.stringify({ visits: Array.from({ length: 50 }, () => ({ path: `/s/${link.code}`, at: Date.now() })) });
    const viaRouter = await fetch(`${origin}/s/_edge-visits`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hubgraph-auth': 'forged' },
      body,
    });
    expect(viaRouter.status).toBe(401);
    const direct = await fetch(`${stack.subgraphs.find((s) => s.name === 'links')!.url.replace(/\/graphql$/, '')}/s/_edge-visits`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(direct.status).toBe(401);
    expect((await visit(link.code)).status).toBe(302); // the positive control: a real visit is counted
    await eventually(async () => expect((await stats(link.code)).visitCount).toBe(1));
    expect((await stats(link.code)).stats.total).toBe(1);
  });
});
