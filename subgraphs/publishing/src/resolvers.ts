import { DateTimeScalar, renderMarkdown } from '../../../kit';
import type { CommentService } from './comments';
import type { Resolvers } from './generated/resolvers';
import { effectiveStatus, postPath, type PublishingService } from './service';

/**
 * publishing's resolvers: thin translations. Every service call is `service.method(ctx.deps, ...args)`;
 * posts by id come from the request's loader (batched across a query plan).
 */
export function createResolvers(service: PublishingService, comments: CommentService): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      post: (_, { id }, ctx) => service.get(ctx.deps, id),
      postBySlug: (_, { authorId, slug }, ctx) => service.bySlug(ctx.deps, authorId, slug),
      posts: (_, args, ctx) => service.list(ctx.deps, args),
      postComments: (_, { postId, ...args }, ctx) => comments.list(ctx.deps, postId, args),
    },
    Mutation: {
      createPost: (_, { input }, ctx) => service.create(ctx.deps, input),
      updatePost: (_, { id, input }, ctx) => service.update(ctx.deps, id, input),
      deletePost: (_, { id }, ctx) => service.delete(ctx.deps, id),
      addPostComment: (_, { input }, ctx) => comments.add(ctx.deps, input),
    },
    PostComment: {
      author: (comment) => ({ id: comment.authorId }),
    },
    Post: {
      // Other subgraphs may reference any post; the viewer gets it back only when they may see it.
      __resolveReference: (ref, ctx) => service.get(ctx.deps, ref.id),
      status: (post, _, ctx) => effectiveStatus(post, ctx.deps.clock.now()),
      path: (post) => postPath(post),
      contentHtml: (post) => renderMarkdown(post.content),
      author: (post) => ({ id: post.ownerId }),
      authors: (post) => post.authorIds.map((id) => ({ id })),
    },
    User: {
      __resolveReference: (ref) => ({ id: ref.id }),
      posts: (user, args, ctx) => service.list(ctx.deps, args, user.id),
    },
  };
}
