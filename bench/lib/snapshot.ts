import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './report';

/** Files a benchmark's child processes need; a copy missing one was taken in the middle of a rebuild. */
const REQUIRED = ['scripts/serve.js', 'scripts/start.js', 'scripts/lib/stack.js', 'router/index.js', 'kit/index.js', 'subgraphs/index.js'];

export interface BuildSnapshot {
  /** A stand-in repository root: a private copy of dist/ next to links to everything else. */
  root: string;
  /** `<root>/dist`: run child processes from here. */
  dist: string;
  /** Deletes the snapshot (idempotent). */
  remove(): void;
}

/**
 * Copies the freshly built dist/ to a private directory so the processes a benchmark spawns cannot
 * be broken by someone rebuilding (`swc --delete-dir-on-start`) in the shared checkout mid-run. The
 * rest of the repository (node_modules, schema/, subgraphs/*.graphql, package.json) is symlinked, so
 * module resolution and the kit's repository-root lookup behave as in the real tree.
 */
export async function snapshotBuild(): Promise<BuildSnapshot> {
  const root = mkdtempSync(join(tmpdir(), 'hubgraph-bench-build-'));
  const remove = () => rmSync(root, { recursive: true, force: true });
  try {
    for (const entry of readdirSync(repoRoot)) {
      if (entry === 'dist' || entry === '.git') continue;
      symlinkSync(join(repoRoot, entry), join(root, entry));
    }
    const dist = join(root, 'dist');
    for (let attempt = 1; ; attempt++) {
      let problem: string | null = null;
      try {
        rmSync(dist, { recursive: true, force: true });
        cpSync(join(repoRoot, 'dist'), dist, { recursive: true });
        const missing = REQUIRED.filter((f) => !existsSync(join(dist, f)));
        if (missing.length) problem = `missing ${missing.join(', ')}`;
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
      }
      if (!problem) return { root, dist, remove };
      if (attempt >= 10) throw new Error(`could not copy a complete dist/ (${problem}); run \`npm run build\` and retry`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  } catch (error) {
    remove();
    throw error;
  }
}
