import type { DomainEvent } from '../../../kit';
import { recipientsOf, renderNotification } from '../src/registry';

function event(type: string, payload: Record<string, unknown>): DomainEvent {
  return {
    id: '01900000-0000-7000-8000-000000000001',
    type,
    source: type.split('.')[0]!,
    occurredAt: new Date().toISOString(),
    tenantId: null,
    payload,
  };
}

describe('notifications registry: events to words', () => {
  it('words a closed poll with its question and links the poll', () => {
    expect(
      renderNotification(event('polls.poll.closed', { pollId: 'p1', question: 'Lunch?', closedBy: 'u1', recipientIds: ['u2'] })),
    ).toEqual({
      kind: 'POLL_CLOSED',
      title: 'A poll has closed',
      body: '"Lunch?" has closed; the results are final.',
      actorId: 'u1',
      subjectType: 'Poll',
      subjectId: 'p1',
    });
    // A scheduled close has no actor.
    expect(renderNotification(event('polls.poll.closed', { pollId: 'p1', question: 'Lunch?', closedBy: null })).actorId).toBeNull();
  });

  it('words social follows, likes, replies and mentions with their own kinds, actor and post', () => {
    const actor = { actorId: 'a', recipientIds: ['b'] };
    expect(renderNotification(event('social.follow.created', actor))).toEqual({
      kind: 'NEW_FOLLOWER',
      title: 'You have a new follower',
      body: 'Someone started following you.',
      actorId: 'a',
      subjectType: 'User',
      subjectId: 'a',
    });
    expect(renderNotification(event('social.like.created', { ...actor, postId: 'p', excerpt: 'hello' }))).toMatchObject({
      kind: 'POST_LIKED',
      body: 'hello',
      actorId: 'a',
      subjectType: 'SocialPost',
      subjectId: 'p',
    });
    expect(renderNotification(event('social.reply.created', { ...actor, postId: 'r' }))).toMatchObject({
      kind: 'POST_REPLY',
      body: 'Your post has a new reply.',
      subjectId: 'r',
    });
    expect(renderNotification(event('social.mention.created', { ...actor, postId: 'm', excerpt: 'hi' }))).toMatchObject({
      kind: 'MENTION',
      title: 'You were mentioned in a post',
      subjectId: 'm',
    });
  });

  it('words a mention with or without a room name', () => {
    const named = renderNotification(event('chat.mention', { messageId: 'm', roomName: 'ops', authorId: 'a', excerpt: 'hi @b' }));
    expect(named).toMatchObject({ kind: 'MENTION', title: 'You were mentioned in ops', body: 'hi @b', actorId: 'a', subjectId: 'm' });
    const unnamed = renderNotification(event('chat.mention', { messageId: 'm', roomName: null, authorId: 'a' }));
    expect(unnamed).toMatchObject({ title: 'You were mentioned in a chat', body: 'Someone mentioned you in a message.' });
  });

  it('words a budget going over with the words finance sends, and no actor (the user is notified of their own spending)', () => {
    const payload = {
      budgetId: 'b1',
      title: 'Over your Groceries budget for 2026-03',
      body: 'You have spent 310.00 EUR of 300.00 EUR in 2026-03.',
      recipientIds: ['u1'],
    };
    expect(renderNotification(event('finance.budget.exceeded', payload))).toEqual({
      kind: 'BUDGET_EXCEEDED',
      title: 'Over your Groceries budget for 2026-03',
      body: 'You have spent 310.00 EUR of 300.00 EUR in 2026-03.',
      actorId: null,
      subjectType: 'Budget',
      subjectId: 'b1',
    });
    expect(renderNotification(event('finance.budget.exceeded', { budgetId: 7 })).title).toBe('You went over a budget');
  });

  it('survives payloads of the wrong shape instead of failing the event', () => {
    const odd = renderNotification(event('work.task.assigned', { taskId: 42, title: { no: 'string' }, assignedBy: 'x'.repeat(37) }));
    expect(odd).toEqual({
      kind: 'TASK_ASSIGNED',
      title: 'You were assigned a task',
      body: 'A task was assigned to you.',
      actorId: null,
      subjectType: 'Task',
      subjectId: null,
    });
  });

  it('clips long words to the columns without splitting a character', () => {
    const long = renderNotification(event('work.task.assigned', { title: '😀'.repeat(1500) }));
    expect([...long.body]).toHaveLength(1000);
    expect(long.body.endsWith('😀…')).toBe(true);
    const generic = renderNotification(event('a.b.c', { title: 't'.repeat(500) }));
    expect(generic.title).toHaveLength(200);
  });

  it('words an unknown two-segment type from its parts', () => {
    expect(renderNotification(event('deploys.finished', {}))).toMatchObject({
      kind: 'OTHER',
      title: 'Finished',
      body: 'An update from deploys.',
      subjectType: null,
      subjectId: null,
    });
  });

  it('takes recipients only from a list of short strings, once each', () => {
    expect(recipientsOf(event('x.y.z', { recipientIds: ['a', 'a', '', 7, null, 'b', 'c'.repeat(37)] }))).toEqual(['a', 'b']);
    expect(recipientsOf(event('x.y.z', { recipientIds: 'a' }))).toEqual([]);
    expect(recipientsOf(event('x.y.z', {}))).toEqual([]);
  });
});
