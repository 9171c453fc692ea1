import { parseConfig, storageEnvSchema, subgraphEnvSchema, z, type SubgraphConfig } from '../../../kit';

/**
 * The media subgraph's settings: the shared subgraph settings, where originals and derivatives are
 * stored (the kit's STORAGE_URL / S3_* settings), and the limits of uploads and transforms.
 */
export const mediaEnvSchema = subgraphEnvSchema.extend(storageEnvSchema.shape).extend({
  /** Largest accepted upload in bytes; a larger body is refused (413) while it streams in. */
  MEDIA_MAX_UPLOAD_BYTES: z.coerce.number().int().min(1024).max(200_000_000).default(10_000_000),
  /** Largest accepted image in pixels (width × height), checked on the header before any decoding. */
  MEDIA_MAX_INPUT_PIXELS: z.coerce.number().int().min(1).max(268_402_689).default(40_000_000),
  /** How long an upload URL stays valid, in seconds. */
  MEDIA_UPLOAD_URL_TTL_SECONDS: z.coerce.number().int().min(10).max(86_400).default(600),
  /** How long a transformation URL stays valid, in seconds (rounded up to the next whole day). */
  MEDIA_TRANSFORM_URL_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(31_536_000)
    .default(30 * 86_400),
  /** Transforms (cache misses) each client address and each image owner may cause per window. */
  MEDIA_TRANSFORM_RATE_POINTS: z.coerce.number().int().min(1).max(1_000_000).default(120),
  MEDIA_TRANSFORM_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  /** Prepended to the URLs the API hands out (e.g. https://api.example.com); unset: paths on the API's own host. */
  MEDIA_PUBLIC_BASE_URL: z
    .string()
    .url()
    .refine((v) => /^https?:\/\//.test(v), 'must be an http(s) URL')
    .transform((v) => v.replace(/\/+$/, ''))
    .optional(),
  // --- file storage (src/files) ---
  /** Bytes each user may keep (every version) plus reserve (pending uploads). */
  FILES_QUOTA_BYTES: z.coerce.number().int().min(1024).max(2_000_000_000).default(1_000_000_000),
  /** Largest file, in bytes. */
  FILES_MAX_FILE_BYTES: z.coerce.number().int().min(1024).max(2_000_000_000).default(1_000_000_000),
  /** Multipart part size in bytes (and the largest single-PUT upload); parts go to the public path, past the router's body limit. */
  FILES_PART_BYTES: z.coerce.number().int().min(1024).max(64_000_000).default(8_000_000),
  /** How long upload, part and download URLs stay valid, in seconds. */
  FILES_URL_TTL_SECONDS: z.coerce.number().int().min(10).max(86_400).default(900),
  /** Deepest folder nesting (a root folder is depth 1). */
  FILES_MAX_FOLDER_DEPTH: z.coerce.number().int().min(1).max(64).default(16),
  /** Versions kept per file; an upload beyond it is refused (delete the file or restore instead). */
  FILES_MAX_VERSIONS: z.coerce.number().int().min(1).max(10_000).default(100),
  /** Password attempts per share link per window (every attempt counts, right or wrong). */
  FILES_SHARE_PASSWORD_ATTEMPTS: z.coerce.number().int().min(1).max(10_000).default(10),
  FILES_SHARE_PASSWORD_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  /** How often expired uploads are swept (quota given back, parts deleted), in ms; 0: never (tests call it). */
  FILES_SWEEP_MS: z.coerce.number().int().min(0).max(86_400_000).default(60_000),
  /** The ffmpeg binary for video transcoding (#49); unset: the one shipped by @ffmpeg-installer/ffmpeg. */
  FFMPEG_PATH: z.string().min(1).max(4096).optional(),
  // --- Video (src/video) ---
  /** Transcoding jobs one process runs at a time. */
  VIDEO_WORKERS: z.coerce.number().int().min(1).max(16).default(1),
  /** How often a process looks for queued jobs (and lapsed leases), in ms; 0: never (tests call poll). */
  VIDEO_POLL_MS: z.coerce.number().int().min(0).max(600_000).default(2_000),
  /** A job's lease; renewed every third of it while ffmpeg runs, taken over by another worker once lapsed. */
  VIDEO_LEASE_MS: z.coerce.number().int().min(300).max(3_600_000).default(30_000),
  /** Claims of one job before it fails for good (a worker that keeps dying on it). */
  VIDEO_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(3),
  /** The HLS ladder, height:kbit/s, comma-separated (rungs above the source are dropped). */
  VIDEO_LADDER: z
    .string()
    .regex(/^\d{2,4}:\d{2,6}(,\d{2,4}:\d{2,6}){0,7}$/, 'height:kbps,height:kbps,...')
    .default('240:400,480:1000,720:2500'),
  VIDEO_SEGMENT_SECONDS: z.coerce.number().int().min(1).max(30).default(4),
  /** How long a private video's signed playback URL stays valid, in seconds. */
  VIDEO_PLAYBACK_URL_TTL_SECONDS: z.coerce.number().int().min(10).max(604_800).default(3_600),
});
export type MediaConfig = z.infer<typeof mediaEnvSchema>;

/** Parses the media settings from `env`, listing every problem at once (ConfigError); `base` wins over `env`. */
export function loadMediaConfig(base: SubgraphConfig, env: Record<string, string | undefined>): MediaConfig {
  return { ...parseConfig(mediaEnvSchema, env), ...base };
}
