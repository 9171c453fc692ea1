/**
 * What the generated wiring (`npm run wiring`: codegen.yml, docker-compose.yml, the Dockerfile's ports,
 * README's subgraph table) needs to know of a subgraph beyond its name and port. Declared in the
 * subgraph's definition, so adding a subgraph stays one folder plus one line in subgraphs/index.ts.
 */
export interface SubgraphWiring {
  /** What the subgraph does, one line for README's table. */
  summary: string;
  /** The catalogue numbers it builds, as README's table shows them (e.g. `24, 25, part of 55`). */
  catalogue: string;
  /** graphql-codegen's typescript-resolvers settings; paths are relative to `src/generated/`. */
  codegen: {
    /** The resolver context, e.g. `../context#WorkContext`. */
    contextType: string;
    /** GraphQL type → the TypeScript type its resolvers receive as parent, e.g. `Task: ../entities#TaskRow`. */
    mappers?: Record<string, string>;
  };
  /**
   * Path prefixes of plain HTTP endpoints this subgraph serves to the public through the router's
   * host (e.g. `/s/` for links' redirects, `/feeds/` for publishing's RSS): the router proxies every
   * request under a prefix to the subgraph, which serves it from its `routes()` on the same path.
   * Each starts and ends with `/`; `npm run wiring` writes them to router/public-paths.json.
   */
  publicPaths?: string[];
}

/** Paths the router serves itself: no subgraph may claim one (or a prefix of one). */
const ROUTER_OWN_PATHS = ['/graphql', '/health', '/ready', '/metrics', '/explorer', '/auth/', '/.well-known/'];
const PUBLIC_PATH = /^\/(?:[a-z0-9][a-z0-9._-]*\/)+$/;

/**
 * The router's public-path table (prefix → subgraph name) from the subgraphs' `wiring.publicPaths`,
 * longest prefix first. Throws when a prefix is malformed, claims one of the router's own paths, or
 * overlaps another subgraph's.
 */
export function publicPathTable(subgraphs: readonly { name: string; wiring?: SubgraphWiring }[]): Record<string, string> {
  const entries: [string, string][] = [];
  for (const s of subgraphs) {
    for (const prefix of s.wiring?.publicPaths ?? []) {
      if (!PUBLIC_PATH.test(prefix)) {
        throw new Error(`subgraph ${s.name}: public path ${JSON.stringify(prefix)} must look like "/name/" (lower case, ending in /).`);
      }
      const own = ROUTER_OWN_PATHS.find((p) => p.startsWith(prefix) || prefix.startsWith(p.endsWith('/') ? p : `${p}/`));
      if (own) throw new Error(`subgraph ${s.name}: public path ${prefix} overlaps the router's own ${own}.`);
      const clash = entries.find(([p]) => p.startsWith(prefix) || prefix.startsWith(p));
      if (clash) throw new Error(`subgraph ${s.name}: public path ${prefix} overlaps ${clash[0]} of ${clash[1]}.`);
      entries.push([prefix, s.name]);
    }
  }
  entries.sort(([a], [b]) => b.length - a.length || a.localeCompare(b));
  return Object.fromEntries(entries);
}
