import { spawn } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The video pipeline's ffmpeg layer (#49): probing an upload, choosing the HLS ladder (never upscaling
 * beyond the source) and transcoding into a master playlist, one variant playlist with segments per
 * rung, and a thumbnail. The binary is configuration (FFMPEG_PATH); its default is the one shipped
 * inside the @ffmpeg-installer/linux-x64 tarball (no download at install, unlike ffmpeg-static).

 * The queue, storage and API around it are in ./service.ts.
 */

/** The ffmpeg binary: FFMPEG_PATH, else the npm-shipped one. */
export function defaultFfmpegPath(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;
}

export interface VideoProbe {
  width: number;
  height: number;
  durationSeconds: number;
}

export class VideoProbeError extends Error {}

/** A rung of the ladder: height in pixels (width follows the aspect ratio) and video bitrate in kbit/s. */
export interface Rung {
  height: number;
  videoKbps: number;
}

export const DEFAULT_LADDER: readonly Rung[] = [
  { height: 240, videoKbps: 400 },
  { height: 480, videoKbps: 1_000 },
  { height: 720, videoKbps: 2_500 },
];

/**
 * The rungs for a source of `sourceHeight`: every rung at or below the source; a source smaller than
 * the lowest rung gets one rung at its own (even) height, so no output is ever upscaled.
 */
export function ladderFor(sourceHeight: number, ladder: readonly Rung[] = DEFAULT_LADDER): Rung[] {
  const sorted = [...ladder].sort((a, b) => a.height - b.height);
  const fit = sorted.filter((r) => r.height <= sourceHeight);
  if (fit.length > 0) return fit;
  const first = sorted[0] ?? { height: sourceHeight, videoKbps: 400 };
  return [{ height: Math.max(2, sourceHeight - (sourceHeight % 2)), videoKbps: first.videoKbps }];
}

interface RunResult {
  code: number | null;
  stderr: string;
}

function run(bin: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      // Keep the tail only: ffmpeg logs progress continuously.
      stderr = (stderr + chunk.toString()).slice(-20_000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

/** Reads the first video stream's size and the duration; a corrupt or non-video file is a VideoProbeError. */
export async function probeVideo(bin: string, input: string, timeoutMs = 30_000): Promise<VideoProbe> {
  // ffmpeg without an output exits 1 but prints the input's streams; the npm build has no ffprobe.
  const { stderr } = await run(bin, ['-hide_banner', '-i', input], timeoutMs);
  if (/Invalid data found when processing input/i.test(stderr)) {
    throw new VideoProbeError('the upload is not a readable video (invalid data)');
  }
  const video = /Stream #\d+:\d+[^:]*: Video: [^\n]*?, (\d{2,5})x(\d{2,5})/.exec(stderr);
  if (!video) throw new VideoProbeError('the upload has no video stream');
  const d = /Duration: (\d+):(\d{2}):(\d{2}(?:\.\d+)?)/.exec(stderr);
  const durationSeconds = d ? Number(d[1]) * 3600 + Number(d[2]) * 60 + Number(d[3]) : 0;
  return { width: Number(video[1]), height: Number(video[2]), durationSeconds };
}

export interface HlsOutput {
  /** Relative file names in `outDir`: master.m3u8, <height>p.m3u8, <height>p_<n>.ts, thumbnail.jpg. */
  files: string[];
  rungs: Rung[];
  probe: VideoProbe;
}

export interface TranscodeOptions {
  ladder?: readonly Rung[];
  segmentSeconds?: number;
  timeoutMs?: number;
  /** Called with a fraction in [0, 1] as rungs complete. */
  onProgress?: (fraction: number) => void;
}

/**
 * Transcodes `input` into an HLS ladder in `outDir` (one ffmpeg at a time per call: the caller bounds
 * concurrency). Throws VideoProbeError for an input that is not a video, Error for an ffmpeg failure.
 */
export async function transcodeToHls(bin: string, input: string, outDir: string, options: TranscodeOptions = {}): Promise<HlsOutput> {
  const timeoutMs = options.timeoutMs ?? 10 * 60_000;
  const probe = await probeVideo(bin, input);
  const rungs = ladderFor(probe.height, options.ladder);
  await mkdir(outDir, { recursive: true });
  const seg = String(options.segmentSeconds ?? 4);
  for (const [i, rung] of rungs.entries()) {
    const name = `${rung.height}p`;
    const { code, stderr } = await run(
      bin,
      [
        ...['-hide_banner', '-y', '-i', input, '-map', '0:v:0', '-map', '0:a:0?'],
        ...['-vf', `scale=-2:${rung.height}`, '-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p'],
        ...['-b:v', `${rung.videoKbps}k`, '-c:a', 'aac', '-b:a', '96k'],
        ...['-f', 'hls', '-hls_time', seg, '-hls_playlist_type', 'vod'],
        ...['-hls_segment_filename', join(outDir, `${name}_%03d.ts`), join(outDir, `${name}.m3u8`)],
      ],
      timeoutMs,
    );
    if (code !== 0) throw new Error(`ffmpeg failed on the ${name} rendition: ${lastLine(stderr)}`);
    options.onProgress?.((i + 1) / (rungs.length + 1));
  }
  const thumb = await run(
    bin,
    [
      ...['-hide_banner', '-y', '-ss', String(Math.min(1, probe.durationSeconds / 2)), '-i', input],
      ...['-frames:v', '1', '-vf', `scale=-2:${Math.min(probe.height, 360) - (Math.min(probe.height, 360) % 2)}`],
      join(outDir, 'thumbnail.jpg'),
    ],
    timeoutMs,
  );
  if (thumb.code !== 0) throw new Error(`ffmpeg failed on the thumbnail: ${lastLine(thumb.stderr)}`);
  await writeFile(join(outDir, 'master.m3u8'), masterPlaylist(probe, rungs));
  options.onProgress?.(1);
  return { files: (await readdir(outDir)).sort(), rungs, probe };
}

/** The master playlist: one variant per rung, lowest first, with bandwidth and resolution. */
export function masterPlaylist(probe: VideoProbe, rungs: readonly Rung[]): string {
  const lines = ['#EXTM3U', '#EXT-X-VERSION:3'];
  for (const rung of rungs) {
    const width = Math.round((probe.width * rung.height) / probe.height / 2) * 2;
    lines.push(`#EXT-X-STREAM-INF:BANDWIDTH=${(rung.videoKbps + 96) * 1000},RESOLUTION=${width}x${rung.height}`);
    lines.push(`${rung.height}p.m3u8`);
  }
  return lines.join('\n') + '\n';
}

function lastLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  return (lines[lines.length - 1] ?? '').slice(0, 300);
}

/** The binary the media subgraph runs: its FFMPEG_PATH setting, else the npm-shipped one. */
export function ffmpegPath(config: { FFMPEG_PATH?: string | undefined }): string {
  return config.FFMPEG_PATH ?? defaultFfmpegPath();
}

/**
 * A synthetic clip made by ffmpeg itself (its `testsrc` pattern, H.264 in fragmented MP4): the demo
 * video of `npm start` and the tests' upload, so no video file is kept in the repository.
 */
export function makeTestClip(bin: string, options: { width?: number; height?: number; seconds?: number } = {}): Promise<Buffer> {
  const { width = 320, height = 240, seconds = 2 } = options;
  const args = [
    ...['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', `testsrc=size=${width}x${height}:rate=10`, '-t', String(seconds)],
    ...['-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-movflags', 'frag_keyframe+empty_moov', '-f', 'mp4', 'pipe:1'],
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`ffmpeg could not make the clip (exit ${code}): ${stderr}`)),
    );
  });
}
