import { newId } from '../../../kit';

/** One event as the collector keeps it between acceptance and the database (and in the write-ahead log). */
export interface AcceptedEvent {
  /** Insert id (lower-case UUID): the deduplication key within the project. */
  uuid: string;
  event: string;
  distinctId: string;
  /** The properties as JSON text. */
  properties: string;
  /** Epoch ms. */
  timestamp: number;
}

/** What is wrong with one event of a batch: its index, the field (`batch[3].timestamp`) and why. */
export interface EventProblem {
  index: number;
  field: string;
  message: string;
}

export interface EventLimits {
  ANALYTICS_PROPERTIES_MAX_BYTES: number;
  ANALYTICS_MAX_AGE_DAYS: number;
  ANALYTICS_MAX_FUTURE_MS: number;
}

export const NAME_MAX = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cleanName(value: unknown, what: string): string | { problem: string } {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  if (typeof value !== 'string') return { problem: `${what} must be a string.` };
  const text = value.trim();
  if (!text) return { problem: `${what} must not be empty.` };
  if (text.length > NAME_MAX) return { problem: `${what} must be at most ${NAME_MAX} characters.` };
  if (CONTROL.test(text)) return { problem: `${what} must not contain control characters.` };
  return text;
}

/** Epoch ms of a client timestamp (ISO 8601 with a zone, or epoch ms), or a problem. */
function timestampOf(value: unknown, now: number, limits: EventLimits): number | { problem: string } {
  let ms: number;
  if (value === undefined || value === null) return now;
  if (typeof value === 'number') ms = value;
  else if (typeof value === 'string' && ISO_TIMESTAMP.test(value.trim())) ms = Date.parse(value.trim().replace(' ', 'T'));
  else return { problem: 'timestamp must be an ISO 8601 date-time with a time zone (e.g. 2026-01-31T12:00:00Z) or epoch milliseconds.' };
  if (!Number.isFinite(ms) || !Number.isInteger(ms)) return { problem: 'timestamp is not a valid date-time.' };
  if (ms < now - limits.ANALYTICS_MAX_AGE_DAYS * 86_400_000) {
    return { problem: `timestamp is more than ${limits.ANALYTICS_MAX_AGE_DAYS} days in the past.` };
  }
  if (ms > now + limits.ANALYTICS_MAX_FUTURE_MS) {
    return { problem: `timestamp is more than ${Math.round(limits.ANALYTICS_MAX_FUTURE_MS / 1000)} seconds in the future.` };
  }
  return ms;
}

/**
 * Validates a batch in PostHog's shape (`{event, distinct_id, properties, timestamp, uuid}`; a
 * `distinct_id` inside `properties` is accepted too, as posthog-js sends it). Returns the accepted
 * events, or every problem found: a batch with any problem is refused whole, so nothing of it is
 * stored. An event without a uuid gets one here, before it is logged, so a replay keeps it once.
 */
export function validateEvents(raw: unknown[], limits: EventLimits, now: number): { events: AcceptedEvent[]; problems: EventProblem[] } {
  const events: AcceptedEvent[] = [];
  const problems: EventProblem[] = [];
  raw.forEach((item, index) => {
    const at = (field: string) => `batch[${index}]${field ? `.${field}` : ''}`;
    const problem = (field: string, message: string) => problems.push({ index, field: at(field), message });
    if (problems.length >= 100) return; // enough to show what is wrong; the batch is refused anyway
    if (!isPlainObject(item)) return problem('', 'Each event must be an object.');
    const properties = item.properties ?? {};
    if (!isPlainObject(properties)) return problem('properties', 'properties must be an object.');
    const event = cleanName(item.event, 'event');
    if (typeof event !== 'string') return problem('event', event.problem);
    const distinct = cleanName(item.distinct_id ?? properties.distinct_id, 'distinct_id');
    if (typeof distinct !== 'string') return problem('distinct_id', distinct.problem);
    const timestamp = timestampOf(item.timestamp, now, limits);
    if (typeof timestamp !== 'number') return problem('timestamp', timestamp.problem);
    let uuid: string;
    if (item.uuid === undefined || item.uuid === null) uuid = newId();
    else if (typeof item.uuid === 'string' && UUID.test(item.uuid)) uuid = item.uuid.toLowerCase();
    else return problem('uuid', 'uuid must be a UUID (8-4-4-4-12 hexadecimal digits).');
    const json = JSON.stringify(properties);
    const bytes = Buffer.byteLength(json);
    if (bytes > limits.ANALYTICS_PROPERTIES_MAX_BYTES) {
      return problem('properties', `properties are ${bytes} bytes as JSON; at most ${limits.ANALYTICS_PROPERTIES_MAX_BYTES} are accepted.`);
    }
    events.push({ uuid, event, distinctId: distinct, properties: json, timestamp });
  });
  return { events: problems.length ? [] : events, problems };
}

/** The UTC day (YYYY-MM-DD) of epoch ms. */
export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
