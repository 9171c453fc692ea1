import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import {
  ErrorCode,
  fail,
  isUniqueViolation,
  isUuid,
  newId,
  ok,
  paginate,
  requireViewer,
  StorageNotFoundError,
  totalOrder,
  urlSigner,
  type Connection,
  type Payload,
  type ServiceDeps,
  type UrlSigner,
  type UserError,
} from '../../../../kit';
import type { MediaConfig } from '../config';
import type { MediaDeps, MediaLoaders } from '../context';
import { FileVersion, StoredFile } from '../files/entities';
import { versionKey } from '../files/service';
import { resources } from '../resources';
import type { HttpAnswer } from '../service';
import { ffmpegPath, transcodeToHls, VideoProbeError, type Rung } from './ffmpeg';
import { Video, VideoWatch, type VideoRow, type VideoVisibilityName, type VideoWatchRow } from './entities';

export const VIDEO_PREFIX = '/media/v/';
/** The files a video's directory may hold, as they appear in a playback path. */
const FILE_NAME = /^(master\.m3u8|\d{2,4}p\.m3u8|\d{2,4}p_\d{3,5}\.ts|thumbnail\.jpg)$/;
const PLAYBACK_PATH = /^\/media\/v\/([0-9a-f-]{36})\/(?:s\/(\d{1,12})\.([A-Za-z0-9_-]{1,100})\/)?([^/]{1,64})$/;
const TITLE_MAX = 200;

export const videoKey = (videoId: string, file: string) => `video/${videoId}/${file}`;
export const videoTopic = (videoId: string) => `media:video:${videoId}`;

export interface VideoProgressEvent {
  videoId: string;
  status: string;
  progress: number;
  failureReason: string | null;
}

export interface WatchProgressView {
  videoId: string;
  positionSeconds: number;
  completed: boolean;
  updatedAt: Date;
}

const err = (field: string | null, message: string, code: UserError['code'] = ErrorCode.BAD_USER_INPUT): UserError => ({
  field,
  message,
  code,
});
const refuse = (status: number, code: string, message: string): HttpAnswer => ({ status, code, message });
const TERMINAL = new Set(['READY', 'FAILED']);

const CONTENT_TYPES: Record<string, string> = {
  m3u8: 'application/vnd.apple.mpegurl',
  ts: 'video/mp2t',
  jpg: 'image/jpeg',
};

/** The ladder from VIDEO_LADDER ("240:400,480:1000,720:2500": height:kbit/s). */
export function parseLadder(spec: string): Rung[] {
  return spec.split(',').map((part) => {
    const [h, k] = part.split(':');
    return { height: Number(h), videoKbps: Number(k) };
  });
}

function toEvent(video: VideoRow): VideoProgressEvent {
  return { videoId: video.id, status: video.status, progress: video.progress / 1000, failureReason: video.failureReason ?? null };
}

/**
 * Video streaming (catalogue #49): videos made from stored files, a transcoding queue in the
 * database (lease + heartbeat, bounded concurrency per process), progress over pub/sub, public and
 * signed playback served from storage, and watch progress per user.
 */
export class VideoService {
  /** This process's worker identity, in `leaseOwner`. */
  readonly workerId = `w-${randomUUID()}`;
  private running = 0;
  private readonly inFlight = new Set<Promise<void>>();
  private stopped = false;
  private signers = new WeakMap<object, UrlSigner>();

  private signer(config: MediaConfig): UrlSigner {
    let signer = this.signers.get(config);
    if (!signer) {
      signer = urlSigner(config, 'media-video-playback');
      this.signers.set(config, signer);
    }
    return signer;
  }

  // --- API ---

