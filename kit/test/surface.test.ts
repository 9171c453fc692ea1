import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as kit from '../index';

const kitDir = join(__dirname, '..');
const srcDir = join(kitDir, 'src');

/** The kit modules a module imports at run time (type-only imports do not make a cycle). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(join(srcDir, file), 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/^import\s+(type\s+)?([\s\S]*?)\s+from\s+'\.\/([\w-]+)';/gm)) {
    if (match[1]) continue;
    const clause = match[2] ?? '';
    const braces = /^\{([\s\S]*)\}$/.exec(clause.trim());
    const onlyTypes = braces && braces[1]!.split(',').every((name) => !name.trim() || name.trim().startsWith('type '));
    if (!onlyTypes) found.push(match[3]!);
  }
  return found;
}

describe('the kit surface', () => {
  it('kit/index.ts names every export (no export *)', () => {
    const index = readFileSync(join(kitDir, 'index.ts'), 'utf8');
    expect(index).not.toMatch(/export\s*\*/);
    expect(index).toMatch(/export \{[\s\S]*\} from '\.\/src\/service';/);
  });

  it('exports the service shape and no test-only or internal helpers', () => {
    for (const name of [
      'ok',
      'fail',
      'flushOrConflict',
      'flushOrThrowConflict',
      'systemClock',
      'whileAllowed',
      'replayThenLive',
      'endAfter',
      'once',
      'listenThen',
    ]) {
      expect(kit).toHaveProperty(name);
    }
    for (const name of ['signInternalToken', 'TenantGuard', 'cursorCodec', 'MemoryPubSub', 'openDatabase', 'noTenant', 'scopeToViewer']) {
      expect(kit).not.toHaveProperty(name);
    }
  });

  it('has no import cycle between kit modules (auth and tenancy included)', () => {
    const modules = readdirSync(srcDir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.slice(0, -3));
    const graph = new Map(modules.map((m) => [m, runtimeImports(`${m}.ts`)]));
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      for (const next of graph.get(node) ?? []) {
        if (next === path[0]) cycles.push([...path, next].join(' -> '));
        else if (!path.includes(next) && path.length < 8) visit(next, [...path, next]);
      }
    };
    for (const m of modules) visit(m, [m]);
    expect(cycles).toEqual([]);
    // The positive control: the walk does see run-time imports (subgraph.ts imports the tenant filter).
    expect(graph.get('subgraph')).toContain('tenant-filter');
    expect(graph.get('auth')).toContain('tenant-roles');
    expect(graph.get('auth')).not.toContain('tenancy');
  });
});
