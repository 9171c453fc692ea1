import {
  GraphQLError,
  Kind,
  getNamedType,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** Bounds on one operation, checked after validation and before any planning or subgraph call. */
export interface OperationLimits {
  /** Deepest field nesting (root fields are depth 1). */
  maxDepth: number;
  /** Aliased fields in the whole operation (aliases multiply work cheaply for the sender). */
  maxAliases: number;
  /** Fields selected at the root (each may fan out to a subgraph). */
  maxRootFields: number;
  /** Directives on one field. */
  maxDirectivesPerField: number;
  /** Static cost: see {@link analyzeOperation}. */
  maxCost: number;
  /** Assumed length of a list whose size no `first`/`last`/`limit` argument states. */
  defaultListSize: number;
}

export interface OperationAnalysis {
  depth: number;
  aliases: number;
  rootFields: number;
  maxDirectivesOnAField: number;
  cost: number;
}

const SIZE_ARGUMENTS = ['first', 'last', 'limit'];

function unwrapIsList(type: GraphQLOutputType): boolean {
  let current: GraphQLOutputType = type;
  if (isNonNullType(current)) current = current.ofType;
  return isListType(current);
}

function sizeFrom(node: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!node) return undefined;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return typeof value === 'number' ? value : undefined;
  }
  return undefined;
}

/**
 * Measures an operation statically, expanding fragments. Cost counts one per object the response may
 * hold: a list field multiplies its subtree by its requested size (`first`, `last` or `limit`, from
 * literals or variables; on a Relay connection the size applies to its `edges`) or by
 * `defaultListSize`. `tasks(first: 50) { edges { node { owner { email } } } }` costs
 * 1 + 50 × (1 + 1 + 1) = 151. Scalars are free. The numbers bound the work the router may cause
 * before any of it starts, and are what the rate limiter charges.
 */
export function analyzeOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  defaultListSize: number,
): OperationAnalysis {
  const result: OperationAnalysis = { depth: 0, aliases: 0, rootFields: 0, maxDirectivesOnAField: 0, cost: 0 };
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return result;

  const walk = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
    depth: number,
    seenFragments: ReadonlySet<string>,
    inheritedSize: number | undefined,
  ): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (!fragment || seenFragments.has(name)) continue;
        const target = schema.getType(fragment.typeCondition.name.value);
        if (target && isCompositeType(target)) {
          cost += walk(fragment.selectionSet, target, depth, new Set([...seenFragments, name]), inheritedSize);
        }
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const target = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (target && isCompositeType(target)) cost += walk(selection.selectionSet, target, depth, seenFragments, inheritedSize);
        continue;
      }
      if (depth === 1) result.rootFields++;
      if (selection.alias) result.aliases++;
      result.maxDirectivesOnAField = Math.max(result.maxDirectivesOnAField, selection.directives?.length ?? 0);
      result.depth = Math.max(result.depth, depth);
      const fields: Record<string, GraphQLField<unknown, unknown>> =
        isObjectType(parent) || isInterfaceType(parent) ? parent.getFields() : {};
      const field = fields[selection.name.value];
      if (!field || !selection.selectionSet) continue;
      const named = getNamedType(field.type);
      if (!isCompositeType(named)) continue;
      const sizeArg = selection.arguments?.find((a) => SIZE_ARGUMENTS.includes(a.name.value));
      const requested = sizeFrom(sizeArg?.value, variables) ?? (sizeArg ? defaultListSize : undefined);
      const isList = unwrapIsList(field.type);
      // A list costs one per item; a connection's `first` sizes the list below it (`edges`, `nodes`).
      const multiplier = isList ? Math.max(1, requested ?? inheritedSize ?? defaultListSize) : 1;
      const passDown = isList ? undefined : requested;
      cost += multiplier * (1 + walk(selection.selectionSet, named, depth + 1, seenFragments, passDown));
    }
    return cost;
  };
  result.cost = walk(operation.selectionSet, root, 1, new Set(), undefined);
  return result;
}

function tooComplex(what: string, value: number, max: number): GraphQLError {
  return new GraphQLError(`The operation's ${what} is ${value}; the limit is ${max}. Split it into smaller operations.`, {
    extensions: { code: 'OPERATION_TOO_COMPLEX', limit: what, value, max, http: { status: 400 } },
  });
}

/** Throws OPERATION_TOO_COMPLEX (HTTP 400) for the first limit an analysis exceeds. */
export function enforceLimits(analysis: OperationAnalysis, limits: OperationLimits): void {
  if (analysis.depth > limits.maxDepth) throw tooComplex('depth', analysis.depth, limits.maxDepth);
  if (analysis.aliases > limits.maxAliases) throw tooComplex('alias count', analysis.aliases, limits.maxAliases);
  if (analysis.rootFields > limits.maxRootFields) throw tooComplex('root field count', analysis.rootFields, limits.maxRootFields);
  if (analysis.maxDirectivesOnAField > limits.maxDirectivesPerField) {
    throw tooComplex('directives on one field', analysis.maxDirectivesOnAField, limits.maxDirectivesPerField);
  }
  if (analysis.cost > limits.maxCost) throw tooComplex('estimated cost', analysis.cost, limits.maxCost);
}
