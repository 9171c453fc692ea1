import type { EntityMetadata } from '@mikro-orm/core';
import {
  Kind,
  visit,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type TypeNode,
} from 'graphql';
import { isTenantOwned } from './tenant-filter';

/**
 * Response caching is private unless a field says otherwise (catalogue #35, the router's response
 * cache). Apollo's `@cacheControl` treats a hint without `scope` as PUBLIC: one cached answer for
 * every user and tenant. Here a hint without a scope means PRIVATE (cached per user and tenant by the
 * router), and `scope: PUBLIC` is refused at start on any type that holds per-user or tenant-owned
 * data, or leads to one.
 */

const CACHE_CONTROL = 'cacheControl';

/**
 * The subgraph's SDL with `scope: PRIVATE` added to every `@cacheControl` hint that names no scope,
 * so Apollo's cache-control plugin (which reads the hints from the schema) computes PRIVATE unless
 * a hint says PUBLIC. Hints set in resolvers (`info.cacheControl.setCacheHint`) are not covered: they
 * must name their scope.
 */
export function privateCacheHintsByDefault(typeDefs: DocumentNode): DocumentNode {
  return visit(typeDefs, {
    Directive(node) {
      if (node.name.value !== CACHE_CONTROL || node.arguments?.some((a) => a.name.value === 'scope')) return undefined;
      return {
        ...node,
        arguments: [
          ...(node.arguments ?? []),
          { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'scope' }, value: { kind: Kind.ENUM, value: 'PRIVATE' } },
        ],
      };
    },
  });
}

/**
 * Entity properties that name a user: `userId`, `ownerId`, `ownerUserId`, `authorId`, `createdById`,
 * `createdBy`, `playerOneId`, `patronId`, … An entity with one holds per-user data. Name user references so (the
 * convention every subgraph follows) or the check below cannot see them.
 */
export const USER_REFERENCE =
  /^(user|owner|author|sender|recipient|actor|player|winner|assignee|member|viewer|patron)[A-Za-z]*Id$|(User|By)Id$|^[a-z]+By$/;

/** Identity's user and tenant, which other subgraphs reference as stubs: private wherever they appear. */
const ALWAYS_PRIVATE = new Map([
  ['User', 'the user entity'],
  ['Tenant', 'the tenant entity'],
]);

type EntityLike = { meta: Pick<EntityMetadata, 'className' | 'filters' | 'properties'> };

/** Why an entity's rows must never be in a PUBLIC answer, or null when they may. */
export function privateEntityReason(entity: object): string | null {
  const { meta } = entity as EntityLike;
  if (isTenantOwned(meta)) return 'a tenant-owned entity';
  const always = ALWAYS_PRIVATE.get(meta.className);
  if (always) return always;
  const reference = Object.keys(meta.properties).find((name) => USER_REFERENCE.test(name));
  return reference ? `a per-user entity (${reference})` : null;
}

interface TypeShape {
  /** Named types this type leads to: its fields' types, a union's members, an interface's implementations. */
  leadsTo: Set<string>;
}

interface PublicHint {
  subgraph: string;
  /** `Type` or `Type.field`. */
  at: string;
  /** The type holding the hint (a type hint) or the field's parent (a field hint). */
  owner: string;
  /** The field's type, for a field hint. */
  fieldType?: string;
}

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

function isPublic(directives: readonly ConstDirectiveNode[] | undefined): boolean {
  return !!directives?.some(
    (d) =>
      d.name.value === CACHE_CONTROL &&
      d.arguments?.some((a) => a.name.value === 'scope' && a.value.kind === Kind.ENUM && a.value.value === 'PUBLIC'),
  );
}

/**
 * Every `@cacheControl(scope: PUBLIC)` in `definitions` that could share per-user or tenant-owned
 * data, as a readable problem: a PUBLIC hint on a type backed by such an entity (a GraphQL type named
 * like the entity), on a field of it, or on a type or field that leads to one through its fields (a
 * connection of tasks, `User.tasks`, a union or interface with such a member). Types are merged by
 * name across the definitions given, as composition merges them, so checking every subgraph together
 * (schema compose/check) also catches a hint on another subgraph's entity; each subgraph checks itself
 * at start.
 */
