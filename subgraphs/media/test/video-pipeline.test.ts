import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { TestClock } from '../../../test/helpers/clock';
import { gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { disposeAfterAll, startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import { defaultFfmpegPath, makeTestClip } from '../src/video/ffmpeg';
import { newId } from '../../../kit';
import { StoredFile } from '../src/files/entities';
import { Video, VideoWatch } from '../src/video/entities';
import { VideoService } from '../src/video/service';
import { resources } from '../src/resources';
import { seedVideos } from '../src/video/seed';
import { download, uploadFile } from './files-helpers';

const VIDEO_FIELDS = `id status progress failureReason width height durationSeconds renditions playbackUrl thumbnailUrl visibility
  watchProgress { positionSeconds completed }`;
const CREATE = `mutation($input: CreateVideoInput!) { createVideo(input: $input) { video { ${VIDEO_FIELDS} } errors { field message code } } }`;
const VIDEO = `query($id: ID!) { video(id: $id) { ${VIDEO_FIELDS} } }`;
const SAVE = `mutation($id: ID!, $pos: Float!) { saveWatchProgress(videoId: $id, positionSeconds: $pos) {
  progress { videoId positionSeconds completed } errors { field message code } } }`;
const DELETE = `mutation($id: ID!) { deleteVideo(id: $id) { deletedId errors { field message code } } }`;
const PROGRESS = `subscription($id: ID!) { videoTranscodeProgress(videoId: $id) { videoId status progress failureReason } }`;

interface ProgressEvent {
  status: string;
  progress: number;
  failureReason: string | null;
}

describe('media video (#49): upload, transcoding queue, progress, playback, watch progress', () => {
  const clock = new TestClock();
  let stack: TestStack;
  let alice: TestUser;
  let bob: TestUser;
  let clip: Buffer;
  let ws: Client;

  beforeAll(async () => {
    clip = await makeTestClip(defaultFfmpegPath()); // 320×240, 2 s, 10 fps
    stack = await startTestStack({
      only: ['identity', 'media'],
      clock,
      env: {
        VIDEO_LADDER: '120:100,240:200,480:400',
        VIDEO_SEGMENT_SECONDS: '1',
        VIDEO_POLL_MS: '100',
        VIDEO_WORKERS: '2',
        VIDEO_PLAYBACK_URL_TTL_SECONDS: '600',
        FILES_SWEEP_MS: '0',
      },
    });
    [alice, bob] = await Promise.all([signUpUser(stack.url, 'alice'), signUpUser(stack.url, 'bob')]);
    ws = createClient({
      url: stack.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${alice.token}` },
    });
    disposeAfterAll(() => ws.dispose() as Promise<void>);
  });
  afterAll(() => stack?.stop());

  const q = (user: TestUser, query: string, variables: Record<string, unknown> = {}) =>
    gql(stack.url, query, variables, { token: user.token });
  const media = () => stack.subgraphs.find((s) => s.name === 'media')!;

  async function createVideo(user: TestUser, bytes: Buffer, name: string, visibility = 'PRIVATE') {
    const file = await uploadFile(stack, user, name, bytes);
    const res = await q(user, CREATE, { input: { fileId: file.id, title: name, visibility } });
    expect(res.body.data.createVideo.errors).toEqual([]);
    return res.body.data.createVideo.video as { id: string; status: string };
  }

  const readVideo = async (user: TestUser, id: string) => (await q(user, VIDEO, { id })).body.data.video;
  const settled = (user: TestUser, id: string) =>
    eventually(
      async () => {
        const video = await readVideo(user, id);
        expect(['READY', 'FAILED']).toContain(video.status);
        return video;
      },
      60_000,
      100,
    );

  it('transcodes an upload into an HLS ladder, with progress through the router and signed playback', async () => {
    const video = await createVideo(alice, clip, 'clip.mp4');
    expect(video.status).toBe('QUEUED');
    const events: ProgressEvent[] = [];
    const done = new Promise<void>((resolve, reject) => {
      ws.subscribe<{ videoTranscodeProgress: ProgressEvent }>(
        { query: PROGRESS, variables: { id: video.id } },
        {
          next: (r) => (r.data ? events.push(r.data.videoTranscodeProgress) : reject(new Error(JSON.stringify(r.errors)))),
          error: reject,
          complete: resolve,
        },
      );
    });
    await done;
    const last = events[events.length - 1]!;
    expect(last).toMatchObject({ status: 'READY', progress: 1, failureReason: null });
    const progresses = events.map((e) => e.progress);
    expect([...progresses].sort((a, b) => a - b)).toEqual(progresses);

    const ready = await readVideo(alice, video.id);
    expect(ready).toMatchObject({ status: 'READY', width: 320, height: 240, renditions: [120, 240], watchProgress: null });
    expect(ready.durationSeconds).toBeCloseTo(2, 0);
    // Private: the URL is signed in its path, so the playlists' relative URIs carry the signature.
    expect(ready.playbackUrl).toMatch(new RegExp(`^/media/v/${video.id}/s/\\d+\\.[A-Za-z0-9_-]+/master\\.m3u8$`));
    const master = await download(stack, ready.playbackUrl);
    expect(master.status).toBe(200);
    expect(master.headers.get('content-type')).toBe('application/vnd.apple.mpegurl');
    expect(master.body.toString()).toContain('RESOLUTION=320x240\n240p.m3u8');
    const dir = ready.playbackUrl.replace(/master\.m3u8$/, '');
    const variant = await download(stack, dir + '240p.m3u8');
    const segment = variant.body
      .toString()
      .split('\n')
      .find((l) => l.endsWith('.ts'))!;
    const ts = await download(stack, dir + segment);
    expect(ts.status).toBe(200);
    expect(ts.body[0]).toBe(0x47); // MPEG-TS sync byte
    const thumb = await download(stack, ready.thumbnailUrl);
    expect(thumb.body.subarray(0, 2).toString('hex')).toBe('ffd8');

    // Without the signature, with a changed one or a changed expiry: 403.
    expect((await download(stack, `/media/v/${video.id}/master.m3u8`)).status).toBe(403);
    const [, exp, sig] = /\/s\/(\d+)\.([^/]+)\//.exec(ready.playbackUrl)!;
    const flipped = sig!.slice(0, -1) + (sig!.endsWith('A') ? 'B' : 'A');
    expect((await download(stack, ready.playbackUrl.replace(sig!, flipped))).status).toBe(403);
    expect((await download(stack, ready.playbackUrl.replace(`/${exp}.`, `/${Number(exp) + 3600}.`))).status).toBe(403);
    // Bob cannot see alice's private video, nor record progress on it.
    expect(await readVideo(bob, video.id)).toBeNull();
    expect((await q(bob, SAVE, { id: video.id, pos: 1 })).body.data.saveWatchProgress.errors[0].code).toBe('NOT_FOUND');

    // Watch progress with resume; a position past the end is refused and changes nothing.
    expect((await q(alice, SAVE, { id: video.id, pos: 0.5 })).body.data.saveWatchProgress.progress).toMatchObject({
      positionSeconds: 0.5,
      completed: false,
    });
    expect((await q(alice, SAVE, { id: video.id, pos: 1.25 })).body.data.saveWatchProgress.progress.positionSeconds).toBe(1.25);
    const bad = (await q(alice, SAVE, { id: video.id, pos: 999 })).body.data.saveWatchProgress;
    expect(bad.errors[0]).toMatchObject({ field: 'positionSeconds', code: 'BAD_USER_INPUT' });
    expect((await readVideo(alice, video.id)).watchProgress).toEqual({ positionSeconds: 1.25, completed: false });

    // The signed URL expires.
    clock.advance(601_000);
    expect((await download(stack, ready.playbackUrl)).status).toBe(403);
  }, 90_000);

  it('serves a public video without a signature; each viewer has their own watch progress', async () => {
    const video = await createVideo(alice, clip, 'public.mp4', 'PUBLIC');
    const ready = await settled(alice, video.id);
    expect(ready.status).toBe('READY');
    expect(ready.playbackUrl).toBe(`/media/v/${video.id}/master.m3u8`);
    expect((await download(stack, ready.playbackUrl)).status).toBe(200);
    expect((await readVideo(bob, video.id)).id).toBe(video.id);
    await q(bob, SAVE, { id: video.id, pos: 2 });
    expect((await readVideo(bob, video.id)).watchProgress).toEqual({ positionSeconds: 2, completed: true });
    expect((await readVideo(alice, video.id)).watchProgress).toBeNull();
    // Paths outside the video's file names are not served.
    expect((await download(stack, `/media/v/${video.id}/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
  }, 90_000);

  it('fails a corrupt or non-video upload with a clear reason', async () => {
    const junk = Buffer.concat([clip.subarray(0, 64), Buffer.from('garbage '.repeat(2000))]);
    const text = await createVideo(alice, Buffer.from('just some text, not a video\n'.repeat(50)), 'notes.mp4');
    const corrupt = await createVideo(alice, junk, 'broken.mp4');
    for (const id of [text.id, corrupt.id]) {
      const failed = await settled(alice, id);
      expect(failed).toMatchObject({ status: 'FAILED', playbackUrl: null });
      expect(failed.failureReason).toMatch(/^Not a playable video: /);
    }
    const unknownFile = await q(alice, CREATE, { input: { fileId: '00000000-0000-7000-8000-000000000000', title: 'x' } });
    expect(unknownFile.body.data.createVideo.errors[0]).toMatchObject({ field: 'fileId', code: 'NOT_FOUND' });
  }, 90_000);

  const outputs = async (id: string) => (await resources.get(media().serviceDeps() as never).storage.list(`video/${id}/`)).objects.length;

  it("deletes a video: renditions, everyone's watch progress and playback gone; only the owner may", async () => {
    const video = await createVideo(alice, clip, 'doomed.mp4', 'PUBLIC');
    const ready = await settled(alice, video.id);
    expect(ready.status).toBe('READY');
    expect(await outputs(video.id)).toBeGreaterThan(3);
    await q(bob, SAVE, { id: video.id, pos: 1 });
    const refused = (await q(bob, DELETE, { id: video.id })).body.data.deleteVideo;
    expect(refused).toEqual({ deletedId: null, errors: [expect.objectContaining({ field: 'id', code: 'NOT_FOUND' })] });
    expect((await readVideo(bob, video.id)).id).toBe(video.id); // bob's refusal changed nothing
    expect((await q(alice, DELETE, { id: 'not-a-uuid' })).body.data.deleteVideo.errors[0].code).toBe('NOT_FOUND');

    expect((await q(alice, DELETE, { id: video.id })).body.data.deleteVideo).toEqual({ deletedId: video.id, errors: [] });
    expect(await readVideo(alice, video.id)).toBeNull();
    expect(await readVideo(bob, video.id)).toBeNull();
    expect((await download(stack, ready.playbackUrl)).status).toBe(404);
    expect(await outputs(video.id)).toBe(0);
    expect(await media().serviceDeps().em.count(VideoWatch, { videoId: video.id })).toBe(0);
    // The source upload stays in file storage; a second delete finds nothing.
    expect((await q(alice, DELETE, { id: video.id })).body.data.deleteVideo.errors[0].code).toBe('NOT_FOUND');
  }, 90_000);

  it('deleting a video whose job is queued or running ends its progress feed and leaves no outputs behind', async () => {
    const video = await createVideo(alice, clip, 'cancelled.mp4');
    const events: ProgressEvent[] = [];
    const ended = new Promise<void>((resolve, reject) => {
      ws.subscribe<{ videoTranscodeProgress: ProgressEvent }>(
        { query: PROGRESS, variables: { id: video.id } },
        {
          next: (r) => (r.data ? events.push(r.data.videoTranscodeProgress) : reject(new Error(JSON.stringify(r.errors)))),
          error: reject,
          complete: resolve,
        },
      );
    });
    await eventually(() => expect(events.length).toBeGreaterThan(0), 10_000, 20);
    expect((await q(alice, DELETE, { id: video.id })).body.data.deleteVideo.deletedId).toBe(video.id);
    await ended;
    expect(events.at(-1)).toMatchObject({ status: 'FAILED', failureReason: 'The video was deleted.' });
    // Whatever a worker was doing with it, once it lets go nothing of the video remains in storage.
    await eventually(async () => expect(await outputs(video.id)).toBe(0), 30_000, 200);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await outputs(video.id)).toBe(0);
  }, 90_000);

  it('seeds a demo video (drawn by ffmpeg) that the worker makes playable; once per user', async () => {
    const carol = await signUpUser(stack.url, 'carol');
    const deps = media().serviceDeps();
    await seedVideos(deps.em.fork(), deps as never, carol.id);
    await seedVideos(deps.em.fork(), deps as never, carol.id); // idempotent
    const demo = await deps.em.fork().find(Video, { ownerId: carol.id });
    expect(demo).toHaveLength(1);
    expect(demo[0]!.title).toBe('Test pattern (demo)');
    const ready = await settled(carol, demo[0]!.id);
    expect(ready).toMatchObject({ status: 'READY', visibility: 'PUBLIC', width: 640, height: 480, renditions: [120, 240, 480] });
    expect((await download(stack, ready.playbackUrl)).status).toBe(200);
    const source = await deps.em.fork().findOneOrFail(StoredFile, { id: demo[0]!.sourceFileId });
    expect(source.name).toBe('test-pattern.mp4');
  }, 90_000);

  it('one worker per job across replicas; a killed worker’s job (lapsed lease) is taken again and finished', async () => {
    const file = await uploadFile(stack, alice, 'restart.mp4', clip);
    const deps = media().serviceDeps();
    const { currentVersionId } = await deps.em.findOneOrFail(StoredFile, { id: file.id });
    // A job a worker claimed before it was killed: PROCESSING, its lease still running for now.
    const now = clock.now();
    const video = {
      id: newId(),
      createdAt: now,
      updatedAt: now,
      ownerId: alice.id,
      sourceFileId: file.id,
      sourceVersionId: currentVersionId,
    };
    await deps.em.insert(Video, {
      ...video,
      title: 'restart',
      visibility: 'PRIVATE',
      status: 'PROCESSING',
      progress: 0,
      attempts: 1,
      leaseOwner: 'killed-worker',
      leaseUntil: new Date(now.getTime() + 30_000),
    });
    expect((await readVideo(alice, video.id)).status).toBe('PROCESSING');
    clock.advance(31_000); // the lease lapses
    const seen = await media().serviceDeps().em.findOneOrFail(Video, { id: video.id });
    // Two replicas race for it: exactly one claim wins (unless the subgraph's own poller got there first).
    const [a, b] = [new VideoService(), new VideoService()];
    const wins = await Promise.all([a.claim(media().serviceDeps() as never, seen), b.claim(media().serviceDeps() as never, seen)]);
    const won = wins.filter(Boolean).length;
    expect(won).toBeLessThanOrEqual(1);
    // The winner "dies" too (it never runs the job): once its lease lapses the subgraph's worker finishes it.
    clock.advance(31_000);
    const ready = await settled(alice, video.id);
    expect(ready.status).toBe('READY');
    const row = await media().serviceDeps().em.findOneOrFail(Video, { id: video.id });
    // The killed worker's claim, the racers' (at most one) and the one that finished it: no double claim.
    expect(row.attempts).toBe(2 + won);
    expect(row.leaseOwner).toBeNull();
  }, 90_000);
});