  async create(
    deps: MediaDeps,
    input: { fileId: string; title: string; visibility?: VideoVisibilityName | null },
  ): Promise<Payload<{ video: VideoRow | null }>> {
    const viewer = requireViewer(deps.viewer);
    const title = input.title.trim();
    if (title.length < 1 || title.length > TITLE_MAX)
      return { video: null, ...fail(err('title', `The title must be 1–${TITLE_MAX} characters.`)) };
    if (!isUuid(input.fileId)) return { video: null, ...fail(err('fileId', 'No such file.', ErrorCode.NOT_FOUND)) };
    const file = await deps.em.findOne(StoredFile, { id: input.fileId, ownerId: viewer.userId });
    if (!file) return { video: null, ...fail(err('fileId', 'No such file.', ErrorCode.NOT_FOUND)) };
    const video = deps.em.create(Video, {
      id: newId(),
      ownerId: viewer.userId,
      sourceFileId: file.id,
      sourceVersionId: file.currentVersionId,
      title,
      visibility: input.visibility ?? 'PRIVATE',
      status: 'QUEUED',
      progress: 0,
      attempts: 0,
      leaseOwner: null,
      leaseUntil: null,
      failureReason: null,
      width: null,
      height: null,
      durationMs: null,
      renditions: null,
    });
    await deps.em.flush();
    return ok({ video });
  }

  /** A video the viewer may see: their own, or someone's public and ready one. */
  async get(deps: MediaDeps, id: string): Promise<VideoRow | null> {
    const viewer = requireViewer(deps.viewer);
    if (!isUuid(id)) return null;
    const video = await deps.loaders.videoById.load(id);
    if (!video) return null;
    if (video.ownerId === viewer.userId || (video.visibility === 'PUBLIC' && video.status === 'READY')) return video;
    return null;
  }

  list(deps: MediaDeps, args: { first?: number | null; after?: string | null }): Promise<Connection<VideoRow>> {
    const viewer = requireViewer(deps.viewer);
    return paginate(deps.em, Video, { ownerId: viewer.userId }, args, totalOrder<VideoRow>('createdAt', 'DESC'));
  }

  /**
   * Deletes one of the viewer's videos: the row and everyone's watch progress in one transaction,
   * then its HLS outputs in storage; a progress subscription ends with FAILED "deleted". The source
   * file stays in file storage (delete it there). A job running elsewhere loses its lease with the
   * row, stops at its next heartbeat, and removes whatever it uploaded after the delete
   * ({@link runJob}), so no output outlives its video on any replica.
   */
  async delete(deps: MediaDeps, id: string): Promise<Payload<{ deletedId: string | null }>> {
    const viewer = requireViewer(deps.viewer);
    const missing = { deletedId: null, ...fail(err('id', 'No such video.', ErrorCode.NOT_FOUND)) };
    if (!isUuid(id)) return missing;
    const gone = await deps.fork().em.transactional(async (tx) => {
      if (!(await tx.nativeDelete(Video, { id, ownerId: viewer.userId }))) return false;
      await tx.nativeDelete(VideoWatch, { videoId: id });
      return true;
    });
    if (!gone) return missing;
    await this.removeOutputs(deps, id);
    const ended: VideoProgressEvent = { videoId: id, status: 'FAILED', progress: 0, failureReason: 'The video was deleted.' };
    await deps.pubsub.publish(videoTopic(id), ended).catch(() => undefined);
    return ok({ deletedId: id });
  }

  /** Removes every stored output of a video (`video/<id>/…`), page by page. */
  private async removeOutputs(deps: ServiceDeps<MediaConfig, MediaLoaders>, videoId: string): Promise<void> {
    const storage = resources.get(deps).storage;
    for (;;) {
      const page = await storage.list(`video/${videoId}/`, { limit: 1000 });
      await Promise.all(page.objects.map((o) => storage.delete(o.key)));
      if (!page.nextCursor || page.objects.length === 0) return;
    }
  }

  /** The playback URL of the master playlist (or `file`): plain for a public video, signed for a private one. */
  playbackUrl(deps: MediaDeps, video: VideoRow, file = 'master.m3u8'): string | null {
    if (video.status !== 'READY') return null;
    const base = deps.config.MEDIA_PUBLIC_BASE_URL ?? '';
    if (video.visibility === 'PUBLIC') return `${base}${VIDEO_PREFIX}${video.id}/${file}`;
    const expiresAt = new Date(deps.clock.now().getTime() + deps.config.VIDEO_PLAYBACK_URL_TTL_SECONDS * 1000);
    const signed = this.signer(deps.config).sign(`${VIDEO_PREFIX}${video.id}/`, {}, expiresAt);
    const query = new URLSearchParams(signed.slice(signed.indexOf('?') + 1));
    // The signature sits in the path, so the playlists' relative segment URIs carry it along.
    return `${base}${VIDEO_PREFIX}${video.id}/s/${query.get('exp')}.${query.get('sig')}/${file}`;
  }

