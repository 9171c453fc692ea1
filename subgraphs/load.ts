import type { AnySubgraphDefinition } from '../kit';

/**
 * The named subgraphs' definitions, each loaded from its own folder, or all of them
 * (subgraphs/index.ts) when no names are given. A stack of a few subgraphs (most test suites, some
 * benches) so loads only their modules, not all thirty (about 0.6 s of CPU per stack). Each folder
 * exports its definition under the folder's name; `npm run wiring:check` holds that.
 */
export function loadSubgraphs(names?: readonly string[]): AnySubgraphDefinition[] {
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded on demand, by name */
  if (!names) return (require('./index') as { subgraphs: AnySubgraphDefinition[] }).subgraphs;
  return names.map((name) => {
    if (!/^[a-z][a-z0-9]*$/.test(name)) throw new Error(`Not a subgraph name: ${JSON.stringify(name)}`);
    const definition = (require(`./${name}`) as Record<string, AnySubgraphDefinition | undefined>)[name];
    if (definition?.name !== name) throw new Error(`subgraphs/${name}/index.ts must export its definition as \`${name}\``);
    return definition;
  });
  /* eslint-enable @typescript-eslint/no-require-imports */
}
