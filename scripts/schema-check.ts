/**
 * `npm run schema:check`, the schema registry's gate:
 *  1. every subgraph schema composes;
 *  2. the committed schema/supergraph.graphql and schema/api.graphql are what composition produces now;
 *  3. the client-facing schema has no breaking change against the previous committed one.
 * "Previous" is SCHEMA_BASE_REF when set; otherwise HEAD when the working tree's api.graphql differs from
 * it (a change being prepared), else HEAD's parent (the change just committed). Breaking changes fail
 * the check unless SCHEMA_ALLOW_BREAKING=true (an explicit, reviewed decision).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { repoRoot } from '../kit';
import { API_SCHEMA_PATH, SUPERGRAPH_PATH, composeSupergraph } from './lib/compose';

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

function previousApiSchema(current: string): { ref: string; sdl: string } | null {
  const path = relative(repoRoot, API_SCHEMA_PATH);
  const explicit = process.env.SCHEMA_BASE_REF;
  const candidates = explicit ? [explicit] : ['HEAD', 'HEAD~1'];
  for (const ref of candidates) {
    const sdl = git(['show', `${ref}:${path}`]);
    if (sdl === null) continue;
    if (!explicit && ref === 'HEAD' && sdl === current) continue;
    return { ref, sdl };
  }
  return null;
}

const SYMBOL: Record<string, string> = {
  [CriticalityLevel.Breaking]: '✖ BREAKING   ',
  [CriticalityLevel.Dangerous]: '⚠ DANGEROUS  ',
  [CriticalityLevel.NonBreaking]: '✔ NON_BREAKING',
};

async function main() {
  let failed = false;
  const composition = composeSupergraph();
  if (!composition.ok) {
    console.error('✖ Composition failed:');
    for (const error of composition.errors) console.error(`    ${error}`);
    process.exit(1);
  }
  console.log('✔ Subgraph schemas compose.');

  for (const [path, expected] of [
    [SUPERGRAPH_PATH, composition.supergraphSdl],
    [API_SCHEMA_PATH, composition.apiSdl],
  ] as const) {
    const committed = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (committed !== expected) {
      console.error(`✖ ${relative(repoRoot, path)} is stale: run \`npm run schema:compose\` and commit it.`);
      failed = true;
    }
  }
  if (!failed) console.log('✔ Committed supergraph and API schema are up to date.');

  const previous = previousApiSchema(composition.apiSdl);
  if (!previous) {
    console.log('• No previous API schema in git history; nothing to compare.');
  } else {
    const changes: Change[] = await diff(buildSchema(previous.sdl), buildSchema(composition.apiSdl));
    console.log(`• ${changes.length} change(s) against ${previous.ref}:`);
    for (const change of changes) {
      console.log(`    ${SYMBOL[change.criticality.level] ?? change.criticality.level}  ${change.message}`);
      if (change.criticality.reason) console.log(`        ${change.criticality.reason}`);
    }
    const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
    if (breaking.length) {
      if (process.env.SCHEMA_ALLOW_BREAKING === 'true') {
        console.warn(`⚠ ${breaking.length} breaking change(s) allowed by SCHEMA_ALLOW_BREAKING=true.`);
      } else {
        console.error(`✖ ${breaking.length} breaking change(s). Make them additive, or set SCHEMA_ALLOW_BREAKING=true deliberately.`);
        failed = true;
      }
    }
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
