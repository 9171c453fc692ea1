/** `npm run schema:compose`: writes schema/supergraph.graphql (for the router) and schema/api.graphql (for clients). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { API_SCHEMA_PATH, SUPERGRAPH_PATH, composeSupergraph } from './lib/compose';

const composition = composeSupergraph();
if (!composition.ok) {
  console.error('Composition failed:');
  for (const error of composition.errors) console.error(`  ✖ ${error}`);
  process.exit(1);
}
mkdirSync(dirname(SUPERGRAPH_PATH), { recursive: true });
writeFileSync(SUPERGRAPH_PATH, composition.supergraphSdl);
writeFileSync(API_SCHEMA_PATH, composition.apiSdl);
console.log(`wrote ${SUPERGRAPH_PATH}\nwrote ${API_SCHEMA_PATH}`);