  async watchProgress(deps: MediaDeps, video: VideoRow): Promise<WatchProgressView | null> {
    if (!deps.viewer) return null;
    const row = await deps.loaders.videoWatchByKey.load(`${deps.viewer.userId}|${video.id}`);
    return row ? watchView(row) : null;
  }

  async saveWatchProgress(
    deps: MediaDeps,
    videoId: string,
    positionSeconds: number,
  ): Promise<Payload<{ progress: WatchProgressView | null }>> {
    const viewer = requireViewer(deps.viewer);
    const video = await this.get(deps, videoId);
    if (!video || video.status !== 'READY')
      return { progress: null, ...fail(err('videoId', 'No such video (or it is not ready).', ErrorCode.NOT_FOUND)) };
    const durationMs = video.durationMs ?? 0;
    if (!Number.isFinite(positionSeconds) || positionSeconds < 0 || positionSeconds * 1000 > durationMs + 1000) {
      return { progress: null, ...fail(err('positionSeconds', `The position must be between 0 and the video's ${durationMs / 1000} s.`)) };
    }
    const positionMs = Math.min(Math.round(positionSeconds * 1000), durationMs);
    const completed = positionMs >= durationMs * 0.95;
    const now = deps.clock.now();
    const where = { userId: viewer.userId, videoId };
    const update = async () => deps.em.nativeUpdate(VideoWatch, where, { positionMs, completed, updatedAt: now });
    if ((await update()) === 0) {
      try {
        await deps.em.insert(VideoWatch, { id: newId(), ...where, positionMs, completed, createdAt: now, updatedAt: now });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        await update(); // a concurrent save inserted it first
      }
    }
    const row = await deps.em.fork().findOneOrFail(VideoWatch, where);
    return ok({ progress: watchView(row) });
  }

  /** The owner's progress feed: the current state at once, then every change until READY or FAILED. */
  async *watchTranscode(deps: MediaDeps, videoId: string): AsyncGenerator<VideoProgressEvent> {
    const viewer = requireViewer(deps.viewer);
    const video = isUuid(videoId) ? await deps.em.findOne(Video, { id: videoId, ownerId: viewer.userId }) : null;
    if (!video) throw Object.assign(new Error(`No video ${videoId}.`), { extensions: { code: 'NOT_FOUND' } });
    // Subscribe before reading the state, so nothing published in between is missed.
    const events = deps.pubsub.subscribe<VideoProgressEvent>(videoTopic(videoId));
    try {
      const current = toEvent(await deps.fork().em.findOneOrFail(Video, { id: videoId }));
      yield current;
      if (TERMINAL.has(current.status)) return;
      for await (const event of events) {
        yield event;
        if (TERMINAL.has(event.status)) return;
      }
    } finally {
      await events.return?.();
    }
  }

  // --- playback ---

