/**
 * Operations a hostile client sends to the router's front door, shared by the router tests and the
 * `front-door` benchmark.
 */

/**
 * A document of `levels + 1` fragments, each spreading the next twice: 2^levels root fields once
 * expanded, from about 40 bytes per level (24 levels: ~1 kB). `query` selects `units { name }` at
 * the bottom; `subscription` selects `counterChanged(name: "bomb") { value }`.
 */
export function fragmentBomb(levels: number, kind: 'query' | 'subscription' = 'query'): string {
  const type = kind === 'query' ? 'Query' : 'Subscription';
  const leaf = kind === 'query' ? 'units { name }' : 'counterChanged(name: "bomb") { value }';
  let document = `${kind === 'query' ? '' : 'subscription '}{ ...F0 }\n`;
  for (let i = 0; i < levels; i++) document += `fragment F${i} on ${type} { ...F${i + 1} ...F${i + 1} }\n`;
  return `${document}fragment F${levels} on ${type} { ${leaf} }`;
}

/** A JSON array literal nested `depth` levels around `leaf` (e.g. a DateTime variable 20,000 arrays deep). */
export function nestedJson(depth: number, leaf: string): string {
  return `${'['.repeat(depth)}${leaf}${']'.repeat(depth)}`;
}
