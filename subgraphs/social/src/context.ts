import DataLoader from 'dataloader';
import { entityLoader, type Em, type ServiceDeps, type SubgraphContext, type Viewer } from '../../../kit';
import type { SocialConfig } from './config';
import { Block, Follow, Like, Mute, SocialPost, SocialProfile, type SocialPostRow, type SocialProfileRow } from './entities';

/**
 * Per-request loaders: posts and profiles by id, and the viewer's relation to many users or posts at
 * once (one statement per batch, whatever the page size).
 */
export interface SocialLoaders {
  postById: DataLoader<string, SocialPostRow | null>;
  profileById: DataLoader<string, SocialProfileRow | null>;
  /** Whether the viewer and the user block each other (either way); false when signed out. */
  blockedEitherWay: DataLoader<string, boolean>;
  /** Whether the viewer blocks the user. */
  viewerBlocks: DataLoader<string, boolean>;
  /** Whether the viewer mutes the user. */
  viewerMutes: DataLoader<string, boolean>;
  /** Whether the viewer follows the user. */
  viewerFollows: DataLoader<string, boolean>;
  /** Whether the viewer likes the post. */
  viewerLikes: DataLoader<string, boolean>;
}

/**
 * A loader of "does the viewer relate to this id": keys are `relationKey(viewerId, id)` (the kit builds
 * loaders before it knows the viewer), and one statement answers each viewer's batch.
 */
function viewerSet(lookup: (viewerId: string, ids: string[]) => Promise<string[]>) {
  return new DataLoader<string, boolean>(
    async (keys) => {
      const byViewer = new Map<string, string[]>();
      for (const key of keys) {
        const [me, id] = key.split(' ') as [string, string];
        byViewer.set(me, [...(byViewer.get(me) ?? []), id]);
      }
      const hits = new Set<string>();
      for (const [me, ids] of byViewer) for (const id of await lookup(me, ids)) hits.add(`${me} ${id}`);
      return keys.map((key) => hits.has(key));
    },
    { maxBatchSize: 500 },
  );
}

/** The key of a {@link viewerSet} loader. */
export function relationKey(viewerId: string, id: string): string {
  return `${viewerId} ${id}`;
}

/** Whether the viewer relates to `id` through `loader`; false when signed out. */
export async function viewerRelates(loader: DataLoader<string, boolean>, viewer: Viewer | null, id: string): Promise<boolean> {
  return viewer ? loader.load(relationKey(viewer.userId, id)) : false;
}

export function createLoaders(em: Em): SocialLoaders {
  return {
    postById: entityLoader(em, SocialPost),
    profileById: entityLoader(em, SocialProfile, 'userId'),
    blockedEitherWay: viewerSet(async (me, ids) => {
      const rows = await em.find(Block, {
        $or: [
          { blockerId: me, blockedId: { $in: ids } },
          { blockedId: me, blockerId: { $in: ids } },
        ],
      });
      return rows.map((r) => (r.blockerId === me ? r.blockedId : r.blockerId));
    }),
    viewerBlocks: viewerSet(async (me, ids) => (await em.find(Block, { blockerId: me, blockedId: { $in: ids } })).map((r) => r.blockedId)),
    viewerMutes: viewerSet(async (me, ids) => (await em.find(Mute, { muterId: me, mutedId: { $in: ids } })).map((r) => r.mutedId)),
    viewerFollows: viewerSet(async (me, ids) =>
      (await em.find(Follow, { followerId: me, followeeId: { $in: ids } })).map((r) => r.followeeId),
    ),
    viewerLikes: viewerSet(async (me, ids) => (await em.find(Like, { userId: me, postId: { $in: ids } })).map((r) => r.postId)),
  };
}

/** What social's resolvers receive (the codegen `contextType`). */
export type SocialContext = SubgraphContext<SocialLoaders, SocialConfig>;

/** What every SocialService method receives first (`ctx.deps` in resolvers). */
export type SocialDeps = ServiceDeps<SocialConfig, SocialLoaders>;

/** A User as social knows it: its key only. */
export interface UserRef {
  id: string;
}