  async serve(deps: MediaDeps, method: string, path: string, query: URLSearchParams): Promise<HttpAnswer> {
    if (method !== 'GET' && method !== 'HEAD') return refuse(405, 'METHOD_NOT_ALLOWED', 'Playback URLs are read with GET.');
    const match = PLAYBACK_PATH.exec(path);
    if (!match || !FILE_NAME.test(match[4]!) || [...query.keys()].length > 0) return refuse(404, 'NOT_FOUND', 'No such video file.');
    const [, videoId, exp, sig, file] = match as unknown as [string, string, string | undefined, string | undefined, string];
    if (exp !== undefined) {
      const check = this.signer(deps.config).verify(
        `${VIDEO_PREFIX}${videoId}/`,
        new URLSearchParams({ exp, sig: sig! }),
        deps.clock.now(),
      );
      if (!check.ok) {
        return refuse(403, 'FORBIDDEN', check.problem === 'expired' ? 'This playback URL has expired.' : 'This playback URL is not valid.');
      }
    }
    const video = await deps.em.findOne(Video, { id: videoId });
    if (!video || video.status !== 'READY') return refuse(404, 'NOT_FOUND', 'No such video, or it is not ready.');
    if (exp === undefined && video.visibility !== 'PUBLIC')
      return refuse(403, 'FORBIDDEN', 'This video is private: use a signed playback URL.');
    try {
      const body = await resources.get(deps).storage.get(videoKey(videoId, file));
      const ext = file.slice(file.lastIndexOf('.') + 1);
      const cache = exp === undefined ? 'public, max-age=300' : 'private, max-age=300';
      return { status: 200, body, headers: { 'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream', 'cache-control': cache } };
    } catch (error) {
      if (error instanceof StorageNotFoundError) return refuse(404, 'NOT_FOUND', 'No such video file.');
      throw error;
    }
  }

  // --- the queue ---

  /**
   * One poll: fills this process's free slots (VIDEO_WORKERS) with claimed jobs and starts them
   * without waiting. Returns how many were claimed.
   */
  async poll(deps: ServiceDeps<MediaConfig, MediaLoaders>): Promise<number> {
    if (this.stopped) return 0;
    const free = deps.config.VIDEO_WORKERS - this.running;
    if (free <= 0) return 0;
    const now = deps.clock.now();
    const candidates = await deps.em.find(
      Video,
      { $or: [{ status: 'QUEUED' }, { status: 'PROCESSING', leaseUntil: { $lt: now } }] },
      { orderBy: { createdAt: 'asc', id: 'asc' }, limit: free * 4 },
    );
    let claimed = 0;
    for (const candidate of candidates) {
      if (claimed >= free) break;
      const video = await this.claim(deps, candidate);
      if (!video) continue;
      claimed++;
      this.running++;
      const job = this.runJob(deps.fork(), video)
        .catch((error: unknown) => deps.log.warn({ err: String(error), videoId: video.id }, 'video job crashed'))
        .finally(() => {
          this.running--;
          this.inFlight.delete(job);
        });
      this.inFlight.add(job);
    }
    return claimed;
  }

  /**
   * Takes a job if nobody else did in between: the update is conditional on the state read (status,
   * lease and attempt count), so of any number of replicas exactly one gets it.
   */
  async claim(deps: ServiceDeps<MediaConfig, MediaLoaders>, seen: VideoRow): Promise<VideoRow | null> {
    const now = deps.clock.now();
    const guard =
      seen.status === 'QUEUED'
        ? { id: seen.id, status: 'QUEUED' as const, attempts: seen.attempts }
        : { id: seen.id, status: 'PROCESSING' as const, attempts: seen.attempts, leaseUntil: { $lt: now } };
    if (seen.attempts >= deps.config.VIDEO_MAX_ATTEMPTS) {
      const gaveUp = `Transcoding was given up after ${seen.attempts} attempts (the worker stopped each time).`;
      if (
        await deps.em.nativeUpdate(Video, guard, {
          status: 'FAILED',
          failureReason: gaveUp,
          leaseOwner: null,
          leaseUntil: null,
          updatedAt: now,
        })
      ) {
        await this.publish(deps, seen.id);
      }
      return null;
    }
    const leaseUntil = new Date(now.getTime() + deps.config.VIDEO_LEASE_MS);
    const won = await deps.em.nativeUpdate(Video, guard, {
      status: 'PROCESSING',
      attempts: seen.attempts + 1,
      leaseOwner: this.workerId,
      leaseUntil,
      updatedAt: now,
    });
    if (won !== 1) return null;
    const video = await deps.fork().em.findOneOrFail(Video, { id: seen.id });
    await this.publish(deps, video.id);
    return video;
  }

  private async publish(deps: ServiceDeps<MediaConfig, MediaLoaders>, videoId: string): Promise<void> {
    const video = await deps.fork().em.findOne(Video, { id: videoId });
    if (video) await deps.pubsub.publish(videoTopic(videoId), toEvent(video)).catch(() => undefined);
  }

