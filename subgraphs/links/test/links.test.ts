import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import { LinkService } from '../src/service';
import type { LinksDeps } from '../src/context';
import { ShortLink } from '../src/entities';
import { LINK_CHANGED_TOPIC } from '../src/redirect';

const LINK_FIELDS = 'id code shortUrl target tags validFrom validUntil maxVisits visitCount';
const CREATE = `mutation($input: CreateShortLinkInput!) { createShortLink(input: $input) { link { ${LINK_FIELDS} } errors { field message code } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateShortLinkInput!) { updateShortLink(id: $id, input: $input) { link { ${LINK_FIELDS} } errors { field code } } }`;
const DELETE = 'mutation($id: ID!) { deleteShortLink(id: $id) { deletedId errors { code } } }';
const STATS = `query($code: String!) { shortLink(code: $code) { visitCount stats { total nonBots bots
  byDay { day count } byReferrer { host count } byDevice { device count } } } }`;

const UA = {
  desktop: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36',
  mobile: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  tablet: 'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)',
  bot: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
};

describe('links through the router', () => {
  let stack: TestStack;
  let alice: TestUser;
  let bob: TestUser;
  let origin: string;

  const create = async (input: Record<string, unknown>, user = alice) => {
    const res = await gql(stack.url, CREATE, { input }, { token: user.token });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.createShortLink;
  };
  const visit = (code: string, init: { query?: string; headers?: Record<string, string> } = {}) =>
    fetch(`${origin}/s/${code}${init.query ?? ''}`, { redirect: 'manual', headers: { 'user-agent': UA.desktop, ...init.headers } });
  const stats = async (code: string, user = alice) => (await gql(stack.url, STATS, { code }, { token: user.token })).body.data.shortLink;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'links'], env: { LINKS_FLUSH_MS: '50', LINKS_BASE_URL: 'https://sho.rt' } });
    origin = new URL(stack.url).origin;
    alice = await signUpUser(stack.url, 'alice');
    bob = await signUpUser(stack.url, 'bob');
  });

  it('shortens with a random base62 code and redirects with 302, merging the query onto the target', async () => {
    const { link, errors } = await create({
      target: 'https://example.com/page?utm_source=link&keep=1',
      tags: ['Promo', 'promo', 'Spring Sale'],
    });
    expect(errors).toEqual([]);
    expect(link.code).toMatch(/^[A-Za-z0-9]{7}$/);
    expect(link).toMatchObject({
      shortUrl: `https://sho.rt/s/${link.code}`,
      tags: ['promo', 'spring sale'],
      visitCount: 0,
      maxVisits: null,
    });
    const res = await visit(link.code, { query: '?utm_source=mail&x=1&x=2' });
    expect(res.status).toBe(302);
    expect(res.headers.get('cache-control')).toContain('no-store');
    const location = new URL(res.headers.get('location')!);
    expect(location.origin + location.pathname).toBe('https://example.com/page');
    expect([...location.searchParams]).toEqual([
      ['keep', '1'],
      ['utm_source', 'mail'],
      ['x', '1'],
      ['x', '2'],
    ]);
    const plain = await visit(link.code);
    expect(plain.headers.get('location')).toBe('https://example.com/page?utm_source=link&keep=1');
  });

  it('answers 404 for an unknown or malformed code, as HTML or JSON', async () => {
    const html = await visit('nope404');
    expect(html.status).toBe(404);
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(await html.text()).toContain('No such short link');
    const json = await visit('nope404', { headers: { accept: 'application/json' } });
    expect(json.status).toBe(404);
    expect(await json.json()).toEqual({ error: { status: 404, code: 'NOT_FOUND', message: 'No such short link.' } });
    expect((await visit('bad%27code')).status).toBe(404);
  });

  it('takes a custom slug, refusing taken, reserved and malformed ones', async () => {
    const slug = `spring-${Date.now().toString(36)}`;
    expect((await create({ target: 'https://example.com/a', slug })).link.code).toBe(slug);
    expect((await visit(slug)).headers.get('location')).toBe('https://example.com/a');
    const taken = await create({ target: 'https://example.com/b', slug }, bob);
    expect(taken).toEqual({ link: null, errors: [{ field: 'input.slug', message: 'That slug is taken.', code: 'CONFLICT' }] });
    for (const bad of ['api', 'GraphQL', 'admin', 'health', 's', 'ab', 'x'.repeat(51), 'has space', '-dash', 'semi;colon']) {
      const res = await create({ target: 'https://example.com/c', slug: bad });
      expect(res.link).toBeNull();
      expect(res.errors).toEqual([expect.objectContaining({ field: 'input.slug', code: 'BAD_USER_INPUT' })]);
    }
  });

  it('refuses targets that are not http(s) or that point back at the service', async () => {
    const bad = [
      'ftp://example.com/file',
      'javascript:alert(1)',
      '/relative/path',
      'not a url',
      'http://localhost:4000/graphql',
      'http://127.0.0.1/x',
      'http://[::1]:4000/',
      'https://sho.rt/s/abc',
      'https://SHO.RT./s/abc',
      `${origin}/s/abc`,
      `https://example.com/${'x'.repeat(2048)}`,
    ];
    for (const target of bad) {
      const res = await create({ target });
      expect([target, res.link]).toEqual([target, null]);
      expect(res.errors).toEqual([expect.objectContaining({ field: 'input.target', code: 'BAD_USER_INPUT' })]);
    }
    const others = await create({
      target: 'https://example.com',
      maxVisits: 0,
      validFrom: '2030-01-02T00:00:00Z',
      validUntil: '2030-01-01T00:00:00Z',
      tags: ['ok', '!!'],
    });
    expect(others.errors.map((e: { field: string }) => e.field).sort()).toEqual(['input.maxVisits', 'input.tags', 'input.validUntil']);
  });

  it('needs a signed-in user to create or manage, and only the owner manages a link', async () => {
    expect(errorCodes(await gql(stack.url, CREATE, { input: { target: 'https://example.com' } }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await gql(stack.url, '{ shortLinks { totalCount } }'))).toEqual(['UNAUTHENTICATED']);
    const { link } = await create({ target: 'https://example.com/mine' });
    const foreign = await gql(stack.url, UPDATE, { id: link.id, input: { target: 'https://evil.example' } }, { token: bob.token });
    expect(errorCodes(foreign)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(stack.url, DELETE, { id: link.id }, { token: bob.token }))).toEqual(['FORBIDDEN']);
    expect((await gql(stack.url, STATS, { code: link.code }, { token: bob.token })).body.data.shortLink).toBeNull();
    expect(errorCodes(await gql(stack.url, DELETE, { id: '01900000-0000-7000-8000-000000000000' }, { token: alice.token }))).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('sees an update and a delete at once, through the cached hot path', async () => {
    const { link } = await create({ target: 'https://example.com/old' });
    expect((await visit(link.code)).headers.get('location')).toBe('https://example.com/old'); // now cached
    const updated = await gql(
      stack.url,
      UPDATE,
      { id: link.id, input: { target: 'https://example.com/new', tags: ['x'] } },
      { token: alice.token },
    );
    expect(updated.body.data.updateShortLink).toMatchObject({ link: { target: 'https://example.com/new', tags: ['x'] }, errors: [] });
    expect((await visit(link.code)).headers.get('location')).toBe('https://example.com/new');
    const deleted = await gql(stack.url, DELETE, { id: link.id }, { token: alice.token });
    expect(deleted.body.data.deleteShortLink).toEqual({ deletedId: link.id, errors: [] });
    expect((await visit(link.code)).status).toBe(404);
  });

  it('drops a cached code when another replica announces a change on the pub/sub', async () => {
    const { link } = await create({ target: 'https://example.com/before' });
    expect((await visit(link.code)).headers.get('location')).toBe('https://example.com/before'); // cached here
    // Another replica changes the row (here: straight through the ORM, so this replica's cache is not told)...
    const running = stack.subgraphs.find((s) => s.name === 'links')!;
    await running.orm.em.fork().nativeUpdate(ShortLink, { id: link.id }, { target: 'https://example.com/after' });
    expect((await visit(link.code)).headers.get('location')).toBe('https://example.com/before'); // the positive control: still cached
    // ...and publishes the change, as the service does after every write.
    await running.pubsub.publish(LINK_CHANGED_TOPIC, { code: link.code });
    await eventually(async () => expect((await visit(link.code)).headers.get('location')).toBe('https://example.com/after'));
  });

  it('answers 404 before validFrom and 410 from validUntil; clearing them reopens the link', async () => {
    const hour = 3600_000;
    const early = (await create({ target: 'https://example.com/soon', validFrom: new Date(Date.now() + hour).toISOString() })).link;
    expect((await visit(early.code)).status).toBe(404);
    const late = (await create({ target: 'https://example.com/over', validUntil: new Date(Date.now() - hour).toISOString() })).link;
    const gone = await visit(late.code, { headers: { accept: 'application/json' } });
    expect(gone.status).toBe(410);
    expect(((await gone.json()) as { error: unknown }).error).toMatchObject({ code: 'GONE', message: 'This short link has expired.' });
    await gql(stack.url, UPDATE, { id: late.id, input: { validUntil: null } }, { token: alice.token });
    expect((await visit(late.code)).status).toBe(302);
  });

  it('holds maxVisits under a concurrent burst: exactly that many redirects, the rest 410', async () => {
    const { link } = await create({ target: 'https://example.com/limited', maxVisits: 5 });
    const statuses = await Promise.all(Array.from({ length: 40 }, () => visit(link.code).then((r) => r.status)));
    expect(statuses.filter((s) => s === 302)).toHaveLength(5);
    expect(statuses.filter((s) => s === 410)).toHaveLength(35);
    await eventually(async () => expect(await stats(link.code)).toMatchObject({ visitCount: 5, stats: { total: 5 } }));
    // Raising the limit reopens it at once.
    await gql(stack.url, UPDATE, { id: link.id, input: { maxVisits: 6 } }, { token: alice.token });
    expect((await visit(link.code)).status).toBe(302);
    expect((await visit(link.code)).status).toBe(410);
  });

  it('counts visits by day, referrer host and device class, bots apart', async () => {
    const { link } = await create({ target: 'https://example.com/stats' });
    const sends: { headers: Record<string, string> }[] = [
      { headers: { 'user-agent': UA.desktop, referer: 'https://News.example.org/post/1' } },
      { headers: { 'user-agent': UA.desktop, referer: 'https://news.example.org/post/2' } },
      { headers: { 'user-agent': UA.mobile } },
      { headers: { 'user-agent': UA.tablet, referer: 'not a url' } },
      { headers: { 'user-agent': UA.bot, referer: 'https://google.com/' } },
      { headers: { 'user-agent': 'curl/8.4.0' } },
    ];
    for (const init of sends) expect((await visit(link.code, init)).status).toBe(302);
    const today = new Date().toISOString().slice(0, 10);
    await eventually(async () => {
      const s = await stats(link.code);
      expect(s).toEqual({
        visitCount: 6,
        stats: {
          total: 6,
          nonBots: 4,
          bots: 2,
          byDay: [{ day: today, count: 4 }],
          byReferrer: [
            { host: null, count: 2 },
            { host: 'news.example.org', count: 2 },
          ],
          byDevice: [
            { device: 'BOT', count: 2 },
            { device: 'DESKTOP', count: 2 },
            { device: 'MOBILE', count: 1 },
            { device: 'TABLET', count: 1 },
          ],
        },
      });
    });
  });

  it('counts every one of a burst of 500 concurrent redirects', async () => {
    const { link } = await create({ target: 'https://example.com/burst' });
    const statuses = await Promise.all(Array.from({ length: 500 }, () => visit(link.code).then((r) => r.status)));
    expect(statuses.every((s) => s === 302)).toBe(true);
    await eventually(
      async () => expect(await stats(link.code)).toMatchObject({ visitCount: 500, stats: { total: 500, nonBots: 500 } }),
      15_000,
    );
  });

  it('lists the own links as a Relay connection with totalCount, filtered by tag', async () => {
    const carol = await signUpUser(stack.url, 'carol');
    for (let i = 0; i < 5; i++) await create({ target: `https://example.com/${i}`, tags: i % 2 ? ['odd'] : [] }, carol);
    await create({ target: 'https://example.com/bob' }, bob);
    const LIST =
      'query($after: String, $tag: String) { shortLinks(first: 2, after: $after, tag: $tag) { totalCount pageInfo { hasNextPage endCursor } edges { node { target } } } }';
    const first = (await gql(stack.url, LIST, {}, { token: carol.token })).body.data.shortLinks;
    expect(first.totalCount).toBe(5);
    expect(first.edges.map((e: { node: { target: string } }) => e.node.target)).toEqual(['https://example.com/4', 'https://example.com/3']);
    const second = (await gql(stack.url, LIST, { after: first.pageInfo.endCursor }, { token: carol.token })).body.data.shortLinks;
    expect(second.edges.map((e: { node: { target: string } }) => e.node.target)).toEqual([
      'https://example.com/2',
      'https://example.com/1',
    ]);
    const odd = (await gql(stack.url, LIST, { tag: 'ODD' }, { token: carol.token })).body.data.shortLinks;
    expect(odd.totalCount).toBe(2);
    expect(errorCodes(await gql(stack.url, LIST, { after: 'bm90LWEtY3Vyc29y' }, { token: carol.token }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(stack.url, LIST, { tag: '!!' }, { token: carol.token }))).toEqual(['BAD_USER_INPUT']);
  });

  it('draws another random code when the first collides with an existing one', async () => {
    const { link: existing } = await create({ target: 'https://example.com/first' });
    const running = stack.subgraphs.find((s) => s.name === 'links')!;
    const deps = { ...running.serviceDeps(), viewer: { userId: alice.id, roles: [], tenantId: null } } as unknown as LinksDeps;
    const codes = [existing.code, 'Fresh12'];
    const made = await new LinkService().create(deps, { target: 'https://example.com/second' }, () => codes.shift()!);
    expect(made.errors).toEqual([]);
    expect(made.link?.code).toBe('Fresh12');
    expect((await visit('Fresh12')).headers.get('location')).toBe('https://example.com/second');
    expect((await visit(existing.code)).headers.get('location')).toBe('https://example.com/first');
  });
});
