import type { Resolvers } from '../generated/resolvers';
import type { VideoProgressEvent, VideoService } from './service';

/** Video's resolvers (#49): thin translations onto VideoService. */
export function createVideoResolvers(videos: VideoService): Pick<Resolvers, 'Video' | 'Subscription'> & {
  Query: NonNullable<Resolvers['Query']>;
  Mutation: NonNullable<Resolvers['Mutation']>;
} {
  return {
    Query: {
      video: (_, { id }, ctx) => videos.get(ctx.deps, id),
      videos: (_, args, ctx) => videos.list(ctx.deps, args),
    },
    Mutation: {
      createVideo: (_, { input }, ctx) => videos.create(ctx.deps, input),
      saveWatchProgress: (_, { videoId, positionSeconds }, ctx) => videos.saveWatchProgress(ctx.deps, videoId, positionSeconds),
      deleteVideo: (_, { id }, ctx) => videos.delete(ctx.deps, id),
    },
    Subscription: {
      videoTranscodeProgress: {
        subscribe: (_, { videoId }, ctx) => videos.watchTranscode(ctx.deps, videoId),
        resolve: (event: VideoProgressEvent) => event,
      },
    },
    Video: {
      owner: (video) => ({ id: video.ownerId }),
      progress: (video) => video.progress / 1000,
      durationSeconds: (video) => (video.durationMs == null ? null : video.durationMs / 1000),
      renditions: (video) => (video.renditions ? video.renditions.split(',').map(Number) : []),
      playbackUrl: (video, _, ctx) => videos.playbackUrl(ctx.deps, video),
      thumbnailUrl: (video, _, ctx) => videos.playbackUrl(ctx.deps, video, 'thumbnail.jpg'),
      watchProgress: (video, _, ctx) => videos.watchProgress(ctx.deps, video),
    },
  };
}
