import { Redis } from 'ioredis';
import { Counter, Registry } from 'prom-client';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { createStorage, PerStart, urlSigner, type Storage, type UrlSigner } from '../../../kit';
import type { MediaConfig } from './config';

/** Media's Prometheus metrics; `media_transforms_total` counts sharp runs (cache misses), not requests. */
export const mediaMetrics = new Registry();
export const transformsTotal = new Counter({
  name: 'media_transforms_total',
  help: 'Image transformations computed with sharp (requests answered from the derivative cache are not counted).',
  labelNames: ['format'],
  registers: [mediaMetrics],
});

/** What one started media subgraph holds: its storage, its two URL signers and its transform limiter. */
export interface MediaResources {
  storage: Storage;
  uploadSigner: UrlSigner;
  transformSigner: UrlSigner;
  /** Spends one transform for `key` (`ip:…`, `user:…`); the seconds to wait when the budget is spent. */
  spendTransform(key: string): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }>;
  close(): Promise<void>;
}

function makeResources(config: MediaConfig): MediaResources {
  const storage = createStorage(config, config.DATA_DIR);
  const options = {
    points: config.MEDIA_TRANSFORM_RATE_POINTS,
    duration: config.MEDIA_TRANSFORM_RATE_WINDOW_SECONDS,
    keyPrefix: `${config.REDIS_KEY_PREFIX ?? ''}media:transform`,
  };
  const memory = new RateLimiterMemory(options);
  let redis: Redis | undefined;
  let limiter: RateLimiterAbstract = memory;
  if (config.REDIS_URL) {
    // Every replica draws from the same buckets; when Redis fails, each falls back to a local bucket.
    redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, lazyConnect: false });
    redis.on('error', () => undefined);
    limiter = new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory });
  }
  return {
    storage,
    uploadSigner: urlSigner(config, 'media-upload'),
    transformSigner: urlSigner(config, 'media-transform'),
    async spendTransform(key) {
      try {
        await limiter.consume(key, 1);
        return { ok: true };
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
      }
    },
    async close() {
      if (redis) await redis.quit().catch(() => undefined);
    },
  };
}

/** One set of resources per started subgraph (see the kit's PerStart). */
export const resources = new PerStart<MediaConfig, MediaResources>(makeResources, (r) => r.close());
