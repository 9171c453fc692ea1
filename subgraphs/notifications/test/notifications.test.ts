import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { SMTPServer } from 'smtp-server';
import { createLogger, loadSubgraphConfig, OutboxEvent, recordEvent, type DomainEvent, type RunningSubgraph } from '../../../kit';
import { ProcessedEvent, outboxRowToEvent } from '../../../kit/src/events';
import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { disposeAfterAll, startTestStack, type TestStack } from '../../../test/helpers/stack';
import { loadNotificationsConfig } from '../src/config';
import { Notification, NotificationRecipient } from '../src/entities';
import { inboxTopic } from '../src/inbox';
import { createSmtpSender, NotificationMailer } from '../src/mailer';
import type { NotificationView } from '../src/service';

const CONSUMER_GROUP = 'notifications.inbox';

const FIELDS = 'id kind eventType title body actor { id } subjectType subjectId read readAt createdAt emailStatus';
const LIST = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${FIELDS} } }
  }
}`;
const COUNT = '{ unreadNotificationCount }';
const ADDED = `subscription { notificationAdded { ${FIELDS} } }`;
const CREATE = 'mutation($title: String!) { createTask(input: { title: $title }) { task { id } } }';
const ASSIGN = 'mutation($id: ID!, $to: ID) { assignTask(id: $id, assigneeId: $to) { task { id assignee { id } } errors { code } } }';
const MARK = `mutation($id: ID!) { markNotificationRead(id: $id) { notification { id read readAt } unreadCount errors { code } } }`;
const MARK_ALL = 'mutation { markAllNotificationsRead { markedCount unreadCount errors { code } } }';
const PREFERENCES = '{ notificationPreferences { kind channel enabled customized } }';
const SET_PREFERENCE = `mutation($kind: NotificationKind!, $channel: NotificationChannel!, $enabled: Boolean!) {
  setNotificationPreference(kind: $kind, channel: $channel, enabled: $enabled) {
    preference { kind channel enabled customized } errors { code }
  }
}`;

interface NotificationData {
  id: string;
  kind: string;
  eventType: string;
  title: string;
  body: string;
  actor: { id: string } | null;
  subjectType: string | null;
  subjectId: string | null;
  read: boolean;
  readAt: string | null;
  createdAt: string;
  emailStatus: string | null;
}

interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/** Polls until `check` passes or the time is up (events travel asynchronously). */
async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 8000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/** Undoes quoted-printable soft line breaks and escapes, so a test can search a mail's text. */
function decodeQuotedPrintable(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

describe('notifications: domain events become inbox entries, live pushes and e-mails', () => {
  let stack: TestStack;
  let smtp: SMTPServer;
  const mails: ReceivedMail[] = [];
  /** Addresses the SMTP server answers "450 mailbox busy" for, as a real server may. */
  const refused = new Set<string>();
  const clients: Client[] = [];

  const running = (name: string): RunningSubgraph => {
    const subgraph = stack.subgraphs.find((s) => s.name === name);
    if (!subgraph) throw new Error(`${name} is not running`);
    return subgraph;
  };

  /** A live `notificationAdded` subscription through the router, with what it received so far. */
  async function subscribe(user: TestUser) {
    const client = createClient({
      url: stack.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${user.token}` },
    });
    clients.push(client);
    const received: NotificationData[] = [];
    const errors: unknown[] = [];
    client.subscribe<{ notificationAdded: NotificationData }>(
      { query: ADDED },
      {
        next: (result) => {
          if (result.errors) errors.push(...result.errors);
          if (result.data) received.push(result.data.notificationAdded);
        },
        error: (error) => errors.push(error),
        complete: () => undefined,
      },
    );
    // Ready once a probe published on the user's topic comes back through router and subgraph, so a
    // missing push later means the notification was not pushed, not that the subscription was late.
    const probeId = `probe-${randomBytes(4).toString('hex')}`;
    const probe: NotificationView = {
      id: probeId,
      recipientId: user.id,
      kind: 'OTHER',
      eventType: 'test.probe.sent',
      title: 'probe',
      body: 'probe',
      createdAt: new Date().toISOString(),
    };
    await eventually(async () => {
      if (!received.some((n) => n.id === probeId)) {
        await running('notifications').pubsub.publish(inboxTopic(user.id), probe);
        throw new Error(`subscription of ${user.email} not live yet (${JSON.stringify(errors)})`);
      }
    });
    return { notifications: () => received.filter((n) => !n.id.startsWith('probe-')), errors };
  }

  async function createTask(owner: TestUser, title: string): Promise<string> {
    return (await gql(stack.url, CREATE, { title }, { token: owner.token })).body.data.createTask.task.id;
  }

  async function assign(owner: TestUser, taskId: string, to: string | null) {
    const res = await gql(stack.url, ASSIGN, { id: taskId, to }, { token: owner.token });
    expect(res.body.data.assignTask.errors).toEqual([]);
  }

  /** The `work.task.assigned` events of a task, as published (read back from work's outbox). */
  async function assignedEvents(taskId: string): Promise<DomainEvent[]> {
    const work = running('work');
    await work.relay.nudge();
    const rows = await work.orm.em.fork().find(OutboxEvent, { type: 'work.task.assigned' }, { orderBy: { id: 'asc' } });
    return rows.filter((row) => row.payload.taskId === taskId).map((row) => outboxRowToEvent(row, 'work'));
  }

  /** Waits until the notifications consumer has handled (committed) the event. */
  async function handled(eventId: string): Promise<void> {
    await eventually(async () => {
      const count = await running('notifications').orm.em.fork().count(ProcessedEvent, { consumer: CONSUMER_GROUP, eventId });
      if (count !== 1) throw new Error(`event ${eventId} not handled yet`);
    });
  }

  /** Assigns a task and waits until notifications has handled the resulting event. */
  async function assignAndSettle(owner: TestUser, taskId: string, to: string): Promise<DomainEvent> {
    await assign(owner, taskId, to);
    const events = await eventually(async () => {
      const found = await assignedEvents(taskId);
      if (!found.length) throw new Error('no event recorded');
      return found;
    });
    const event = events.at(-1);
    if (!event) throw new Error('no event was recorded');
    await handled(event.id);
    return event;
  }

  /** Records an event in a producer's outbox, as any subgraph would, and waits until it is handled. */
  async function emit(type: string, payload: Record<string, unknown>): Promise<void> {
    const producer = running('work');
    const em = producer.orm.em.fork();
    recordEvent(em, type, payload);
    await em.flush();
    await producer.relay.nudge();
    const row = await producer.orm.em.fork().findOneOrFail(OutboxEvent, { type }, { orderBy: { id: 'desc' } });
    await handled(row.id);
  }

  /** Tells notifications a user's e-mail address the way identity announces it. */
  async function announceAddress(user: TestUser): Promise<void> {
    const identity = running('identity');
    const em = identity.orm.em.fork();
    recordEvent(em, 'identity.user.registered', { userId: user.id, email: user.email });
    await em.flush();
    await identity.relay.nudge();
    await eventually(async () => {
      const row = await running('notifications').orm.em.fork().findOne(NotificationRecipient, { userId: user.id });
      if (row?.email !== user.email.toLowerCase()) throw new Error('address not known yet');
    });
  }

  const list = async (user: TestUser, variables: Record<string, unknown> = {}) => {
    const res = await gql(stack.url, LIST, { first: 50, ...variables }, { token: user.token });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.notifications as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { cursor: string; node: NotificationData }[];
    };
  };
  const unread = async (user: TestUser): Promise<number> =>
    (await gql(stack.url, COUNT, {}, { token: user.token })).body.data.unreadNotificationCount;
  const setPreference = async (user: TestUser, kind: string, channel: string, enabled: boolean) => {
    const res = await gql(stack.url, SET_PREFERENCE, { kind, channel, enabled }, { token: user.token });
    expect(res.body.data.setNotificationPreference).toEqual({ preference: { kind, channel, enabled, customized: true }, errors: [] });
  };
  /** Notification mails to a user (identity may send account mails through the same server). */
  const mailsTo = (user: TestUser) =>
    mails.filter((m) => m.to.includes(user.email.toLowerCase()) && /^X-Hubgraph-Notification-Id:/im.test(m.raw));

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (!refused.has(address.address.toLowerCase())) return callback();
        callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 450 }));
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          mails.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    stack = await startTestStack({
      only: ['identity', 'work', 'notifications'],
      env: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Hubgraph <notify@hubgraph.test>' },
    });
    disposeAfterAll(async () => {
      await Promise.all(clients.map((c) => c.dispose()));
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    });
  });

  it('notifies the assignee of a task in the inbox and live, and not the owner who assigned it', async () => {
    const [owner, assignee] = await Promise.all([signUpUser(stack.url, 'owner'), signUpUser(stack.url, 'assignee')]);
    const [ownerFeed, assigneeFeed] = await Promise.all([subscribe(owner), subscribe(assignee)]);
    const taskId = await createTask(owner, 'Ship the release notes');
    const before = Date.now();
    await assign(owner, taskId, assignee.id);

    const [pushed] = await eventually(() => {
      expect(assigneeFeed.notifications()).toHaveLength(1);
      return assigneeFeed.notifications();
    });
    expect(pushed).toMatchObject({
      kind: 'TASK_ASSIGNED',
      eventType: 'work.task.assigned',
      title: 'You were assigned a task',
      body: 'Ship the release notes',
      actor: { id: owner.id },
      subjectType: 'Task',
      subjectId: taskId,
      read: false,
      readAt: null,
      emailStatus: null,
    });
    expect(new Date(pushed!.createdAt).getTime()).toBeGreaterThanOrEqual(before - 1000);

    const inbox = await list(assignee);
    expect(inbox.totalCount).toBe(1);
    expect(inbox.edges[0]!.node).toEqual(pushed);
    expect(await unread(assignee)).toBe(1);

    // The owner caused it: nothing in their inbox, nothing pushed to them.
    await handled((await assignedEvents(taskId))[0]!.id);
    expect(await list(owner)).toMatchObject({ totalCount: 0, edges: [] });
    expect(await unread(owner)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(ownerFeed.notifications()).toEqual([]);
    expect(ownerFeed.errors).toEqual([]);
    expect(assigneeFeed.errors).toEqual([]);
  });

  it('does not duplicate a notification when the event is delivered again', async () => {
    const [owner, assignee] = await Promise.all([signUpUser(stack.url, 'owner'), signUpUser(stack.url, 'assignee')]);
    const feed = await subscribe(assignee);
    const taskId = await createTask(owner, 'Once only');
    const event = await assignAndSettle(owner, taskId, assignee.id);
    await eventually(() => expect(feed.notifications()).toHaveLength(1));

    // The stream delivers at least once: the same event twice more, as a broker retry would.
    await running('notifications').events.publish([event, event]);
    const marker = await createTask(owner, 'Marker after the redelivery');
    await assignAndSettle(owner, marker, assignee.id);

    const inbox = await list(assignee);
    expect(inbox.edges.map((e) => e.node.body)).toEqual(['Marker after the redelivery', 'Once only']);
    const rows = await running('notifications').orm.em.fork().count(Notification, { eventId: event.id });
    expect(rows).toBe(1);
    expect(feed.notifications().map((n) => n.body)).toEqual(['Once only', 'Marker after the redelivery']);
  });

  it('lists defaults (in-app on, e-mail off) and lets each user switch a kind per channel', async () => {
    const user = await signUpUser(stack.url, 'prefs');
    const defaults = (await gql(stack.url, PREFERENCES, {}, { token: user.token })).body.data.notificationPreferences;
    expect(defaults).toHaveLength(16);
    for (const pref of defaults) {
      expect(pref).toEqual({ kind: pref.kind, channel: pref.channel, enabled: pref.channel === 'IN_APP', customized: false });
    }
    expect(new Set(defaults.map((p: { kind: string }) => p.kind))).toEqual(
      new Set(['TASK_ASSIGNED', 'MENTION', 'POLL_CLOSED', 'BUDGET_EXCEEDED', 'NEW_FOLLOWER', 'POST_LIKED', 'POST_REPLY', 'OTHER']),
    );

    await setPreference(user, 'MENTION', 'IN_APP', false);
    await setPreference(user, 'MENTION', 'EMAIL', true);
    await setPreference(user, 'MENTION', 'EMAIL', true);
    const after = (await gql(stack.url, PREFERENCES, {}, { token: user.token })).body.data.notificationPreferences;
    expect(after.filter((p: { customized: boolean }) => p.customized)).toEqual([
      { kind: 'MENTION', channel: 'IN_APP', enabled: false, customized: true },
      { kind: 'MENTION', channel: 'EMAIL', enabled: true, customized: true },
    ]);
    // Someone else's preferences are untouched.
    const other = await signUpUser(stack.url, 'other');
    const theirs = (await gql(stack.url, PREFERENCES, {}, { token: other.token })).body.data.notificationPreferences;
    expect(theirs.every((p: { customized: boolean }) => !p.customized)).toBe(true);
  });

  it('honours preferences: in-app off hides a kind, e-mail on sends it to the loopback SMTP server', async () => {
    const [owner, carol] = await Promise.all([signUpUser(stack.url, 'owner'), signUpUser(stack.url, 'carol')]);
    await announceAddress(carol);
    await announceAddress(owner);
    const feed = await subscribe(carol);

    // Default: in-app only, so no mail even though the address is known.
    await assignAndSettle(owner, await createTask(owner, 'Default channels'), carol.id);
    expect((await list(carol)).edges.map((e) => e.node.body)).toEqual(['Default channels']);

    // In-app off, e-mail still off: the event leaves nothing.
    await setPreference(carol, 'TASK_ASSIGNED', 'IN_APP', false);
    await assignAndSettle(owner, await createTask(owner, 'Nobody hears this'), carol.id);
    expect((await list(carol)).totalCount).toBe(1);

    // E-mail on, in-app off: a mail, but nothing in the inbox or pushed live.
    await setPreference(carol, 'TASK_ASSIGNED', 'EMAIL', true);
    await assignAndSettle(owner, await createTask(owner, 'Mail me the quarterly report'), carol.id);
    const [mail] = await eventually(() => {
      expect(mailsTo(carol)).toHaveLength(1);
      return mailsTo(carol);
    });
    expect(mail!.from).toBe('notify@hubgraph.test');
    const text = decodeQuotedPrintable(mail!.raw);
    expect(text).toMatch(/^Subject: You were assigned a task$/m);
    expect(text).toMatch(new RegExp(`^To: ${carol.email.replace(/[.+]/g, '\\$&')}$`, 'mi'));
    expect(text).toContain('Mail me the quarterly report');
    expect(text).toContain('setNotificationPreference(kind: TASK_ASSIGNED, channel: EMAIL, enabled: false)');
    expect(text).toMatch(/^X-Hubgraph-Notification-Kind: TASK_ASSIGNED$/m);
    expect((await list(carol)).totalCount).toBe(1);

    // Both on: in the inbox, and its e-mail status turns SENT once the server accepted the mail.
    await setPreference(carol, 'TASK_ASSIGNED', 'IN_APP', true);
    await assignAndSettle(owner, await createTask(owner, 'Both channels'), carol.id);
    await eventually(() => expect(mailsTo(carol)).toHaveLength(2));
    const latest = await eventually(async () => {
      const node = (await list(carol)).edges[0]!.node;
      expect(node).toMatchObject({ body: 'Both channels', emailStatus: 'SENT' });
      return node;
    });
    expect(mailsTo(carol)[1]!.raw).toMatch(new RegExp(`^X-Hubgraph-Notification-Id: ${latest.id}$`, 'mi'));
    expect(feed.notifications().map((n) => n.body)).toEqual(['Default channels', 'Both channels']);

    // The owner never asked for mail and was never notified.
    expect(mailsTo(owner)).toEqual([]);
  });

  it('marks one or all read, counts unread, and pages newest first', async () => {
    const [owner, dave] = await Promise.all([signUpUser(stack.url, 'owner'), signUpUser(stack.url, 'dave')]);
    for (const title of ['first', 'second', 'third']) {
      await assignAndSettle(owner, await createTask(owner, title), dave.id);
    }
    expect(await unread(dave)).toBe(3);
    const page1 = await list(dave, { first: 2 });
    expect(page1.totalCount).toBe(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.edges.map((e) => e.node.body)).toEqual(['third', 'second']);
    const page2 = await list(dave, { first: 2, after: page1.pageInfo.endCursor });
    expect(page2.edges.map((e) => e.node.body)).toEqual(['first']);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    const secondId = page1.edges[1]!.node.id;
    const marked = await gql(stack.url, MARK, { id: secondId }, { token: dave.token });
    expect(marked.body.data.markNotificationRead).toMatchObject({
      notification: { id: secondId, read: true, readAt: expect.any(String) },
      unreadCount: 2,
      errors: [],
    });
    const firstReadAt = marked.body.data.markNotificationRead.notification.readAt;
    // Marking again keeps the first read time.
    const again = await gql(stack.url, MARK, { id: secondId }, { token: dave.token });
    expect(again.body.data.markNotificationRead).toMatchObject({ notification: { readAt: firstReadAt }, unreadCount: 2 });
    expect((await list(dave, { unreadOnly: true })).edges.map((e) => e.node.body)).toEqual(['third', 'first']);
    expect(await unread(dave)).toBe(2);

    const all = await gql(stack.url, MARK_ALL, {}, { token: dave.token });
    expect(all.body.data.markAllNotificationsRead).toEqual({ markedCount: 2, unreadCount: 0, errors: [] });
    expect((await list(dave, { unreadOnly: true })).totalCount).toBe(0);
    expect((await list(dave)).edges.every((e) => e.node.read)).toBe(true);
    const none = await gql(stack.url, MARK_ALL, {}, { token: dave.token });
    expect(none.body.data.markAllNotificationsRead).toEqual({ markedCount: 0, unreadCount: 0, errors: [] });
  });

  it("keeps each inbox private: nobody reads or marks someone else's notifications", async () => {
    const [owner, erin, mallory] = await Promise.all([
      signUpUser(stack.url, 'owner'),
      signUpUser(stack.url, 'erin'),
      signUpUser(stack.url, 'mallory'),
    ]);
    await assignAndSettle(owner, await createTask(owner, 'Private to erin'), erin.id);
    const [edge] = (await list(erin)).edges;

    const steal = await gql(stack.url, MARK, { id: edge!.node.id }, { token: mallory.token });
    expect(errorCodes(steal)).toEqual(['NOT_FOUND']);
    const markAll = await gql(stack.url, MARK_ALL, {}, { token: mallory.token });
    expect(markAll.body.data.markAllNotificationsRead.markedCount).toBe(0);
    expect(await list(mallory)).toMatchObject({ totalCount: 0 });
    expect(await unread(mallory)).toBe(0);
    // Still unread for erin.
    expect(await unread(erin)).toBe(1);
    expect((await list(erin)).edges[0]!.node.read).toBe(false);

    // Without a token: UNAUTHENTICATED everywhere, including the live inbox.
    expect(errorCodes(await gql(stack.url, LIST))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await gql(stack.url, COUNT))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await gql(stack.url, MARK, { id: edge!.node.id }))).toEqual(['UNAUTHENTICATED']);
    const anonymous = createClient({ url: stack.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
    clients.push(anonymous);
    const outcome = await new Promise<unknown>((resolve) => {
      anonymous.subscribe({ query: ADDED }, { next: (r) => resolve(r), error: (e) => resolve(e), complete: () => resolve('complete') });
    });
    expect(JSON.stringify(outcome)).toContain('UNAUTHENTICATED');
  });

  it('turns events of domains it has no template for into generic notifications', async () => {
    const [actor, frank, grace] = await Promise.all([
      signUpUser(stack.url, 'actor'),
      signUpUser(stack.url, 'frank'),
      signUpUser(stack.url, 'grace'),
    ]);
    await emit('shop.order_item.shipped', {
      orderItemId: 'item-42',
      actorId: actor.id,
      recipientIds: [frank.id, frank.id, actor.id, 42, 'x'.repeat(100)],
    });
    const [node] = (await list(frank)).edges.map((e) => e.node);
    expect(node).toMatchObject({
      kind: 'OTHER',
      eventType: 'shop.order_item.shipped',
      title: 'Order item shipped',
      body: 'An update from shop.',
      actor: { id: actor.id },
      subjectType: 'OrderItem',
      subjectId: 'item-42',
    });
    expect((await list(frank)).totalCount).toBe(1);
    expect((await list(actor)).totalCount).toBe(0);

    await emit('billing.invoice.paid', { invoiceId: 'inv-7', title: 'Invoice paid', body: 'Thanks!', recipientIds: [grace.id] });
    expect((await list(grace)).edges[0]!.node).toMatchObject({
      title: 'Invoice paid',
      body: 'Thanks!',
      subjectType: 'Invoice',
      subjectId: 'inv-7',
    });

    // Known types use their template, e.g. a chat mention.
    await emit('chat.mention', {
      messageId: 'msg-1',
      roomId: 'room-1',
      roomName: 'general',
      authorId: actor.id,
      recipientIds: [grace.id],
      excerpt: 'hey @grace, look',
    });
    expect((await list(grace)).edges[0]!.node).toMatchObject({
      kind: 'MENTION',
      title: 'You were mentioned in general',
      body: 'hey @grace, look',
      subjectType: 'Message',
      subjectId: 'msg-1',
      actor: { id: actor.id },
    });

    // No recipients, no notification; the consumer still moves on.
    await emit('shop.order.created', { orderId: 'o-1' });
    expect((await list(grace)).totalCount).toBe(2);
  });

  it('retries a refused mail later, gives up after three attempts, and never sends one mail twice', async () => {
    const [owner, henry] = await Promise.all([signUpUser(stack.url, 'owner'), signUpUser(stack.url, 'henry')]);
    await announceAddress(henry);
    await setPreference(henry, 'TASK_ASSIGNED', 'EMAIL', true);
    refused.add(henry.email.toLowerCase());
    const orm = running('notifications').orm;
    const config = loadNotificationsConfig(loadSubgraphConfig(stack.env), stack.env);
    const log = createLogger('mailer-test', 'silent');
    /** Another replica's mailer, sharing the database and the SMTP server. */
    const replica = () => new NotificationMailer(orm, createSmtpSender(config), log);
    /** Makes a mail old enough for the retry sweep. */
    const age = (id: string) => orm.em.fork().nativeUpdate(Notification, { id }, { updatedAt: new Date(Date.now() - 60_000) });
    const emailState = (id: string, status: string, attempts: number) =>
      eventually(async () => {
        const row = await orm.em.fork().findOneOrFail(Notification, { id });
        expect({ status: row.emailStatus, attempts: row.emailAttempts }).toEqual({ status, attempts });
      });

    await assignAndSettle(owner, await createTask(owner, 'Refused every time'), henry.id);
    const refusedId = (await list(henry)).edges[0]!.node.id;
    await emailState(refusedId, 'PENDING', 1);
    // Not stale yet: a sweep leaves it alone.
    await replica().retryStale();
    await emailState(refusedId, 'PENDING', 1);
    await age(refusedId);
    await replica().retryStale();
    await emailState(refusedId, 'PENDING', 2);
    await age(refusedId);
    await replica().retryStale();
    await emailState(refusedId, 'FAILED', 3);
    await age(refusedId);
    await replica().retryStale();
    await emailState(refusedId, 'FAILED', 3);
    expect((await list(henry)).edges[0]!.node.emailStatus).toBe('FAILED');
    expect(mailsTo(henry)).toEqual([]);

    await assignAndSettle(owner, await createTask(owner, 'Accepted on retry'), henry.id);
    const retriedId = (await list(henry)).edges[0]!.node.id;
    await emailState(retriedId, 'PENDING', 1);
    refused.delete(henry.email.toLowerCase());
    await age(retriedId);
    // Two replicas sweep at once: the conditional claim lets exactly one of them send.
    await Promise.all([replica().retryStale(), replica().retryStale(), replica().retryStale()]);
    await emailState(retriedId, 'SENT', 2);
    expect(mailsTo(henry)).toHaveLength(1);
    expect(decodeQuotedPrintable(mailsTo(henry)[0]!.raw)).toContain('Accepted on retry');
    expect((await list(henry)).edges[0]!.node.emailStatus).toBe('SENT');
  });
});
