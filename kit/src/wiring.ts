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
}