  /** Updates the row while this worker still holds the lease; false when the lease was lost. */
  private async whileHeld(deps: ServiceDeps<MediaConfig, MediaLoaders>, id: string, data: Partial<VideoRow>): Promise<boolean> {
    const held = await deps.em.nativeUpdate(Video, { id, leaseOwner: this.workerId }, { ...data, updatedAt: deps.clock.now() });
    return held === 1;
  }

  private async runJob(deps: ServiceDeps<MediaConfig, MediaLoaders>, video: VideoRow): Promise<void> {
    const { config } = deps;
    const dir = await mkdtemp(join(tmpdir(), 'hubgraph-video-'));
    let lost = false;
    const heartbeat = setInterval(
      () => {
        const leaseUntil = new Date(deps.clock.now().getTime() + config.VIDEO_LEASE_MS);
        this.whileHeld(deps.fork(), video.id, { leaseUntil })
          .then((held) => (lost ||= !held))
          .catch(() => undefined);
      },
      Math.max(50, Math.floor(config.VIDEO_LEASE_MS / 3)),
    );
    heartbeat.unref();
    try {
      const storage = resources.get(deps).storage;
      const version = await deps.em.findOne(FileVersion, { id: video.sourceVersionId });
      if (!version) throw new VideoProbeError('the uploaded file no longer exists');
      const input = join(dir, 'input');
      await pipeline(await storage.get(versionKey(version.id)), createWriteStream(input));
      const out = join(dir, 'out');
      let lastPublished = 0;
      const result = await transcodeToHls(ffmpegPath(config), input, out, {
        ladder: parseLadder(config.VIDEO_LADDER),
        segmentSeconds: config.VIDEO_SEGMENT_SECONDS,
        onProgress: (fraction) => {
          // Uploading the outputs is the last step: a rung done counts up to 90 %.
          const progress = Math.round(fraction * 900);
          if (progress <= lastPublished) return;
          lastPublished = progress;
          void this.whileHeld(deps.fork(), video.id, { progress })
            .then((held) => (held ? this.publish(deps, video.id) : undefined))
            .catch(() => undefined);
        },
      });
      if (lost) return;
      for (const file of result.files) {
        if (!FILE_NAME.test(file)) continue;
        const ext = file.slice(file.lastIndexOf('.') + 1);
        await storage.put(videoKey(video.id, file), await readFile(join(out, file)), {
          contentType: CONTENT_TYPES[ext] ?? 'application/octet-stream',
        });
      }
      const done = await this.whileHeld(deps, video.id, {
        status: 'READY',
        progress: 1000,
        width: result.probe.width,
        height: result.probe.height,
        durationMs: Math.round(result.probe.durationSeconds * 1000),
        renditions: result.rungs.map((r) => r.height).join(','),
        failureReason: null,
        leaseOwner: null,
        leaseUntil: null,
      });
      if (done) await this.publish(deps, video.id);
      else if (!(await deps.fork().em.count(Video, { id: video.id }))) await this.removeOutputs(deps, video.id); // deleted meanwhile
    } catch (error) {
      const permanent = error instanceof VideoProbeError;
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 480);
      const retry = !permanent && video.attempts < config.VIDEO_MAX_ATTEMPTS;
      const held = await this.whileHeld(deps, video.id, {
        status: retry ? 'QUEUED' : 'FAILED',
        failureReason: permanent ? `Not a playable video: ${reason}` : reason,
        leaseOwner: null,
        leaseUntil: null,
      });
      if (held) await this.publish(deps, video.id);
    } finally {
      clearInterval(heartbeat);
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** Lets poll claim again (a start after a stop in the same process). */
  resume(): void {
    this.stopped = false;
  }

  /** Stops claiming and waits for the jobs in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.allSettled([...this.inFlight]);
  }
}

function watchView(row: VideoWatchRow): WatchProgressView {
  return { videoId: row.videoId, positionSeconds: row.positionMs / 1000, completed: row.completed, updatedAt: row.updatedAt };
}
