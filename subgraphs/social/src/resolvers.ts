import { DateTimeScalar } from '../../../kit';
import { viewerRelates } from './context';
import type { Resolvers } from './generated/resolvers';
import type { SocialService } from './service';

/**
 * social's resolvers: thin translations onto the service. Posts by id, profiles and the viewer's
 * relations come from the request's loaders, so a page costs the same statements whatever its size.
 */
export function createResolvers(service: SocialService): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      homeTimeline: (_, { view, ...args }, ctx) => service.homeTimeline(ctx.deps, args, view),
      userPosts: (_, { userId, ...args }, ctx) => service.userPosts(ctx.deps, userId, args),
      replies: (_, { postId, ...args }, ctx) => service.replies(ctx.deps, postId, args),
      socialPost: (_, { id }, ctx) => service.get(ctx.deps, id.trim().toLowerCase()),
      socialProfile: (_, { userId }, ctx) => service.profile(ctx.deps, userId),
      followers: (_, { userId, ...args }, ctx) => service.followList(ctx.deps, userId, 'followers', args),
      following: (_, { userId, ...args }, ctx) => service.followList(ctx.deps, userId, 'following', args),
      blockedUsers: (_, args, ctx) => service.blockedUsers(ctx.deps, args),
      mutedUsers: (_, args, ctx) => service.mutedUsers(ctx.deps, args),
    },
    Mutation: {
      follow: (_, { userId }, ctx) => service.follow(ctx.deps, userId),
      unfollow: (_, { userId }, ctx) => service.unfollow(ctx.deps, userId),
      block: (_, { userId }, ctx) => service.block(ctx.deps, userId),
      unblock: (_, { userId }, ctx) => service.unblock(ctx.deps, userId),
      mute: (_, { userId }, ctx) => service.mute(ctx.deps, userId),
      unmute: (_, { userId }, ctx) => service.unmute(ctx.deps, userId),
      createSocialPost: (_, { input }, ctx) => service.createPost(ctx.deps, input),
      deleteSocialPost: (_, { id }, ctx) => service.deletePost(ctx.deps, id),
      likePost: (_, { id }, ctx) => service.like(ctx.deps, id),
      unlikePost: (_, { id }, ctx) => service.unlike(ctx.deps, id),
      repost: (_, { id }, ctx) => service.repost(ctx.deps, id),
      undoRepost: (_, { id }, ctx) => service.undoRepost(ctx.deps, id),
    },
    SocialPost: {
      // Per row: a post whose author and viewer block each other resolves to null.
      __resolveReference: (ref, ctx) => service.get(ctx.deps, ref.id),
      author: (post) => ({ id: post.authorId }),
      replyTo: (post, _, ctx) => (post.replyToId ? service.get(ctx.deps, post.replyToId) : null),
      repostOf: (post, _, ctx) => (post.repostOfId ? service.get(ctx.deps, post.repostOfId) : null),
      mentions: (post) => post.mentionIds.map((id) => ({ id })),
      likedByViewer: (post, _, ctx) => viewerRelates(ctx.loaders.viewerLikes, ctx.viewer, post.id),
    },
    SocialProfile: {
      user: (p) => ({ id: p.userId }),
      followerCount: async (p, _, ctx) => (await ctx.loaders.profileById.load(p.userId))?.followerCount ?? 0,
      followingCount: async (p, _, ctx) => (await ctx.loaders.profileById.load(p.userId))?.followingCount ?? 0,
      followedByViewer: (p, _, ctx) => viewerRelates(ctx.loaders.viewerFollows, ctx.viewer, p.userId),
      blockedByViewer: (p, _, ctx) => viewerRelates(ctx.loaders.viewerBlocks, ctx.viewer, p.userId),
      mutedByViewer: (p, _, ctx) => viewerRelates(ctx.loaders.viewerMutes, ctx.viewer, p.userId),
    },
    SocialUserEdge: {
      node: (edge) => ({ id: edge.userId }),
    },
  };
}
