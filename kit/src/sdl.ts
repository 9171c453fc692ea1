import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, visit, type DefinitionNode, type DocumentNode } from 'graphql';

/** The SDL every subgraph shares (DateTime, ErrorCode, UserError, PageInfo …), relative to the repository root. */
export const SHARED_SDL_FILE = 'kit/schema/common.graphql';

/** A subgraph's own SDL, relative to the repository root. */
export function subgraphSdlFile(name: string): string {
  return `subgraphs/${name}/schema.graphql`;
}

function definitionName(definition: DefinitionNode): string | undefined {
  return 'name' in definition && definition.name ? definition.name.value : undefined;
}

/** Every type name a piece of SDL refers to (field, argument and member types, directive arguments). */
function referencedNames(node: DocumentNode | DefinitionNode): Set<string> {
  const names = new Set<string>();
  visit(node, {
    NamedType(named) {
      names.add(named.name.value);
    },
  });
  return names;
}

/**
 * Joins the shared SDL to a subgraph's own: the shared definitions the subgraph refers to, directly
 * or through another shared one, come first. A subgraph therefore never declares (and composition
 * never sees it resolve) a shared type it does not use, and a new error code is one edit in
 * kit/schema/common.graphql. A subgraph that still declares a shared type is refused, so the two
 * copies cannot drift apart.
 */
export function joinSharedSdl(own: DocumentNode, shared: DocumentNode, source = 'the subgraph schema'): DocumentNode {
  const sharedByName = new Map<string, DefinitionNode>();
  for (const definition of shared.definitions) {
    const name = definitionName(definition);
    if (name) sharedByName.set(name, definition);
  }
  const redeclared = own.definitions.map(definitionName).filter((name) => name !== undefined && sharedByName.has(name));
  if (redeclared.length) {
    throw new Error(`${source} declares ${redeclared.join(', ')}, which ${SHARED_SDL_FILE} provides: remove it from ${source}.`);
  }
  const wanted = new Set<string>();
  const pending = [...referencedNames(own)];
  while (pending.length) {
    const name = pending.pop()!;
    const definition = sharedByName.get(name);
    if (!definition || wanted.has(name)) continue;
    wanted.add(name);
    pending.push(...referencedNames(definition));
  }
  const joined = shared.definitions.filter((d) => wanted.has(definitionName(d) ?? ''));
  // Schema extensions (the federation @link) stay first, as in a hand-written file.
  const isSchema = (d: DefinitionNode) => d.kind === Kind.SCHEMA_EXTENSION || d.kind === Kind.SCHEMA_DEFINITION;
  return {
    kind: Kind.DOCUMENT,
    definitions: [...own.definitions.filter(isSchema), ...joined, ...own.definitions.filter((d) => !isSchema(d))],
  };
}

/** Reads `subgraphs/<name>/schema.graphql` and joins the shared SDL to it: the subgraph's whole schema. */
export function readSubgraphSdl(root: string, name: string): DocumentNode {
  const file = subgraphSdlFile(name);
  const shared = parse(readFileSync(join(root, SHARED_SDL_FILE), 'utf8'));
  return joinSharedSdl(parse(readFileSync(join(root, file), 'utf8')), shared, file);
}
