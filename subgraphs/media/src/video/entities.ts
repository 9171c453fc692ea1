import { baseProperties, defineEntity, p, type InferEntity } from '../../../../kit';

export const VIDEO_STATUSES = ['QUEUED', 'PROCESSING', 'READY', 'FAILED'] as const;
export type VideoStatusName = (typeof VIDEO_STATUSES)[number];
export const VIDEO_VISIBILITIES = ['PUBLIC', 'PRIVATE'] as const;
export type VideoVisibilityName = (typeof VIDEO_VISIBILITIES)[number];

/**
 * A video (#49) and its transcoding job in one row: the row is the queue. A worker claims it with a
 * conditional update (status QUEUED, or PROCESSING with a lapsed lease) that sets `leaseOwner` and
 * `leaseUntil`, renews the lease while ffmpeg runs, and finishes it only while it still holds the
 * lease; so a job survives a restart and a killed worker's job is taken again by another. Outputs are
 * in storage under `video/<id>/` (master.m3u8, <h>p.m3u8, <h>p_<n>.ts, thumbnail.jpg).
 */
export const Video = defineEntity({
  name: 'Video',
  tableName: 'media_videos',
  properties: {
    ...baseProperties(),
    ownerId: p.string().length(36),
    /** The stored file (src/files) it was made from, and the version read at creation. */
    sourceFileId: p.string().length(36),
    sourceVersionId: p.string().length(36),
    title: p.string().length(200),
    visibility: p.enum([...VIDEO_VISIBILITIES]),
    status: p.enum([...VIDEO_STATUSES]),
    /** 0–1000 (per mille), as rungs complete. */
    progress: p.integer(),
    attempts: p.integer(),
    leaseOwner: p.string().length(64).nullable(),
    leaseUntil: p.datetime().nullable(),
    failureReason: p.string().length(500).nullable(),
    width: p.integer().nullable(),
    height: p.integer().nullable(),
    durationMs: p.integer().nullable(),
    /** The rungs' heights, comma-separated, lowest first (e.g. "240,480,720"). */
    renditions: p.string().length(100).nullable(),
  },
  indexes: [{ properties: ['status', 'leaseUntil'] }, { properties: ['ownerId', 'createdAt'] }],
});
export type VideoRow = InferEntity<typeof Video>;

/** Where a user stopped watching a video: one row per (user, video), overwritten as they watch. */
export const VideoWatch = defineEntity({
  name: 'VideoWatch',
  tableName: 'media_video_watches',
  properties: {
    ...baseProperties(),
    userId: p.string().length(36),
    videoId: p.string().length(36),
    positionMs: p.integer(),
    completed: p.boolean(),
  },
  uniques: [{ properties: ['userId', 'videoId'] }],
});
export type VideoWatchRow = InferEntity<typeof VideoWatch>;

export const videoEntities = [Video, VideoWatch];
