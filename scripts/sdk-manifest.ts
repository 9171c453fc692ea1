/** `npm run sdk:manifest`: writes sdk/persisted-documents.json from the generated SDK documents. */
import { writeFileSync } from 'node:fs';
import { MANIFEST_PATH, buildManifest } from './lib/manifest';

writeFileSync(MANIFEST_PATH, buildManifest());
console.log(`wrote ${MANIFEST_PATH}`);
