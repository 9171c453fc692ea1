/**
 * `npm run codegen:check`: runs graphql-codegen in memory with codegen.yml and fails when any committed
 * generated file (subgraph resolver types, the SDK) differs from what the schemas produce now.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { repoRoot } from '../kit';
import { MANIFEST_PATH, buildManifest } from './lib/manifest';

async function main() {
  const { config } = await loadCodegenConfig({ configFilePath: join(repoRoot, 'codegen.yml') });
  const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: repoRoot, silent: true }, false);
  const stale: string[] = [];
  for (const output of outputs) {
    const path = join(repoRoot, relative(repoRoot, join(repoRoot, output.filename)));
    const committed = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (committed !== output.content) stale.push(relative(repoRoot, path));
  }
  // The manifest is derived from the committed SDK documents; a stale SDK is reported above first.
  const manifest = existsSync(MANIFEST_PATH) ? readFileSync(MANIFEST_PATH, 'utf8') : null;
  if (!stale.length && manifest !== buildManifest()) stale.push(relative(repoRoot, MANIFEST_PATH) + ' (run `npm run sdk:manifest`)');
  if (stale.length) {
    console.error('Generated code is stale; run `npm run codegen` and commit:');
    for (const file of stale) console.error(`  ✖ ${file}`);
    process.exit(1);
  }
  console.log(`codegen: ${outputs.length} generated files are up to date.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
