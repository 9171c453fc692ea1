import type { DomainEvent } from '../../../kit';
import type { NotificationKind } from './entities';

/** What a notification says, made from one event; the same for every recipient of it. */
export interface RenderedNotification {
  kind: NotificationKind;
  title: string;
  body: string;
  /** Who caused it; never notified of their own action. */
  actorId: string | null;
  subjectType: string | null;
  subjectId: string | null;
}

/** Turns the payload of one known event type into a notification. */
export interface NotificationTemplate {
  kind: NotificationKind;
  render(payload: Record<string, unknown>, event: DomainEvent): Omit<RenderedNotification, 'kind'>;
}

const TITLE_MAX = 200;
const BODY_MAX = 1000;
const ID_MAX = 36;
const SUBJECT_ID_MAX = 64;

/** A non-empty string field of a payload, or null: payloads come from other services, trust nothing. */
function text(payload: Record<string, unknown>, key: string): string | null {
  const value = payload[key];
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** Shortens to at most `max` characters, never splitting a character made of two UTF-16 units. */
function clip(value: string, max: number): string {
  if (value.length <= max) return value;
  const chars = [...value];
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('')}…`;
}

function id(payload: Record<string, unknown>, key: string, max = ID_MAX): string | null {
  const value = text(payload, key);
  return value && value.length <= max ? value : null;
}

/**
 * The templates of the event types this subgraph knows. Adding a domain needs no entry here: any
 * event with `recipientIds` becomes an OTHER notification (see {@link renderGeneric}); an entry only
 * gives it its own kind (a separate preference) and nicer words.
 */
export const notificationTemplates: Record<string, NotificationTemplate> = {
  'work.task.assigned': {
    kind: 'TASK_ASSIGNED',
    render: (payload) => ({
      title: 'You were assigned a task',
      body: text(payload, 'title') ?? 'A task was assigned to you.',
      actorId: id(payload, 'assignedBy'),
      subjectType: 'Task',
      subjectId: id(payload, 'taskId', SUBJECT_ID_MAX),
    }),
  },
  // work (#51): a comment on a work item that mentions project members (work leaves out the author).
  'work.comment.mentioned': {
    kind: 'MENTION',
    render: (payload) => ({
      title: clip(`You were mentioned on “${text(payload, 'title') ?? 'a work item'}”`, TITLE_MAX),
      body: clip(text(payload, 'excerpt') ?? 'Someone mentioned you in a comment.', BODY_MAX),
      actorId: id(payload, 'authorId'),
      subjectType: 'Task',
      subjectId: id(payload, 'taskId', SUBJECT_ID_MAX),
    }),
  },
  'chat.mention': {
    kind: 'MENTION',
    render: (payload) => {
      const room = text(payload, 'roomName');
      return {
        title: room ? `You were mentioned in ${room}` : 'You were mentioned in a chat',
        body: text(payload, 'excerpt') ?? 'Someone mentioned you in a message.',
        actorId: id(payload, 'authorId'),
        subjectType: 'Message',
        subjectId: id(payload, 'messageId', SUBJECT_ID_MAX),
      };
    },
  },
  'polls.poll.closed': {
    kind: 'POLL_CLOSED',
    render: (payload) => {
      const question = text(payload, 'question');
      return {
        title: 'A poll has closed',
        body: question ? `"${question}" has closed; the results are final.` : 'A poll has closed; the results are final.',
        actorId: id(payload, 'closedBy'),
        subjectType: 'Poll',
        subjectId: id(payload, 'pollId', SUBJECT_ID_MAX),
      };
    },
  },
  // The user's own spending took a month over a budget: there is no actor (their own expense, or a
  // recurring one recorded on schedule), so they are notified.
  'finance.budget.exceeded': {
    kind: 'BUDGET_EXCEEDED',
    render: (payload) => ({
      title: text(payload, 'title') ?? 'You went over a budget',
      body: text(payload, 'body') ?? 'An expense took a month over one of your budgets.',
      actorId: null,
      subjectType: 'Budget',
      subjectId: id(payload, 'budgetId', SUBJECT_ID_MAX),
    }),
  },
  // social (#52): the actor is the follower, liker, replier or author; social leaves out recipients
  // who block the actor before recording the event.
  'social.follow.created': {
    kind: 'NEW_FOLLOWER',
    render: (payload) => ({
      title: 'You have a new follower',
      body: 'Someone started following you.',
      actorId: id(payload, 'actorId'),
      subjectType: 'User',
      subjectId: id(payload, 'actorId', SUBJECT_ID_MAX),
    }),
  },
  'social.like.created': {
    kind: 'POST_LIKED',
    render: (payload) => ({
      title: 'Someone liked your post',
      body: text(payload, 'excerpt') ?? 'Your post got a like.',
      actorId: id(payload, 'actorId'),
      subjectType: 'SocialPost',
      subjectId: id(payload, 'postId', SUBJECT_ID_MAX),
    }),
  },
  'social.reply.created': {
    kind: 'POST_REPLY',
    render: (payload) => ({
      title: 'Someone replied to your post',
      body: text(payload, 'excerpt') ?? 'Your post has a new reply.',
      actorId: id(payload, 'actorId'),
      subjectType: 'SocialPost',
      subjectId: id(payload, 'postId', SUBJECT_ID_MAX),
    }),
  },
  'social.mention.created': {
    kind: 'MENTION',
    render: (payload) => ({
      title: 'You were mentioned in a post',
      body: text(payload, 'excerpt') ?? 'Someone mentioned you in a post.',
      actorId: id(payload, 'actorId'),
      subjectType: 'SocialPost',
      subjectId: id(payload, 'postId', SUBJECT_ID_MAX),
    }),
  },
};

/** `order_item` → `Order item`. */
function words(segment: string): string {
  const spaced = segment.replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** `order_item` → `OrderItem`. */
function typeName(segment: string): string {
  return segment
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** `order_item` → `orderItem`. */
function fieldName(segment: string): string {
  const pascal = typeName(segment);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/**
 * Any event type without a template. The payload may carry `title` and `body` (or `message` or
 * `excerpt`) for the words, `actorId` for who caused it, and `subjectType`/`subjectId` for what it is
 * about; without them the type supplies them: `shop.order.shipped` reads "Order shipped" and takes
 * its subject from `orderId`.
 */
export function renderGeneric(event: DomainEvent): RenderedNotification {
  const payload = event.payload;
  const segments = event.type.split('.');
  const entity = segments.length >= 3 ? (segments.at(-2) ?? null) : null;
  const happened = segments.at(-1) ?? event.type;
  const fallbackTitle = entity ? `${words(entity)} ${happened.replace(/_/g, ' ')}` : words(happened);
  return {
    kind: 'OTHER',
    title: text(payload, 'title') ?? fallbackTitle,
    body: text(payload, 'body') ?? text(payload, 'message') ?? text(payload, 'excerpt') ?? `An update from ${segments[0]}.`,
    actorId: id(payload, 'actorId'),
    subjectType: text(payload, 'subjectType') ?? (entity ? typeName(entity) : null),
    subjectId: id(payload, 'subjectId', SUBJECT_ID_MAX) ?? (entity ? id(payload, `${fieldName(entity)}Id`, SUBJECT_ID_MAX) : null),
  };
}

/** The notification an event becomes, whatever its type; lengths fit the columns. */
export function renderNotification(event: DomainEvent): RenderedNotification {
  const template = notificationTemplates[event.type];
  const rendered = template ? { kind: template.kind, ...template.render(event.payload, event) } : renderGeneric(event);
  return {
    ...rendered,
    title: clip(rendered.title, TITLE_MAX),
    body: clip(rendered.body, BODY_MAX),
    subjectType: rendered.subjectType ? clip(rendered.subjectType, 60) : null,
  };
}

/**
 * The users an event is addressed to: `payload.recipientIds`, de-duplicated, keeping only plausible
 * ids (strings of at most 36 characters). Malformed entries are dropped rather than failing the
 * event, which would only make the stream redeliver it forever.
 */
export function recipientsOf(event: DomainEvent): string[] {
  const raw = event.payload.recipientIds;
  if (!Array.isArray(raw)) return [];
  const ids = raw.filter((value): value is string => typeof value === 'string' && value.length > 0 && value.length <= ID_MAX);
  return [...new Set(ids)];
}
