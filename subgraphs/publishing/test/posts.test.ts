import { OutboxEvent } from '../../../kit';
import { gql, logInUser, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { User } from '../../identity/src/entities';
import { Post, PostSlug } from '../src/entities';

const FIELDS = 'id title slug excerpt category tags status publishedAt path author { id } authors { id }';
const CREATE = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { ${FIELDS} } errors { field message code } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdatePostInput!) { updatePost(id: $id, input: $input) { post { ${FIELDS} } errors { field message code } } }`;
const DELETE = 'mutation($id: ID!) { deletePost(id: $id) { deletedId errors { field code } } }';
const LIST = `query($first: Int, $after: String, $filter: PostFilter, $orderBy: PostOrder) {
  posts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title status } } }
}`;

describe('publishing: posts through the router', () => {
  let stack: TestStack;
  let ada: TestUser;
  let bob: TestUser;
  let cy: TestUser;
  const publishing = () => stack.subgraphs.find((s) => s.name === 'publishing')!;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'publishing'], env: { PUBLISHING_SCHEDULE_SWEEP_MS: '0' } });
    [ada, bob, cy] = await Promise.all([signUpUser(stack.url, 'ada'), signUpUser(stack.url, 'bob'), signUpUser(stack.url, 'cy')]);
  });

  const create = async (user: TestUser, input: Record<string, unknown>) => {
    const res = await gql(stack.url, CREATE, { input }, { token: user.token });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.createPost;
  };
  const list = async (variables: Record<string, unknown>, user?: TestUser) => {
    const res = await gql(stack.url, LIST, variables, user ? { token: user.token } : {});
    expect(res.body.errors).toBeUndefined();
    return res.body.data.posts;
  };

  it('creates a draft with a slug from its title and a derived excerpt; only its author sees it', async () => {
    const { post, errors } = await create(ada, {
      title: 'Crème brûlée, the **real** way!',
      content: '# Intro\n\nYou need [cream](https://example.com) and `sugar`.\n\n```js\nconsole.log(1)\n```\n\nThat is all.',
      category: 'Cooking',
      tags: ['Dessert', 'french', 'dessert'],
    });
    expect(errors).toEqual([]);
    expect(post).toMatchObject({
      title: 'Crème brûlée, the **real** way!',
      slug: 'creme-brulee-the-real-way',
      excerpt: 'Intro You need cream and sugar. That is all.',
      category: 'Cooking',
      tags: ['dessert', 'french'],
      status: 'DRAFT',
      publishedAt: null,
      path: `/blog/${ada.id}/creme-brulee-the-real-way`,
      author: { id: ada.id },
      authors: [{ id: ada.id }],
    });
    const query = 'query($id: ID!) { post(id: $id) { id status } }';
    expect((await gql(stack.url, query, { id: post.id }, { token: ada.token })).body.data.post).toEqual({ id: post.id, status: 'DRAFT' });
    expect((await gql(stack.url, query, { id: post.id }, { token: bob.token })).body.data.post).toBeNull();
    expect((await gql(stack.url, query, { id: post.id })).body.data.post).toBeNull();
    // The same title again gets the next free slug.
    const again = await create(ada, { title: 'Crème brûlée, the real way', content: 'Second take.' });
    expect(again.post.slug).toBe('creme-brulee-the-real-way-2');
  });

  it('refuses bad input with one error per field and writes nothing', async () => {
    const before = await publishing().orm.em.fork().count(Post, {});
    const res = await gql(
      stack.url,
      CREATE,
      {
        input: {
          title: 'x'.repeat(201),
          content: '   ',
          excerpt: 'e'.repeat(501),
          category: 'c'.repeat(51),
          tags: ['ok', '!!'],
          slug: 'Not A Slug',
          status: 'SCHEDULED',
          publishedAt: '2001-01-01T00:00:00.000Z',
          coAuthorIds: ['not-a-user'],
        },
      },
      { token: ada.token },
    );
    expect(res.body.data.createPost.post).toBeNull();
    expect(res.body.data.createPost.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['input.title', 'BAD_USER_INPUT'],
      ['input.content', 'BAD_USER_INPUT'],
      ['input.excerpt', 'BAD_USER_INPUT'],
      ['input.category', 'BAD_USER_INPUT'],
      ['input.tags', 'BAD_USER_INPUT'],
      ['input.slug', 'BAD_USER_INPUT'],
      ['input.coAuthorIds', 'BAD_USER_INPUT'],
      ['input.publishedAt', 'BAD_USER_INPUT'],
    ]);
    const future = await gql(
      stack.url,
      CREATE,
      {
        input: {
          title: 'Back to the future',
          content: 'x',
          status: 'PUBLISHED',
          publishedAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
      { token: ada.token },
    );
    expect(future.body.data.createPost.errors).toEqual([expect.objectContaining({ field: 'input.publishedAt', code: 'BAD_USER_INPUT' })]);
    // An impossible date is refused by the DateTime scalar before anything runs.
    const impossible = await gql(
      stack.url,
      CREATE,
      { input: { title: 't', content: 'c', publishedAt: '2026-02-30T00:00:00Z' } },
      { token: ada.token },
    );
    expect(impossible.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const anonymous = await gql(stack.url, CREATE, { input: { title: 't', content: 'c' } });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await publishing().orm.em.fork().count(Post, {})).toBe(before);
    // A malformed date range in a filter.
    const range = await gql(stack.url, LIST, { filter: { publishedFrom: '2026-05-01T00:00:00Z', publishedTo: '2026-04-01T00:00:00Z' } });
    expect(range.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.publishedTo' } });
  });

  it('publishes, and lists for readers only what is live; filters by tag, category, author, status and dates', async () => {
    const published = await create(bob, {
      title: 'Ghost in the shell',
      content: 'A post about publishing engines.',
      category: 'Tech',
      tags: ['cms'],
      status: 'PUBLISHED',
    });
    const backdated = await create(bob, {
      title: 'An old diary entry',
      content: 'Written long ago.',
      category: 'tech',
      status: 'PUBLISHED',
      publishedAt: '2020-03-01T09:00:00.000Z',
    });
    const draft = await create(bob, { title: 'Unfinished thoughts', content: 'Not yet.', category: 'Tech', tags: ['cms'] });
    expect(published.post.status).toBe('PUBLISHED');
    expect(backdated.post.publishedAt).toBe('2020-03-01T09:00:00.000Z');
    const mine = { authorId: bob.id };
    const anonymous = await list({ filter: mine });
    expect(anonymous.totalCount).toBe(2);
    expect(anonymous.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(['Ghost in the shell', 'An old diary entry']);
    expect((await list({ filter: mine }, ada)).totalCount).toBe(2);
    expect((await list({ filter: mine }, bob)).totalCount).toBe(3);
    expect((await list({ filter: { ...mine, status: 'DRAFT' } }, bob)).edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      draft.post.id,
    ]);
    expect((await list({ filter: { ...mine, status: 'DRAFT' } }, ada)).totalCount).toBe(0);
    expect((await list({ filter: { ...mine, tag: 'CMS' } })).totalCount).toBe(1);
    expect((await list({ filter: { ...mine, tag: 'CMS' } }, bob)).totalCount).toBe(2);
    expect((await list({ filter: { ...mine, category: ' TECH ' } })).totalCount).toBe(2);
    expect(
      (await list({ filter: { ...mine, publishedFrom: '2020-01-01T00:00:00Z', publishedTo: '2021-01-01T00:00:00Z' } })).totalCount,
    ).toBe(1);
    const byTitle = await list({ filter: mine, orderBy: { field: 'TITLE', direction: 'ASC' } }, bob);
    expect(byTitle.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual([
      'An old diary entry',
      'Ghost in the shell',
      'Unfinished thoughts',
    ]);
    // User.posts through federation: identity's user, publishing's posts.
    const user = await gql(
      stack.url,
      'query($id: ID!) { user(id: $id) { id posts { totalCount edges { node { title } } } } }',
      { id: bob.id },
      { token: ada.token },
    );
    expect(user.body.errors).toBeUndefined();
    expect(user.body.data.user.posts.totalCount).toBe(2);
    // Exactly one published event per post that went live (none for the draft).
    const events = await publishing().orm.em.fork().find(OutboxEvent, { type: 'publishing.post.published' });
    const ids = events.map((e) => (e.payload as { postId: string }).postId);
    expect(ids.filter((id) => id === published.post.id)).toHaveLength(1);
    expect(ids).not.toContain(draft.post.id);
  });

  it('searches title, content, category and tags by word prefix', async () => {
    await create(cy, {
      title: 'Federation deep dive',
      content: 'Entities, keys and the query planner.',
      category: 'Architecture',
      status: 'PUBLISHED',
    });
    await create(cy, {
      title: 'Weekend notes',
      content: 'Nothing about graphs.',
      category: 'Life',
      tags: ['gardening'],
      status: 'PUBLISHED',
    });
    await create(cy, { title: 'Planner internals (draft)', content: 'Planner secrets.', status: 'DRAFT' });
    const search = async (term: string, user?: TestUser) =>
      (await list({ filter: { authorId: cy.id, search: term } }, user)).edges.map((e: { node: { title: string } }) => e.node.title).sort();
    expect(await search('planner')).toEqual(['Federation deep dive']);
    expect(await search('planner', cy)).toEqual(['Federation deep dive', 'Planner internals (draft)']);
    expect(await search('archi')).toEqual(['Federation deep dive']);
    expect(await search('garden')).toEqual(['Weekend notes']);
    expect(await search('query keys')).toEqual(['Federation deep dive']);
    expect(await search('query gardening')).toEqual([]);
    const bad = await gql(stack.url, LIST, { filter: { search: '   ' } });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages with a stable cursor and totalCount', async () => {
    const author = await signUpUser(stack.url, 'pager');
    for (let i = 0; i < 5; i++) await create(author, { title: `Page post ${i}`, content: 'x', status: 'PUBLISHED' });
    const first = await list({ first: 2, filter: { authorId: author.id } });
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const seen = [...first.edges];
    let after = first.pageInfo.endCursor;
    while (after) {
      const next = await list({ first: 2, after, filter: { authorId: author.id } });
      seen.push(...next.edges);
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    }
    expect(new Set(seen.map((e: { node: { id: string } }) => e.node.id)).size).toBe(5);
    const bad = await gql(stack.url, LIST, { after: 'nonsense' });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps the slug on rename; a new slug leaves the old one redirecting; slugs are unique per author', async () => {
    const { post } = await create(ada, { title: 'Original title', content: 'Body.', status: 'PUBLISHED' });
    const renamed = await gql(stack.url, UPDATE, { id: post.id, input: { title: 'A better title' } }, { token: ada.token });
    expect(renamed.body.data.updatePost.post).toMatchObject({ title: 'A better title', slug: 'original-title' });
    const moved = await gql(stack.url, UPDATE, { id: post.id, input: { slug: 'a-better-title' } }, { token: ada.token });
    expect(moved.body.data.updatePost.post.slug).toBe('a-better-title');
    const bySlug = 'query($a: ID!, $s: String!) { postBySlug(authorId: $a, slug: $s) { id slug } }';
    expect((await gql(stack.url, bySlug, { a: ada.id, s: 'original-title' })).body.data.postBySlug).toEqual({
      id: post.id,
      slug: 'a-better-title',
    });
    expect((await gql(stack.url, bySlug, { a: ada.id, s: 'a-better-title' })).body.data.postBySlug).toEqual({
      id: post.id,
      slug: 'a-better-title',
    });
    expect((await gql(stack.url, bySlug, { a: bob.id, s: 'a-better-title' })).body.data.postBySlug).toBeNull();
    // The old slug is still this post's: another post of ada's cannot take it; bob can.
    const other = await create(ada, { title: 'Another', content: 'x' });
    const clash = await gql(stack.url, UPDATE, { id: other.post.id, input: { slug: 'original-title' } }, { token: ada.token });
    expect(clash.body.data.updatePost.errors).toEqual([expect.objectContaining({ field: 'input.slug', code: 'CONFLICT' })]);
    const explicit = await gql(stack.url, CREATE, { input: { title: 'x', content: 'x', slug: 'a-better-title' } }, { token: ada.token });
    expect(explicit.body.data.createPost.errors).toEqual([expect.objectContaining({ field: 'input.slug', code: 'CONFLICT' })]);
    expect((await create(bob, { title: 'x', content: 'x', slug: 'original-title' })).post.slug).toBe('original-title');
    // Over HTTP on the router host: the old address answers 301 to the current one.
    const base = stack.url.replace(/\/graphql$/, '');
    const old = await fetch(`${base}/blog/${ada.id}/original-title`, { redirect: 'manual' });
    expect(old.status).toBe(301);
    expect(old.headers.get('location')).toBe(`/blog/${ada.id}/a-better-title`);
    const page = await fetch(`${base}/blog/${ada.id}/a-better-title`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<h1>A better title</h1>');
    expect(html).toContain('<p>Body.</p>');
    expect((await fetch(`${base}/blog/${ada.id}/no-such-post`)).status).toBe(404);
  });

  it('lets co-authors edit, only the first author delete, and admins do both', async () => {
    const { post } = await create(ada, { title: 'Written together', content: 'x', coAuthorIds: [bob.id] });
    expect(post.authors).toEqual([{ id: ada.id }, { id: bob.id }]);
    const byBob = await gql(stack.url, UPDATE, { id: post.id, input: { content: 'Bob was here.' } }, { token: bob.token });
    expect(byBob.body.data.updatePost.post.excerpt).toBe('Bob was here.');
    const bobRemovesAda = await gql(stack.url, UPDATE, { id: post.id, input: { coAuthorIds: [] } }, { token: bob.token });
    expect(bobRemovesAda.body.data.updatePost.errors).toEqual([expect.objectContaining({ field: 'input.coAuthorIds' })]);
    const byCy = await gql(stack.url, UPDATE, { id: post.id, input: { title: 'Hijacked' } }, { token: cy.token });
    expect(byCy.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await gql(stack.url, DELETE, { id: post.id }, { token: bob.token })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // An admin sees drafts and deletes anyone's post (and its slugs).
    const identity = stack.subgraphs.find((s) => s.name === 'identity')!;
    await identity.orm.em.fork().nativeUpdate(User, { id: cy.id }, { roles: ['user', 'admin'] });
    const admin = await logInUser(stack.url, cy.email);
    expect((await gql(stack.url, 'query($id: ID!) { post(id: $id) { id } }', { id: post.id }, { token: admin })).body.data.post).toEqual({
      id: post.id,
    });
    expect((await gql(stack.url, DELETE, { id: post.id }, { token: admin })).body.data.deletePost).toEqual({
      deletedId: post.id,
      errors: [],
    });
    expect(await publishing().orm.em.fork().count(PostSlug, { postId: post.id })).toBe(0);
  });
});
