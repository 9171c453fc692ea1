import sharp from 'sharp';
import type { Em, SubgraphDeps } from '../../../kit';
import type { MediaConfig } from './config';
import type { MediaLoaders } from './context';
import { MediaImage } from './entities';
import { resources } from './resources';
import { originalKey } from './service';
import { seedFiles } from './files/seed';
import { seedVideos } from './video/seed';

/** identity's demo user (see its seed). */
const DEMO_USER_ID = '01900000-0000-7000-8000-000000000002';

/** The demo user's files and video, and two images, drawn here (no media files in the repository); each skipped when they have some. */
export async function seed(em: Em, deps: SubgraphDeps<MediaConfig, MediaLoaders>): Promise<void> {
  const { storage } = resources.get(deps);
  await seedFiles(em, storage, DEMO_USER_ID);
  await seedVideos(em, deps, DEMO_USER_ID);
  if (await em.count(MediaImage, { ownerId: DEMO_USER_ID })) return;
  const stripes = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400">' +
      '<rect width="640" height="400" fill="#1d3557"/><rect width="640" height="130" y="135" fill="#e63946"/>' +
      '<circle cx="320" cy="200" r="90" fill="#f1faee"/></svg>',
  );
  const samples = [
    { bytes: await sharp(stripes).png().toBuffer(), format: 'PNG' as const, contentType: 'image/png' },
    { bytes: await sharp(stripes).flop().jpeg({ quality: 85 }).toBuffer(), format: 'JPEG' as const, contentType: 'image/jpeg' },
  ];
  for (const sample of samples) {
    const image = em.create(MediaImage, {
      ownerId: DEMO_USER_ID,
      format: sample.format,
      contentType: sample.contentType,
      size: sample.bytes.length,
      width: 640,
      height: 400,
    } as never) as { id: string };
    await storage.put(originalKey(image.id), sample.bytes, { contentType: sample.contentType });
  }
  await em.flush();
}
