import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { errorCodes, gql, logInUser, signUpUser } from './helpers/graphql';
import { startTestStack, type TestStack } from './helpers/stack';
import { eventually } from './helpers/wait';

const GROUPS = `query($service: String, $first: Int, $after: String) {
  errorGroups(service: $service, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { fingerprint type message services count firstSeen lastSeen frames { function file inApp } samples { requestId service at } } }
  }
}`;

/** A loopback collector that speaks Sentry's envelope endpoint: it keeps what arrives. */
interface Envelope {
  path: string;
  auth: string;
  header: Record<string, unknown>;
  item: Record<string, unknown>;
  event: Record<string, any>;
}

describe('error tracking through the router', () => {
  let stack: TestStack;
  let collector: Server;
  const envelopes: Envelope[] = [];
  let admin: string;
  let user: string;

  beforeAll(async () => {
    collector = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        let raw = Buffer.concat(chunks);
        if (req.headers['content-encoding'] === 'gzip') raw = gunzipSync(raw);
        const [header, item, event] = raw
          .toString('utf8')
          .split('\n')
          .map((line) => JSON.parse(line) as Record<string, any>);
        envelopes.push({
          path: req.url ?? '',
          auth: String(req.headers['x-sentry-auth'] ?? ''),
          header: header!,
          item: item!,
          event: event!,
        });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: event?.event_id }));
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const port = (collector.address() as AddressInfo).port;
    stack = await startTestStack({ only: ['identity', 'basics'], env: { SENTRY_DSN: `http://publickey@127.0.0.1:${port}/7` } });
    const boss = await signUpUser(stack.url, 'boss');
    const identity = stack.subgraphs.find((s) => s.name === 'identity')!;
    await identity.orm.em.fork().getConnection().execute('update users set roles = ? where id = ?', ['["admin","user"]', boss.id]);
    admin = await logInUser(stack.url, boss.email);
    user = (await signUpUser(stack.url, 'someone')).token;
  });

  afterAll(async () => {
    await stack?.stop();
    await new Promise((resolve) => collector?.close(resolve));
  });

  it('groups a bug by fingerprint with counts and request ids, shows it to admins only, counts it in /metrics and sends it to Sentry once a minute', async () => {
    // Positive control and negative case: refused input is not a bug and makes no group.
    const refused = await gql(stack.url, '{ convertUnits(value: 1, from: "km", to: "kg") { result } }');
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect((await gql(stack.url, GROUPS, {}, { token: admin })).body.data.errorGroups.totalCount).toBe(0);

    // A bug: basics' table is gone, so reading a counter fails in the database.
    const basics = stack.subgraphs.find((s) => s.name === 'basics')!;
    await basics.orm.em.fork().getConnection().execute('alter table counters rename to counters_gone');
    const requestIds: string[] = [];
    for (const name of ['a', 'b', 'c']) {
      const res = await gql(stack.url, `{ counter(name: "${name}") { value } }`);
      expect(errorCodes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
      requestIds.push(res.headers.get('x-request-id')!);
    }

    const groups = await eventually(async () => {
      const res = await gql(stack.url, GROUPS, { service: 'basics' }, { token: admin });
      const connection = res.body.data.errorGroups;
      expect(connection.edges[0]?.node.count).toBe(3);
      return connection;
    });
    expect(groups.totalCount).toBe(1);
    const group = groups.edges[0].node;
    expect(group).toMatchObject({ services: ['basics'], count: 3 });
    expect(group.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(group.frames.length).toBeGreaterThan(0);
    // The samples are the requests that hit it, newest first: the router's request id reaches the subgraph.
    expect(group.samples.map((s: { requestId: string }) => s.requestId)).toEqual([...requestIds].reverse());
    expect(Date.parse(group.firstSeen)).toBeLessThanOrEqual(Date.parse(group.lastSeen));
    // Another service's filter does not show it.
    expect((await gql(stack.url, GROUPS, { service: 'identity' }, { token: admin })).body.data.errorGroups.totalCount).toBe(0);

    // Admins only.
    expect(errorCodes(await gql(stack.url, GROUPS, {}, { token: user }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(stack.url, GROUPS))).toEqual(['UNAUTHENTICATED']);

    // Prometheus: one series per group, labelled with the fingerprint.
    const metrics = await (await fetch(`${new URL(stack.url).origin}/metrics`)).text();
    expect(metrics).toContain(`hubgraph_errors_total{service="basics",type="${group.type}",fingerprint="${group.fingerprint}"} 3`);

    // Sentry: one event for the three occurrences (one per group a minute), with the fingerprint and request id.
    await eventually(() => expect(envelopes).toHaveLength(1));
    const [sent] = envelopes;
    expect(sent!.path).toBe('/api/7/envelope/');
    expect(sent!.auth).toMatch(/sentry_key=publickey/);
    expect(sent!.item).toEqual({ type: 'event' });
    expect(sent!.event).toMatchObject({
      level: 'error',
      platform: 'node',
      fingerprint: [group.fingerprint],
      tags: { service: 'basics', request_id: requestIds[0] },
      exception: { values: [{ type: group.type }] },
    });
    expect(sent!.event.exception.values[0].stacktrace.frames.length).toBeGreaterThan(0);
  });
  it('hands the process back when the stack stops: the next stack in the same process starts with no groups', async () => {
    // The tracker is per process and configured by the first service started; a test worker runs many stacks.
    await stack.stop();
    stack = await startTestStack({ only: ['identity', 'basics'] });
    const boss = await signUpUser(stack.url, 'boss');
    const identity = stack.subgraphs.find((s) => s.name === 'identity')!;
    await identity.orm.em.fork().getConnection().execute('update users set roles = ? where id = ?', ['["admin","user"]', boss.id]);
    const token = await logInUser(stack.url, boss.email);
    expect((await gql(stack.url, GROUPS, {}, { token })).body.data.errorGroups.totalCount).toBe(0);
  });
});
