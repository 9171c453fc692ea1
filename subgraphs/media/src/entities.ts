import { fileEntities } from './files/entities';
import { videoEntities } from './video/entities';
import { teamEntities } from './team/entities';
import { baseProperties, defineEntity, p, type InferEntity } from '../../../kit';

/** The formats an original may have (GIF is accepted as input; transforms write the other four). */
export const IMAGE_FORMATS = ['JPEG', 'PNG', 'WEBP', 'AVIF', 'GIF'] as const;
export type ImageFormatName = (typeof IMAGE_FORMATS)[number];

/**
 * An uploaded image: one row per original, written only once its bytes are stored and checked, so a
 * refused upload leaves nothing behind. The bytes live in storage under `media/<id>/original`, the
 * cached derivatives beside them under `media/<id>/t-<hash>`.
 */
export const MediaImage = defineEntity({
  name: 'MediaImage',
  tableName: 'media_images',
  properties: {
    ...baseProperties(),
    ownerId: p.string().length(36),
    format: p.enum([...IMAGE_FORMATS]),
    contentType: p.string().length(40),
    size: p.integer(),
    width: p.integer(),
    height: p.integer(),
  },
  indexes: [{ properties: ['ownerId', 'createdAt'] }],
});
export type ImageRow = InferEntity<typeof MediaImage>;

export const entities = [MediaImage, ...fileEntities, ...videoEntities, ...teamEntities];
