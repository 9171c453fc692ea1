import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultFfmpegPath, ladderFor, probeVideo, transcodeToHls, VideoProbeError } from '../src/video/ffmpeg';

const ffmpeg = defaultFfmpegPath();

describe('media video: the ffmpeg layer (HLS ladder, no upscaling, clear failures)', () => {
  let dir: string;
  let clip: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'video-'));
    clip = join(dir, 'clip.mp4');
    const made = spawnSync(ffmpeg, [
      ...['-hide_banner', '-y', '-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=10', '-t', '2'],
      ...['-c:v', 'libx264', '-pix_fmt', 'yuv420p', clip],
    ]);
    expect(made.status).toBe(0);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('keeps only the rungs at or below the source height', () => {
    expect(ladderFor(1080).map((r) => r.height)).toEqual([240, 480, 720]);
    expect(ladderFor(480).map((r) => r.height)).toEqual([240, 480]);
    expect(ladderFor(240).map((r) => r.height)).toEqual([240]);
    expect(ladderFor(181).map((r) => r.height)).toEqual([180]);
  });

  it('probes a clip and transcodes it into a master playlist, variant playlists, segments and a thumbnail', async () => {
    expect(await probeVideo(ffmpeg, clip)).toMatchObject({ width: 320, height: 240 });
    const progress: number[] = [];
    const out = await transcodeToHls(ffmpeg, clip, join(dir, 'out'), {
      ladder: [
        { height: 120, videoKbps: 100 },
        { height: 240, videoKbps: 200 },
        { height: 480, videoKbps: 400 },
      ],
      segmentSeconds: 1,
      onProgress: (f) => progress.push(f),
    });
    expect(out.rungs.map((r) => r.height)).toEqual([120, 240]);
    expect(out.files).toEqual(expect.arrayContaining(['master.m3u8', '120p.m3u8', '240p.m3u8', 'thumbnail.jpg']));
    expect(out.files).not.toContain('480p.m3u8');
    expect(out.files.filter((f) => f.endsWith('.ts')).length).toBeGreaterThanOrEqual(2);
    const master = await readFile(join(dir, 'out', 'master.m3u8'), 'utf8');
    expect(master).toContain('RESOLUTION=160x120');
    expect(master).toContain('RESOLUTION=320x240\n240p.m3u8');
    const variant = await readFile(join(dir, 'out', '240p.m3u8'), 'utf8');
    expect(variant).toMatch(/#EXT-X-ENDLIST/);
    expect(progress[progress.length - 1]).toBe(1);
    const jpeg = await readFile(join(dir, 'out', 'thumbnail.jpg'));
    expect(jpeg.subarray(0, 2).toString('hex')).toBe('ffd8');
  });

  it('fails a non-video upload with a clear reason', async () => {
    const junk = join(dir, 'junk.mp4');
    await writeFile(junk, Buffer.from('this is not a video at all '.repeat(100)));
    await expect(transcodeToHls(ffmpeg, junk, join(dir, 'junk-out'))).rejects.toBeInstanceOf(VideoProbeError);
    await expect(probeVideo(ffmpeg, junk)).rejects.toThrow(/not a readable video|no video stream/);
  });
});
