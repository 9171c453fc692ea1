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
  /** The ffmpeg binary for video transcoding (#49); unset: the one shipped by @ffmpeg-installer/ffmpeg. */
  FFMPEG_PATH: z.string().min(1).max(4096).optional(),
});
export type MediaConfig = z.infer<typeof mediaEnvSchema>;

/** Parses the media settings from `env`, listing every problem at once (ConfigError); `base` wins over `env`. */
export function loadMediaConfig(base: SubgraphConfig, env: Record<string, string | undefined>): MediaConfig {
  return { ...parseConfig(mediaEnvSchema, env), ...base };
}
