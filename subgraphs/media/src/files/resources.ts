import { createRateLimit, PerStart, urlSigner, type RateLimit, type UrlSigner } from '../../../../kit';
import type { MediaConfig } from '../config';

/** File storage's signers (one secret per purpose, so an upload URL never verifies as a download) and limiter. */
export interface FileResources {
  uploadSigner: UrlSigner;
  downloadSigner: UrlSigner;
  sharePasswordLimit: RateLimit;
  close(): Promise<void>;
}

export const fileResources = new PerStart<MediaConfig, FileResources>(
  (config) => {
    const sharePasswordLimit = createRateLimit({
      name: 'media-file-share-password',
      points: config.FILES_SHARE_PASSWORD_ATTEMPTS,
      windowSeconds: config.FILES_SHARE_PASSWORD_WINDOW_SECONDS,
      redisUrl: config.REDIS_URL,
      keyPrefix: config.REDIS_KEY_PREFIX,
    });
    return {
      uploadSigner: urlSigner(config, 'media-file-upload'),
      downloadSigner: urlSigner(config, 'media-file-download'),
      sharePasswordLimit,
      close: () => sharePasswordLimit.close(),
    };
  },
  (r) => r.close(),
);
