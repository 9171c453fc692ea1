/**
 * A user's public GitHub events as typed events and a sentence each (catalogue #3): "Pushed 3 commits
 * to owner/repo", "Opened a new issue in owner/repo", "Starred owner/repo". The shapes are GitHub's
 * documented event payloads (https://docs.github.com/en/rest/using-the-rest-api/github-event-types);
 * a field GitHub leaves out is read as absent, never trusted.
 */

export const EVENT_KINDS = [
  'PUSH',
  'ISSUES',
  'ISSUE_COMMENT',
  'PULL_REQUEST',
  'PULL_REQUEST_REVIEW',
  'WATCH',
  'FORK',
  'CREATE',
  'DELETE',
  'RELEASE',
  'PUBLIC',
  'MEMBER',
  'OTHER',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

const KIND_OF: Record<string, EventKind> = {
  PushEvent: 'PUSH',
  IssuesEvent: 'ISSUES',
  IssueCommentEvent: 'ISSUE_COMMENT',
  PullRequestEvent: 'PULL_REQUEST',
  PullRequestReviewEvent: 'PULL_REQUEST_REVIEW',
  PullRequestReviewCommentEvent: 'PULL_REQUEST_REVIEW',
  WatchEvent: 'WATCH',
  ForkEvent: 'FORK',
  CreateEvent: 'CREATE',
  DeleteEvent: 'DELETE',
  ReleaseEvent: 'RELEASE',
  PublicEvent: 'PUBLIC',
  MemberEvent: 'MEMBER',
};

/** One event as GitHub sends it (only what is read). */
export interface RawEvent {
  id: string;
  type: string;
  actor?: { login?: string };
  repo?: { name?: string };
  payload?: Record<string, unknown>;
  created_at: string;
}

export interface ActivityEvent {
  id: string;
  kind: EventKind;
  /** GitHub's own type name, e.g. PushEvent. */
  type: string;
  actor: string;
  repo: string;
  sentence: string;
  createdAt: Date;
}

/** Checks the list GitHub answered with; throws (an invalid answer) when it is not a list of events. */
export function parseEvents(value: unknown): RawEvent[] {
  if (!Array.isArray(value)) throw new Error('not a list of events');
  return value.filter(
    (e): e is RawEvent =>
      typeof e === 'object' &&
      e !== null &&
      typeof (e as RawEvent).id === 'string' &&
      typeof (e as RawEvent).type === 'string' &&
      typeof (e as RawEvent).created_at === 'string',
  );
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The sentence for one event, in the words of the roadmap.sh GitHub User Activity project. */
export function sentenceOf(event: RawEvent): string {
  const repo = event.repo?.name ?? 'a repository';
  const p = event.payload ?? {};
  const action = text(p.action);
  switch (event.type) {
    case 'PushEvent': {
      const size = typeof p.size === 'number' ? p.size : Array.isArray(p.commits) ? p.commits.length : 0;
      return size ? `Pushed ${size} commit${size === 1 ? '' : 's'} to ${repo}` : `Pushed to ${repo}`;
    }
    case 'IssuesEvent':
      return action === 'opened' ? `Opened a new issue in ${repo}` : `${capitalised(action ?? 'updated')} an issue in ${repo}`;
    case 'IssueCommentEvent':
      return `Commented on an issue in ${repo}`;
    case 'PullRequestEvent': {
      const merged = (p.pull_request as { merged?: boolean } | undefined)?.merged === true;
      if (action === 'closed' && merged) return `Merged a pull request in ${repo}`;
      return action === 'opened' ? `Opened a pull request in ${repo}` : `${capitalised(action ?? 'updated')} a pull request in ${repo}`;
    }
    case 'PullRequestReviewEvent':
    case 'PullRequestReviewCommentEvent':
      return `Reviewed a pull request in ${repo}`;
    case 'WatchEvent':
      return `Starred ${repo}`;
    case 'ForkEvent':
      return `Forked ${repo}`;
    case 'CreateEvent': {
      const refType = text(p.ref_type) ?? 'repository';
      return refType === 'repository'
        ? `Created repository ${repo}`
        : `Created ${refType} ${text(p.ref) ?? ''} in ${repo}`.replace('  ', ' ');
    }
    case 'DeleteEvent':
      return `Deleted ${text(p.ref_type) ?? 'branch'} ${text(p.ref) ?? ''} in ${repo}`.replace('  ', ' ');
    case 'ReleaseEvent': {
      const name = text((p.release as { tag_name?: unknown } | undefined)?.tag_name);
      return `Published release ${name ? `${name} ` : ''}in ${repo}`;
    }
    case 'PublicEvent':
      return `Made ${repo} public`;
    case 'MemberEvent':
      return `Added a collaborator to ${repo}`;
    default:
      return `${event.type.replace(/Event$/, '')} in ${repo}`;
  }
}

export function toActivity(event: RawEvent): ActivityEvent {
  return {
    id: event.id,
    kind: KIND_OF[event.type] ?? 'OTHER',
    type: event.type,
    actor: event.actor?.login ?? '',
    repo: event.repo?.name ?? '',
    sentence: sentenceOf(event),
    createdAt: new Date(event.created_at),
  };
}
