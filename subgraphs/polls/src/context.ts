import DataLoader from 'dataloader';
import { entityLoader, type Em, type ServiceDeps, type SubgraphContext } from '../../../kit';
import type { PollsConfig } from './config';
import { Poll, PollOption, Vote, type PollOptionRow, type PollRow, type VoteRow } from './entities';
import { tallyVotes } from './service';

export interface PollsLoaders {
  pollById: DataLoader<string, PollRow | null>;
  optionById: DataLoader<string, PollOptionRow | null>;
  /** A poll's options in the creator's order. */
  optionsByPoll: DataLoader<string, PollOptionRow[]>;
  /** Votes per option id of a poll: one grouped COUNT for every poll a request touches. */
  voteCountsByPoll: DataLoader<string, Map<string, number>>;
  /** One user's vote in a poll, keyed `${pollId}:${userId}`. */
  voteByPollAndUser: DataLoader<string, VoteRow | null>;
}

/** Per-request loaders: every poll, option list or vote a query touches costs one statement per tick. */
export function createLoaders(em: Em): PollsLoaders {
  return {
    pollById: entityLoader(em, Poll),
    optionById: entityLoader(em, PollOption),
    optionsByPoll: new DataLoader<string, PollOptionRow[]>(
      async (pollIds) => {
        const rows = await em.find(PollOption, { poll: { $in: [...pollIds] } }, { orderBy: { position: 'asc' } });
        const byPoll = new Map<string, PollOptionRow[]>();
        for (const row of rows) {
          const list = byPoll.get(row.poll.id);
          if (list) list.push(row);
          else byPoll.set(row.poll.id, [row]);
        }
        return pollIds.map((id) => byPoll.get(id) ?? []);
      },
      { maxBatchSize: 500 },
    ),
    voteCountsByPoll: new DataLoader<string, Map<string, number>>(
      async (pollIds) => {
        const byPoll = await tallyVotes(em, pollIds);
        return pollIds.map((id) => byPoll.get(id) ?? new Map<string, number>());
      },
      { maxBatchSize: 500 },
    ),
    voteByPollAndUser: new DataLoader<string, VoteRow | null>(
      async (keys) => {
        const pairs = keys.map((key) => key.split(':') as [string, string]);
        const rows = await em.find(Vote, { $or: pairs.map(([poll, userId]) => ({ poll, userId })) });
        const byKey = new Map(rows.map((row) => [`${row.poll.id}:${row.userId}`, row]));
        return keys.map((key) => byKey.get(key) ?? null);
      },
      { maxBatchSize: 100 },
    ),
  };
}

/** What every polls service method receives first: the kit's per-request `ctx.deps`. */
export type PollsDeps = ServiceDeps<PollsConfig, PollsLoaders>;

export type PollsContext = SubgraphContext<PollsLoaders, PollsConfig>;

/** A User as the polls subgraph knows it: its key only. */
export interface UserRef {
  id: string;
}
