import { Counter, Registry } from 'prom-client';
import { createRateLimit, createStorage, PerStart, urlSigner, type RateLimitVerdict, type Storage, type UrlSigner } from '../../../kit';
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
  spendTransform(key: string): Promise<RateLimitVerdict>;
  close(): Promise<void>;
}

function makeResources(config: MediaConfig): MediaResources {
  const storage = createStorage(config, config.DATA_DIR);
  // Every replica draws from the same buckets (Redis when configured).
  const limit = createRateLimit({
    name: 'media-transform',
    points: config.MEDIA_TRANSFORM_RATE_POINTS,
    windowSeconds: config.MEDIA_TRANSFORM_RATE_WINDOW_SECONDS,
    redisUrl: config.REDIS_URL,
    keyPrefix: config.REDIS_KEY_PREFIX,
  });
  return {
    storage,
    uploadSigner: urlSigner(config, 'media-upload'),
    transformSigner: urlSigner(config, 'media-transform'),
    spendTransform: (key) => limit.spend(key),
    close: () => limit.close(),
  };
}

/** One set of resources per started subgraph (see the kit's PerStart). */
export const resources = new PerStart<MediaConfig, MediaResources>(makeResources, (r) => r.close());
