/**
 * `npm run wiring` writes the subgraph sections of codegen.yml, docker-compose.yml, the Dockerfile's
 * EXPOSE and README's subgraph table from subgraphs/index.ts; `npm run wiring:check` (CI) fails when a
 * committed file differs from what the list makes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../kit';
import { subgraphs } from '../subgraphs';
import { loadSubgraphs } from '../subgraphs/load';
import { WIRED_FILES, renderWiring, type WiredFile } from './lib/wiring';

const check = process.argv.includes('--check');
const current = Object.fromEntries(WIRED_FILES.map((f) => [f, readFileSync(join(repoRoot, f), 'utf8')])) as Record<WiredFile, string>;
let wired: Record<WiredFile, string>;
try {
  // Stacks of a few subgraphs load each by its folder's name (subgraphs/load.ts).
  for (const s of subgraphs) if (loadSubgraphs([s.name])[0] !== s) throw new Error(`subgraphs/${s.name} does not load as \`${s.name}\``);
  wired = renderWiring(subgraphs, current);
} catch (error) {
  console.error(`✖ ${(error as Error).message}`);
  process.exit(1);
}
const stale = WIRED_FILES.filter((f) => wired[f] !== current[f]);
if (check) {
  if (stale.length) {
    console.error('Wiring is stale; run `npm run wiring` and commit:');
    for (const file of stale) console.error(`  ✖ ${file}`);
    process.exit(1);
  }
  console.log(`wiring: ${WIRED_FILES.join(', ')} match subgraphs/index.ts (${subgraphs.length} subgraphs).`);
} else {
  for (const file of stale) {
    writeFileSync(join(repoRoot, file), wired[file]);
    console.log(`wrote ${file}`);
  }
  if (!stale.length) console.log('wiring: nothing to change.');
}
