import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { addToTenant, errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import { forTenant } from '../../../kit';
import { AnalyticsEvent } from '../src/entities';

const CREATE =
  'mutation($n: String!) { createAnalyticsProject(input: { name: $n }) { project { id name apiKey } errors { field code message } } }';
const COUNTS = `query($p: ID!, $from: String!, $to: String!, $event: String, $first: Int, $after: String) {
  analyticsEventCounts(projectId: $p, from: $from, to: $to, event: $event, first: $first, after: $after) {
    totalCount edges { cursor node { day event count } } pageInfo { hasNextPage endCursor } } }`;
const UNIQUE =
  'query($p: ID!, $from: String!, $to: String!, $event: String) { analyticsUniqueUsers(projectId: $p, from: $from, to: $to, event: $event) }';
const FUNNEL = `query($p: ID!, $steps: [String!]!, $from: String!, $to: String!) {
  analyticsFunnel(projectId: $p, steps: $steps, from: $from, to: $to) { event users conversion } }`;
const CAPTURE =
  'mutation($input: CaptureAnalyticsEventsInput!) { captureAnalyticsEvents(input: $input) { accepted errors { field code message } } }';

/** Yesterday (UTC) at hh:mm: always in the past and inside the accepted age. */
const DAY = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const at = (hhmm: string) => `${DAY}T${hhmm}:00.000Z`;

describe('analytics through the router', () => {
  let stack: TestStack;
  let origin: string;
  let alice: TestUser;
  let bob: TestUser;

  const post = (body: unknown, init: { gzip?: boolean; query?: string; headers?: Record<string, string> } = {}) => {
    const json = Buffer.from(JSON.stringify(body));
    return fetch(`${origin}/batch/${init.query ?? ''}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...init.headers },
      body: init.gzip ? gzipSync(json) : json,
    });
  };
  const createProject = async (name: string, user = alice) => {
    const res = await gql(stack.url, CREATE, { n: name }, { token: user.token });
    expect(res.body.data.createAnalyticsProject.errors).toEqual([]);
    return res.body.data.createAnalyticsProject.project as { id: string; name: string; apiKey: string };
  };
  const counts = async (projectId: string, extra: Record<string, unknown> = {}, user = alice) => {
    const res = await gql(stack.url, COUNTS, { p: projectId, from: DAY, to: DAY, first: 100, ...extra }, { token: user.token });
    expect(res.body.errors).toBeUndefined();
    return Object.fromEntries(res.body.data.analyticsEventCounts.edges.map((e: any) => [e.node.event, e.node.count])) as Record<
      string,
      number
    >;
  };
  const total = async (projectId: string) => Object.values(await counts(projectId)).reduce((a, b) => a + b, 0);
  const event = (name: string, distinctId: string, time: string, extra: Record<string, unknown> = {}) => ({
    event: name,
    distinct_id: distinctId,
    timestamp: at(time),
    uuid: randomUUID(),
    properties: { $current_url: 'https://example.com/' },
    ...extra,
  });

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'analytics'], env: { ANALYTICS_FLUSH_MS: '50' } });
    origin = new URL(stack.url).origin;
    [alice, bob] = await Promise.all([signUpUser(stack.url, 'alice'), signUpUser(stack.url, 'bob')]);
  });

  it('accepts a PostHog batch at POST /batch/ on the router and counts it by event and day', async () => {
    const project = await createProject('Website');
    expect(project.apiKey).toMatch(/^phc_[A-Za-z0-9]{40}$/);
    const res = await post({
      api_key: project.apiKey,
      batch: [event('$pageview', 'u1', '10:00'), event('$pageview', 'u2', '10:01'), event('signed_up', 'u1', '10:02')],
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 1, accepted: 3 });
    await eventually(async () => expect(await counts(project.id)).toEqual({ $pageview: 2, signed_up: 1 }));
    const unique = await gql(stack.url, UNIQUE, { p: project.id, from: DAY, to: DAY }, { token: alice.token });
    expect(unique.body.data.analyticsUniqueUsers).toBe(2);
    const signedUp = await gql(stack.url, UNIQUE, { p: project.id, from: DAY, to: DAY, event: 'signed_up' }, { token: alice.token });
    expect(signedUp.body.data.analyticsUniqueUsers).toBe(1);
    const events = await gql(
      stack.url,
      'query($p: ID!) { analyticsEvents(projectId: $p, first: 10) { totalCount edges { node { event distinctId properties timestamp } } } }',
      { p: project.id },
      { token: alice.token },
    );
    expect(events.body.data.analyticsEvents.totalCount).toBe(3);
    expect(events.body.data.analyticsEvents.edges[0].node).toEqual({
      event: 'signed_up',
      distinctId: 'u1',
      properties: JSON.stringify({ $current_url: 'https://example.com/' }),
      timestamp: at('10:02'),
    });
  });

  it('accepts gzip bodies (Content-Encoding: gzip, and posthog-js ?compression=gzip-js) and distinct_id inside properties', async () => {
    const project = await createProject('Gzip');
    const a = await post(
      { api_key: project.apiKey, batch: [event('a', 'u1', '09:00')] },
      { gzip: true, headers: { 'content-encoding': 'gzip' } },
    );
    const b = await post(
      { api_key: project.apiKey, batch: [{ event: 'b', properties: { distinct_id: 'u2' }, timestamp: at('09:01'), uuid: randomUUID() }] },
      { gzip: true, query: '?compression=gzip-js&ver=1.0' },
    );
    expect([a.status, b.status]).toEqual([200, 200]);
    await eventually(async () => expect(await counts(project.id)).toEqual({ a: 1, b: 1 }));
  });

  it('stores an event once per uuid, also when duplicates arrive concurrently in many requests', async () => {
    const project = await createProject('Dedup');
    const events = Array.from({ length: 40 }, (_, i) => event(i % 2 ? 'click' : 'view', `u${i % 7}`, '11:00'));
    // 8 concurrent requests, each carrying an overlapping half of the events (each event is sent 4 times),
    // and one request that repeats an event inside itself.
    const requests = Array.from({ length: 8 }, (_, r) =>
      post({ api_key: project.apiKey, batch: events.filter((_, i) => (i + r) % 2 === 0) }),
    );
    requests.push(post({ api_key: project.apiKey, batch: [events[0], events[0]] }));
    const statuses = (await Promise.all(requests)).map((r) => r.status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    await eventually(async () => expect(await counts(project.id)).toEqual({ view: 20, click: 20 }));
    // Sent again later: still once.
    expect((await post({ api_key: project.apiKey, batch: events.slice(0, 10) })).status).toBe(200);
    const marker = await post({ api_key: project.apiKey, batch: [event('marker', 'u1', '11:00')] });
    expect(marker.status).toBe(200);
    await eventually(async () => expect(await counts(project.id)).toEqual({ view: 20, click: 20, marker: 1 }));
    const stored = await forTenant(stack.subgraphs.find((s) => s.name === 'analytics')!.serviceDeps().em, alice.tenantId).count(
      AnalyticsEvent,
      {
        projectId: project.id,
      },
    );
    expect(stored).toBe(41);
  });

  it('refuses a 10 MB event, a bad timestamp, an unknown key or a malformed body with a clear error and stores nothing of the batch', async () => {
    const project = await createProject('Strict');
    const good = event('good', 'u1', '12:00');
    const huge = await post({
      api_key: project.apiKey,
      batch: [good, event('big', 'u1', '12:00', { properties: { blob: 'x'.repeat(10 * 1024 * 1024) } })],
    });
    expect(huge.status).toBe(400);
    const hugeBody: any = await huge.json();
    expect(hugeBody).toMatchObject({ type: 'validation_error', code: 'invalid_payload' });
    expect(hugeBody.errors).toEqual([{ attr: 'batch[1].properties', detail: expect.stringMatching(/at most 1048576 are accepted/) }]);

    const badTime = await post({ api_key: project.apiKey, batch: [good, { ...event('x', 'u1', '12:00'), timestamp: 'yesterday' }] });
    expect(badTime.status).toBe(400);
    expect(((await badTime.json()) as any).errors).toEqual([{ attr: 'batch[1].timestamp', detail: expect.stringMatching(/ISO 8601/) }]);
    const future = await post({ api_key: project.apiKey, batch: [{ ...good, timestamp: '2999-01-01T00:00:00Z' }] });
    expect(((await future.json()) as any).errors[0]).toEqual({
      attr: 'batch[0].timestamp',
      detail: expect.stringMatching(/in the future/),
    });
    const ancient = await post({ api_key: project.apiKey, batch: [{ ...good, timestamp: '2001-01-01T00:00:00Z' }] });
    expect(((await ancient.json()) as any).errors[0].detail).toMatch(/365 days in the past/);
    const noName = await post({
      api_key: project.apiKey,
      batch: [
        { ...good, event: '  ' },
        { ...good, distinct_id: null },
      ],
    });
    expect(((await noName.json()) as any).errors.map((e: any) => e.attr)).toEqual(['batch[0].event', 'batch[1].distinct_id']);

    const unknown = await post({ api_key: 'phc_nope', batch: [good] });
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toMatchObject({ type: 'authentication_error', code: 'invalid_api_key' });
    const notJson = await fetch(`${origin}/batch/`, { method: 'POST', body: '{"api_key":' });
    expect(notJson.status).toBe(400);
    const tooBig = await fetch(`${origin}/batch/`, { method: 'POST', body: Buffer.alloc(21 * 1024 * 1024, 32) });
    expect(tooBig.status).toBe(413);

    // Positive control through the same path: the good event alone is stored, and only it.
    expect((await post({ api_key: project.apiKey, batch: [good] })).status).toBe(200);
    await eventually(async () => expect(await counts(project.id)).toEqual({ good: 1 }));
  });

  it('captures through the GraphQL mutation with the same validation, as UserErrors', async () => {
    const project = await createProject('Mutation');
    const ok = await gql(stack.url, CAPTURE, {
      input: { apiKey: project.apiKey, batch: [{ event: 'm', distinctId: 'u1', timestamp: at('13:00'), properties: '{"plan":"pro"}' }] },
    });
    expect(ok.body.data.captureAnalyticsEvents).toEqual({ accepted: 1, errors: [] });
    const bad = await gql(stack.url, CAPTURE, {
      input: {
        apiKey: project.apiKey,
        batch: [
          { event: 'm', distinctId: 'u1', properties: '[1]' },
          { event: 'm', distinctId: 'u1', timestamp: '2001-01-01T00:00:00Z' },
        ],
      },
    });
    expect(bad.body.data.captureAnalyticsEvents.accepted).toBeNull();
    expect(bad.body.data.captureAnalyticsEvents.errors).toEqual([
      { field: 'input.batch[0].properties', code: 'BAD_USER_INPUT', message: 'properties must be an object.' },
      { field: 'input.batch[1].timestamp', code: 'BAD_USER_INPUT', message: expect.stringMatching(/days in the past/) },
    ]);
    const wrongKey = await gql(stack.url, CAPTURE, { input: { apiKey: 'phc_wrong', batch: [{ event: 'm', distinctId: 'u1' }] } });
    expect(wrongKey.body.data.captureAnalyticsEvents.errors).toEqual([
      { field: 'input.apiKey', code: 'UNAUTHENTICATED', message: expect.stringMatching(/no project has this key/) },
    ]);
    await eventually(async () => expect(await counts(project.id)).toEqual({ m: 1 }));
  });

  it('answers a funnel in step order from the daily rollup', async () => {
    const project = await createProject('Funnel');
    const batch = [
      // u1: all three in order; u2: two; u3: signed up before viewing (does not count past step 1)
      event('$pageview', 'u1', '08:00'),
      event('signed_up', 'u1', '08:05'),
      event('purchased', 'u1', '08:10'),
      event('$pageview', 'u2', '08:00'),
      event('signed_up', 'u2', '08:30'),
      event('signed_up', 'u3', '07:00'),
      event('$pageview', 'u3', '08:00'),
      event('purchased', 'u4', '09:00'),
    ];
    expect((await post({ api_key: project.apiKey, batch })).status).toBe(200);
    await eventually(async () => expect(await total(project.id)).toBe(8));
    const res = await gql(
      stack.url,
      FUNNEL,
      { p: project.id, steps: ['$pageview', 'signed_up', 'purchased'], from: DAY, to: DAY },
      { token: alice.token },
    );
    expect(res.body.data.analyticsFunnel).toEqual([
      { event: '$pageview', users: 3, conversion: 1 },
      { event: 'signed_up', users: 2, conversion: 2 / 3 },
      { event: 'purchased', users: 1, conversion: 1 / 3 },
    ]);
    const bad = await gql(stack.url, FUNNEL, { p: project.id, steps: ['a'], from: DAY, to: DAY }, { token: alice.token });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const range = await gql(
      stack.url,
      FUNNEL,
      { p: project.id, steps: ['a', 'b'], from: '2020-01-01', to: '2026-01-01' },
      { token: alice.token },
    );
    expect(range.body.errors?.[0]?.message).toMatch(/at most 366 days/);
  });

  it('widens a unique-user row across flushes: an event inside its known time range skips the upsert, one outside widens it', async () => {
    const project = await createProject('Widening');
    const funnel = async () =>
      (
        await gql(stack.url, FUNNEL, { p: project.id, steps: ['$pageview', 'signed_up'], from: DAY, to: DAY }, { token: alice.token })
      ).body.data.analyticsFunnel.map((s: { users: number }) => s.users);
    const flushes = [
      [event('signed_up', 'u1', '09:00')],
      [event('signed_up', 'u1', '09:30')],
      [event('signed_up', 'u1', '09:10'), event('$pageview', 'u1', '09:45')], // 09:10 is inside [09:00, 09:30]
    ];
    let sent = 0;
    for (const batch of flushes) {
      expect((await post({ api_key: project.apiKey, batch })).status).toBe(200);
      sent += batch.length;
      await eventually(async () => expect(await total(project.id)).toBe(sent));
    }
    // Signed up last at 09:30, before the 09:45 page view: not converted.
    expect(await funnel()).toEqual([1, 0]);
    expect((await post({ api_key: project.apiKey, batch: [event('signed_up', 'u1', '10:00')] })).status).toBe(200);
    await eventually(async () => expect(await total(project.id)).toBe(sent + 1));
    expect(await funnel()).toEqual([1, 1]);
    expect(await counts(project.id)).toEqual({ signed_up: 4, $pageview: 1 });
  });

  it('keeps counting from the rollups: deleting raw events does not change counts or unique users', async () => {
    const project = await createProject('Rollups');
    expect((await post({ api_key: project.apiKey, batch: [event('e', 'u1', '14:00'), event('e', 'u2', '14:00')] })).status).toBe(200);
    await eventually(async () => expect(await counts(project.id)).toEqual({ e: 2 }));
    const em = forTenant(stack.subgraphs.find((s) => s.name === 'analytics')!.serviceDeps().em, alice.tenantId);
    expect(await em.nativeDelete(AnalyticsEvent, { projectId: project.id })).toBe(2);
    expect(await counts(project.id)).toEqual({ e: 2 });
    const unique = await gql(stack.url, UNIQUE, { p: project.id, from: DAY, to: DAY }, { token: alice.token });
    expect(unique.body.data.analyticsUniqueUsers).toBe(2);
  });

  it('pages daily counts as a Relay connection', async () => {
    const project = await createProject('Pages');
    expect((await post({ api_key: project.apiKey, batch: ['a', 'b', 'c', 'd', 'e'].map((n) => event(n, 'u1', '15:00')) })).status).toBe(
      200,
    );
    await eventually(async () => expect(await total(project.id)).toBe(5));
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await gql(stack.url, COUNTS, { p: project.id, from: DAY, to: DAY, first: 2, after }, { token: alice.token });
      const page: any = res.body.data.analyticsEventCounts;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e: any) => e.node.event));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e']);
    const tooMany = await gql(stack.url, COUNTS, { p: project.id, from: DAY, to: DAY, first: -1 }, { token: alice.token });
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
    const badDay = await gql(stack.url, COUNTS, { p: project.id, from: '2026-02-30', to: DAY }, { token: alice.token });
    expect(errorCodes(badDay)).toEqual(['BAD_USER_INPUT']);
  });

  it('scopes projects and their numbers to the tenant; employees read, managers change', async () => {
    const project = await createProject('Private');
    const asBob = await gql(stack.url, COUNTS, { p: project.id, from: DAY, to: DAY }, { token: bob.token });
    expect(errorCodes(asBob)).toEqual(['NOT_FOUND']);
    const bobsList = await gql(stack.url, '{ analyticsProjects(first: 50) { edges { node { id } } } }', {}, { token: bob.token });
    expect(bobsList.body.data.analyticsProjects.edges).toEqual([]);
    const anonymous = await gql(stack.url, '{ analyticsProjects(first: 5) { totalCount } }');
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    // bob as an EMPLOYEE of alice's tenant: reads, but may not create or delete.
    const employee = await addToTenant(stack.url, alice, bob, 'EMPLOYEE');
    const read = await gql(stack.url, COUNTS, { p: project.id, from: DAY, to: DAY }, employee);
    expect(read.body.errors).toBeUndefined();
    const del = await gql(stack.url, 'mutation($id: ID!) { deleteAnalyticsProject(id: $id) { deletedId } }', { id: project.id }, employee);
    expect(errorCodes(del)).toEqual(['FORBIDDEN']);
  });

  it('deletes a project with its events and rollups; its key stops working', async () => {
    const project = await createProject('Doomed');
    expect((await post({ api_key: project.apiKey, batch: [event('e', 'u1', '16:00')] })).status).toBe(200);
    await eventually(async () => expect(await counts(project.id)).toEqual({ e: 1 }));
    const del = await gql(
      stack.url,
      'mutation($id: ID!) { deleteAnalyticsProject(id: $id) { deletedId errors { code } } }',
      { id: project.id },
      { token: alice.token },
    );
    expect(del.body.data.deleteAnalyticsProject).toEqual({ deletedId: project.id, errors: [] });
    expect((await post({ api_key: project.apiKey, batch: [event('e', 'u1', '16:00')] })).status).toBe(401);
    const gone = await gql(stack.url, COUNTS, { p: project.id, from: DAY, to: DAY }, { token: alice.token });
    expect(errorCodes(gone)).toEqual(['NOT_FOUND']);
    const em = forTenant(stack.subgraphs.find((s) => s.name === 'analytics')!.serviceDeps().em, alice.tenantId);
    expect(await em.count(AnalyticsEvent, { projectId: project.id })).toBe(0);
  });
});