export function publicCacheHintProblems(definitions: { name: string; typeDefs: DocumentNode; entities: object[] }[]): string[] {
  const privateTypes = new Map<string, string>(ALWAYS_PRIVATE);
  for (const definition of definitions) {
    for (const entity of definition.entities) {
      const reason = privateEntityReason(entity);
      if (reason) privateTypes.set((entity as EntityLike).meta.className, reason);
    }
  }
  const shapes = new Map<string, TypeShape>();
  const shape = (name: string) => {
    let found = shapes.get(name);
    if (!found) shapes.set(name, (found = { leadsTo: new Set() }));
    return found;
  };
  const hints: PublicHint[] = [];
  for (const definition of definitions) {
    for (const node of definition.typeDefs.definitions as readonly DefinitionNode[]) {
      if (
        node.kind !== Kind.OBJECT_TYPE_DEFINITION &&
        node.kind !== Kind.OBJECT_TYPE_EXTENSION &&
        node.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
        node.kind !== Kind.INTERFACE_TYPE_EXTENSION &&
        node.kind !== Kind.UNION_TYPE_DEFINITION &&
        node.kind !== Kind.UNION_TYPE_EXTENSION
      ) {
        continue;
      }
      const name = node.name.value;
      const own = shape(name);
      if (isPublic(node.directives)) hints.push({ subgraph: definition.name, at: name, owner: name });
      if (node.kind === Kind.UNION_TYPE_DEFINITION || node.kind === Kind.UNION_TYPE_EXTENSION) {
        for (const member of node.types ?? []) own.leadsTo.add(member.name.value);
        continue;
      }
      for (const implemented of node.interfaces ?? []) shape(implemented.name.value).leadsTo.add(name);
      for (const field of (node.fields ?? []) as readonly FieldDefinitionNode[]) {
        const fieldType = namedType(field.type);
        own.leadsTo.add(fieldType);
        if (isPublic(field.directives)) {
          hints.push({ subgraph: definition.name, at: `${name}.${field.name.value}`, owner: name, fieldType });
        }
      }
    }
  }

  /** The private type `name` is or leads to (with the reason), or null. */
  const reached = new Map<string, { type: string; reason: string } | null>();
  const privateReach = (name: string, visiting = new Set<string>()): { type: string; reason: string } | null => {
    if (reached.has(name)) return reached.get(name)!;
    const reason = privateTypes.get(name);
    if (reason) return { type: name, reason };
    if (visiting.has(name)) return null;
    visiting.add(name);
    let found: { type: string; reason: string } | null = null;
    for (const next of shapes.get(name)?.leadsTo ?? []) {
      found = privateReach(next, visiting);
      if (found) break;
    }
    visiting.delete(name);
    // A cycle may have cut the search short, so only a hit is certain enough to remember.
    if (found) reached.set(name, found);
    return found;
  };

  const problems: string[] = [];
  for (const hint of hints) {
    // A type hint covers everything the type leads to; a field hint its own parent (when that is a
    // private type) and what the field returns (Query itself leads everywhere, but Query.units does not).
    const ownerReason = privateTypes.get(hint.owner);
    const found =
      hint.fieldType === undefined
        ? privateReach(hint.owner)
        : ownerReason
          ? { type: hint.owner, reason: ownerReason }
          : privateReach(hint.fieldType);
    if (!found) continue;
    const where = found.type === hint.owner || found.type === hint.fieldType ? `${found.type} is` : `it leads to ${found.type},`;
    problems.push(
      `${hint.subgraph}: @cacheControl(scope: PUBLIC) on ${hint.at}: ${where} ${found.reason}, and a PUBLIC answer is shared by every user and tenant. Drop scope: PUBLIC (hints are PRIVATE by default).`,
    );
  }
  return problems;
}

/** Throws at start when {@link publicCacheHintProblems} finds any. */
export function assertPrivateCacheHints(definitions: { name: string; typeDefs: DocumentNode; entities: object[] }[]): void {
  const problems = publicCacheHintProblems(definitions);
  if (problems.length) throw new Error(`Unsafe cache hints:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}
