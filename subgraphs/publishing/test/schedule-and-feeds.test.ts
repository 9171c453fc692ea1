import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { loadSubgraphConfig, OutboxEvent, startSubgraph, type RunningSubgraph } from '../../../kit';
import { TestClock } from '../../../test/helpers/clock';
import { gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { disposeAfterAll, startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import { publishing } from '../index';
import { Post } from '../src/entities';
import { PublishingService } from '../src/service';

const CREATE = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id slug status publishedAt } errors { field message code } } }`;
const GET = 'query($id: ID!) { post(id: $id) { id status } }';
const HOUR = 3_600_000;

describe('publishing: scheduled posts and feeds', () => {
  let stack: TestStack;
  let ada: TestUser;
  let base: string;
  const clock = new TestClock();
  const running = () => stack.subgraphs.find((s) => s.name === 'publishing')!;

  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'publishing'],
      clock,
      env: { PUBLISHING_SCHEDULE_SWEEP_MS: '0', BLOG_TITLE: 'Ada & "friends"' },
    });
    ada = await signUpUser(stack.url, 'ada');
    base = stack.url.replace(/\/graphql$/, '');
  });

  const create = async (input: Record<string, unknown>) => {
    const res = await gql(stack.url, CREATE, { input }, { token: ada.token });
    expect(res.body.data.createPost.errors).toEqual([]);
    return res.body.data.createPost.post as { id: string; slug: string; status: string };
  };

  it('a scheduled post stays hidden until its time, then publishes itself exactly once across replicas', async () => {
    const at = new Date(clock.now().getTime() + 2 * HOUR).toISOString();
    const posts = await Promise.all(
      Array.from({ length: 5 }, (_, i) => create({ title: `Scheduled ${i}`, content: 'Later.', status: 'SCHEDULED', publishedAt: at })),
    );
    expect(posts.every((p) => p.status === 'SCHEDULED')).toBe(true);
    expect((await gql(stack.url, GET, { id: posts[0]!.id })).body.data.post).toBeNull();

    // Three more publishing servers over the same database, each sweeping every 20 ms on the test clock.
    const env = { ...stack.env, PUBLISHING_SCHEDULE_SWEEP_MS: '20' };
    const replicas: RunningSubgraph[] = [];
    for (let i = 0; i < 3; i++) {
      const replica = await startSubgraph(publishing, { config: loadSubgraphConfig(env), env, port: 0, clock });
      replicas.push(replica);
      disposeAfterAll(() => replica.stop());
    }
    const em = () => running().orm.em.fork();
    const ids = posts.map((p) => p.id);
    // Not due: a sweep leaves them alone.
    clock.advance(HOUR);
    expect(await new PublishingService().publishDue({ em: em(), clock })).toBe(0);
    expect(await em().count(Post, { id: { $in: ids }, status: 'SCHEDULED' })).toBe(5);

    clock.advance(HOUR + 1000);
    // Readers see a due post at once, whether or not a sweep has run yet.
    expect((await gql(stack.url, GET, { id: posts[0]!.id })).body.data.post).toEqual({ id: posts[0]!.id, status: 'PUBLISHED' });
    await eventually(async () => expect(await em().count(Post, { id: { $in: ids }, status: 'PUBLISHED' })).toBe(5), 10_000);
    // More sweeps at once, from every replica, find nothing left; each post was announced once.
    const again = await Promise.all(
      replicas.flatMap((r) => [r, r]).map((r) => new PublishingService().publishDue({ em: r.orm.em.fork(), clock })),
    );
    expect(again).toEqual([0, 0, 0, 0, 0, 0]);
    const events = await em().find(OutboxEvent, { type: 'publishing.post.published' });
    const announced = events.map((e) => (e.payload as { postId: string }).postId).filter((id) => ids.includes(id));
    expect(announced.sort()).toEqual([...ids].sort());
  });

  it('serves valid RSS 2.0 and Atom with escaped content, filters, and ETag / 304', async () => {
    const nasty = await create({
      title: 'Tags <script>alert("x")</script> & ampersands',
      content:
        '## Heading\n\nBody with ]]> and <b>html</b> & a control char \u0007 here. <script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)>',
      category: 'Feeds & XML',
      tags: ['xml'],
      status: 'PUBLISHED',
    });
    await create({ title: 'A second post', content: 'Plain.', category: 'Other', status: 'PUBLISHED' });
    await create({ title: 'Secret draft', content: 'Nobody reads this.' });

    const rss = await fetch(`${base}/feeds/posts.rss`);
    expect(rss.status).toBe(200);
    expect(rss.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const rssText = await rss.text();
    expect(XMLValidator.validate(rssText)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(rssText);
    expect(parsed.rss['@_version']).toBe('2.0');
    expect(parsed.rss.channel.title).toBe('Ada & "friends"');
    const items = [parsed.rss.channel.item].flat();
    const titles = items.map((i: { title: string }) => i.title);
    expect(titles).toContain('Tags <script>alert("x")</script> & ampersands');
    expect(titles).not.toContain('Secret draft');
    expect(rssText).not.toContain('<script>');
    const item = items.find((i: { guid: { '#text': string } }) => i.guid['#text'] === `urn:uuid:${nasty.id}`);
    expect(item.link).toBe(`http://localhost:4000/blog/${ada.id}/${nasty.slug}`);
    expect(new Date(item.pubDate).toString()).not.toBe('Invalid Date');
    // content:encoded is the rendered, sanitised HTML (escaped in the XML, parsed back here).
    const rendered: string = item['content:encoded'];
    expect(rendered).toContain('<h2>Heading</h2>');
    expect(rendered).toContain('<b>html</b>');
    expect(rendered).not.toMatch(/<script|href="javascript:|onerror=/i);

    const atom = await fetch(`${base}/feeds/posts.atom?tag=xml`);
    const atomText = await atom.text();
    expect(atom.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(XMLValidator.validate(atomText)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(atomText).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    const entries = [feed.entry].flat();
    expect(entries.map((e: { id: string }) => e.id)).toEqual([`urn:uuid:${nasty.id}`]);
    expect(entries[0].content['@_type']).toBe('html');
    expect(entries[0].content['#text']).toContain('<h2>Heading</h2>');
    expect(entries[0].content['#text']).not.toMatch(/<script|href="javascript:|onerror=/i);

    // Conditional GET: the same bytes are a 304 with no body; a new post changes the ETag.
    const etag = rss.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const again = await fetch(`${base}/feeds/posts.rss`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    await create({ title: 'Breaking news', content: 'New.', status: 'PUBLISHED' });
    const changed = await fetch(`${base}/feeds/posts.rss`, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);

    // Bad filters are a 400 with a message, not a 5xx.
    const bad = await fetch(`${base}/feeds/posts.atom?author=nobody`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('author must be the id of a user');
    // The reader's page lists live posts, escaped.
    const list = await fetch(`${base}/blog/`);
    const html = await list.text();
    expect(html).toContain('Breaking news');
    expect(html).not.toContain('Secret draft');
    expect(html).not.toContain('<script>alert');
  });
});
