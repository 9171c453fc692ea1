import { createHash } from 'node:crypto';
import type { Em, Storage } from '../../../../kit';
import { FileFolder, FileQuota, FileVersion, StoredFile } from './entities';
import { versionKey } from './service';
import { sniffContentType } from './sniff';

/**
 * The demo user's files: a `Documents` folder holding `welcome.txt` in two versions (the second
 * current), with the quota row counting both; skipped when they have any folder.
 */
export async function seedFiles(em: Em, storage: Storage, ownerId: string): Promise<void> {
  if (await em.count(FileFolder, { ownerId })) return;
  const folder = em.create(FileFolder, { ownerId, parentId: null, parentKey: 'root', name: 'Documents' } as never) as { id: string };
  em.create(FileFolder, { ownerId, parentId: folder.id, parentKey: folder.id, name: 'Archive' } as never);
  const texts = [
    'Welcome to Hubgraph file storage.\n',
    'Welcome to Hubgraph file storage.\nUploads are versioned: restore me to see version 1.\n',
  ];
  const file = em.create(StoredFile, {
    ownerId,
    folderId: folder.id,
    folderKey: folder.id,
    name: 'welcome.txt',
    currentVersionId: '',
    versionCount: texts.length,
  } as never) as { id: string; currentVersionId: string };
  let used = 0;
  for (const [i, text] of texts.entries()) {
    const bytes = Buffer.from(text);
    const version = em.create(FileVersion, {
      fileId: file.id,
      ownerId,
      number: i + 1,
      size: bytes.length,
      contentType: sniffContentType(bytes),
      sha256: createHash('sha256').update(bytes).digest('hex'),
    } as never) as { id: string };
    await storage.put(versionKey(version.id), bytes, { contentType: sniffContentType(bytes) });
    file.currentVersionId = version.id;
    used += bytes.length;
  }
  em.create(FileQuota, { ownerId, usedBytes: used } as never);
  await em.flush();
}
