import type { Knex } from '@mikro-orm/knex';
import { badInput, fail, fieldError, listenThen, ok, replayThenLive, requireViewer, type Payload, type UserError } from '../../../kit';
import type { BroadcastView, ChatDeps } from './context';
import { BroadcastChannel, BroadcastMessage, type BroadcastMessageRow } from './entities';
import { validateText } from './service';

const CHANNEL = /^[a-z0-9][a-z0-9_.:-]{0,63}$/;
const HISTORY_MAX = 500;

/** The pub/sub topic of a broadcast channel's live messages. */
export const broadcastTopic = (channel: string) => `chat:broadcast:${channel}`;

export type BroadcastResult = Payload<{ message: BroadcastView }>;

/** Checks a channel name: 1 to 64 lower-case letters, digits, `_`, `-`, `.`, `:` (not first). */
export function channelError(channel: string, field = 'channel'): UserError | null {
  return CHANNEL.test(channel)
    ? null
    : fieldError(field, 'Channel names are 1 to 64 characters: lower-case letters, digits, _, -, . and : (not first).');
}

function view(row: BroadcastMessageRow): BroadcastView {
  return { channel: row.channel, offset: row.offset, text: row.text, senderId: row.senderId, sentAt: row.createdAt.toISOString() };
}

/**
 * Broadcast channels (catalogue #30): an append-only log per channel with dense offsets 1, 2, 3, …
 * A broadcast bumps the channel's counter with one atomic upsert and inserts the message in the same
 * transaction: on MySQL the upsert holds the counter row's lock until commit, on SQLite the write lock
 * serialises writers, so offsets are unique and, since a rollback also undoes the bump, gap-free.
 */
export class BroadcastService {
  async broadcast({ em, pubsub, viewer: asking }: ChatDeps, channel: string, text: string): Promise<BroadcastResult> {
    const viewer = requireViewer(asking);
    const errors: UserError[] = [];
    const bad = channelError(channel);
    if (bad) errors.push(bad);
    errors.push(...validateText(text, 'text'));
    if (errors.length) return fail(errors);

    const row = await em.fork().transactional(async (tx) => {
      const knex = tx.getKnex();
      const trx = tx.getTransactionContext<Knex.Transaction>()!;
      await knex('broadcast_channels')
        .insert({ name: channel, last_offset: 1 })
        .onConflict('name')
        .merge({ last_offset: knex.raw('?? + 1', ['broadcast_channels.last_offset']) })
        .transacting(trx);
      const [counter] = await knex('broadcast_channels').select('last_offset').where({ name: channel }).transacting(trx);
      return tx.create(BroadcastMessage, { channel, offset: Number(counter.last_offset), text, senderId: viewer.userId });
    });
    const message = view(row);
    await pubsub.publish(broadcastTopic(channel), message);
    return ok({ message });
  }

  /** Stored messages with `since < offset <= upTo`, oldest first. */
  async read(deps: ChatDeps, channel: string, since: number, upTo: number | null, limit: number): Promise<BroadcastView[]> {
    const rows = await deps.em
      .fork()
      .find(
        BroadcastMessage,
        { channel, offset: upTo === null ? { $gt: since } : { $gt: since, $lte: upTo } },
        { orderBy: { offset: 'asc' }, limit },
      );
    return rows.map(view);
  }

  /** The query `broadcasts`: the log after `since`, at most `first` (1 to 500). */
  history(deps: ChatDeps, channel: string, since: number, first: number): Promise<BroadcastView[]> {
    requireViewer(deps.viewer);
    const bad = channelError(channel);
    if (bad) throw badInput(bad.message, 'channel');
    if (!Number.isInteger(since) || since < 0) throw badInput('since must be 0 or more.', 'since');
    if (!Number.isInteger(first) || first < 1 || first > HISTORY_MAX) throw badInput(`first must be 1 to ${HISTORY_MAX}.`, 'first');
    return this.read(deps, channel, since, null, first);
  }

  /** The newest offset of a channel (0 before its first message). */
  async head(deps: ChatDeps, channel: string): Promise<number> {
    const row = await deps.em.fork().findOne(BroadcastChannel, { name: channel });
    return row?.lastOffset ?? 0;
  }

  /**
   * The `broadcastReceived` stream: subscribes to live messages first, then replays the stored ones
   * after `since` (or starts at the current head without it), then goes live; see {@link replayThenLive}.
   */
  async subscribe(deps: ChatDeps, channel: string, since: number | null): Promise<AsyncIterableIterator<BroadcastView>> {
    requireViewer(deps.viewer);
    const bad = channelError(channel);
    if (bad) throw badInput(bad.message, 'channel');
    if (since !== null && (!Number.isInteger(since) || since < 0)) throw badInput('since must be 0 or more.', 'since');
    const live = deps.pubsub.subscribe<BroadcastView>(broadcastTopic(channel));
    const after = await listenThen(live, async () => since ?? (await this.head(deps, channel)));
    return replayThenLive({ live, after, read: (from, upTo, limit) => this.read(deps, channel, from, upTo, limit) });
  }
}
