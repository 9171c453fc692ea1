import {
  BREAK,
  GraphQLError,
  Kind,
  coerceInputValue,
  getNamedType,
  isCompositeType,
  isInputType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  typeFromAST,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { RequestRefusal } from '../../kit';

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

/** Bounds on the input a request carries: its variables (and extensions) and the literals of its document. */
export interface InputLimits {
  /** Deepest nesting of lists and objects in the variables, or of a list/object literal in the document. */
  maxInputDepth: number;
  /** Most JSON values (objects, arrays, strings, numbers, booleans, nulls) in the variables. */
  maxInputValues: number;
}

export interface OperationAnalysis {
  depth: number;
  aliases: number;
  rootFields: number;
  maxDirectivesOnAField: number;
  cost: number;
}

/** The most errors one answer lists (graphql-js stops validation at 100 too); a last one says the rest were left out. */
export const MAX_ERRORS_PER_RESPONSE = 100;
/** Longest error message sent to a client; longer ones (which would echo input back) are cut. */
export const MAX_ERROR_MESSAGE_LENGTH = 500;

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

/** What a selection set adds up to, relative to where it is used. */
interface Measure {
  /** Deepest field below and including this level (a leaf field here is 1). */
  depth: number;
  aliases: number;
  /** Fields selected at this level (through fragments too); root fields when used at the root. */
  fields: number;
  maxDirectives: number;
  cost: number;
}

const EMPTY: Measure = { depth: 0, aliases: 0, fields: 0, maxDirectives: 0, cost: 0 };

/**
 * Measures an operation statically, counting each fragment as often as it is spread. Cost counts
 * one per object the response may hold: a list field multiplies its subtree by its requested size
 * (`first`, `last` or `limit`, from literals or variables; on a Relay connection the size applies to
 * its `edges`) or by `defaultListSize`. `tasks(first: 50) { edges { node { owner { email } } } }`
 * costs 1 + 50 × (1 + 1 + 1) = 151. Scalars are free. The numbers bound the work the router may
 * cause before any of it starts, and are what the rate limiter charges.
 *
 * Each fragment is measured once (per list size it inherits) and its measure reused wherever it is
 * spread, so the work is linear in the document: a "fragment bomb" whose expansion doubles with
 * every fragment is measured as fast as it is read. Totals saturate at Number.MAX_SAFE_INTEGER.
 */
export function analyzeOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  defaultListSize: number,
): OperationAnalysis {
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return { depth: 0, aliases: 0, rootFields: 0, maxDirectivesOnAField: 0, cost: 0 };

  const measured = new Map<string, Measure>();
  // Validation refuses fragment cycles; this only keeps a cycle from recursing forever if one got here.
  const measuring = new Set<string>();

  const add = (into: Measure, part: Measure): void => {
    into.depth = Math.max(into.depth, part.depth);
    into.aliases += part.aliases;
    into.fields += part.fields;
    into.maxDirectives = Math.max(into.maxDirectives, part.maxDirectives);
    into.cost += part.cost;
  };

  const fragment = (name: string, inheritedSize: number | undefined): Measure => {
    const key = `${name}\n${inheritedSize ?? ''}`;
    const known = measured.get(key);
    if (known) return known;
    const definition = fragments[name];
    const target = definition && schema.getType(definition.typeCondition.name.value);
    if (!target || !isCompositeType(target) || measuring.has(key)) return EMPTY;
    measuring.add(key);
    const result = walk(definition.selectionSet, target, inheritedSize);
    measuring.delete(key);
    measured.set(key, result);
    return result;
  };

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, inheritedSize: number | undefined): Measure => {
    const total: Measure = { ...EMPTY };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        add(total, fragment(selection.name.value, inheritedSize));
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const target = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (target && isCompositeType(target)) add(total, walk(selection.selectionSet, target, inheritedSize));
        continue;
      }
      total.fields++;
      if (selection.alias) total.aliases++;
      total.maxDirectives = Math.max(total.maxDirectives, selection.directives?.length ?? 0);
      total.depth = Math.max(total.depth, 1);
      const fields: Record<string, GraphQLField<unknown, unknown>> = isObjectType(parent) || isInterfaceType(parent)
        ? parent.getFields()
        : {};
      const field = fields[selection.name.value];
      if (!field || !selection.selectionSet) continue;
      const named = getNamedType(field.type);
      if (!isCompositeType(named)) continue;
      const sizeArg = selection.arguments?.find((a) => SIZE_ARGUMENTS.includes(a.name.value));
      const requested = sizeFrom(sizeArg?.value, variables) ?? (sizeArg ? defaultListSize : undefined);
      const isList = unwrapIsList(field.type);
      // A list costs one per item; a connection's `first` sizes the list below it (`edges`, `nodes`).
      const multiplier = isList ? Math.max(1, requested ?? inheritedSize ?? defaultListSize) : 1;
      const below = walk(selection.selectionSet, named, isList ? undefined : requested);
      total.depth = Math.max(total.depth, 1 + below.depth);
      total.aliases += below.aliases;
      total.maxDirectives = Math.max(total.maxDirectives, below.maxDirectives);
      total.cost += multiplier * (1 + below.cost);
    }
    return total;
  };

  const measure = walk(operation.selectionSet, root, undefined);
  const bounded = (n: number) => Math.min(n, Number.MAX_SAFE_INTEGER);
  return {
    depth: measure.depth,
    aliases: bounded(measure.aliases),
    rootFields: bounded(measure.fields),
    maxDirectivesOnAField: measure.maxDirectives,
    cost: bounded(measure.cost),
  };
}

function tooComplex(what: string, value: number, max: number): GraphQLError {
  return new GraphQLError(`The operation's ${what} is ${value}; the limit is ${max}. Split it into smaller operations.`, {
    extensions: { code: 'OPERATION_TOO_COMPLEX', limit: what, value, max, http: { status: 400 } },
  });
}

/** The OPERATION_TOO_COMPLEX error (HTTP 400) for the first limit an analysis exceeds, if any. */
export function limitExceeded(analysis: OperationAnalysis, limits: OperationLimits): GraphQLError | undefined {
  if (analysis.depth > limits.maxDepth) return tooComplex('depth', analysis.depth, limits.maxDepth);
  if (analysis.aliases > limits.maxAliases) return tooComplex('alias count', analysis.aliases, limits.maxAliases);
  if (analysis.rootFields > limits.maxRootFields) return tooComplex('root field count', analysis.rootFields, limits.maxRootFields);
  if (analysis.maxDirectivesOnAField > limits.maxDirectivesPerField) {
    return tooComplex('directives on one field', analysis.maxDirectivesOnAField, limits.maxDirectivesPerField);
  }
  if (analysis.cost > limits.maxCost) return tooComplex('estimated cost', analysis.cost, limits.maxCost);
  return undefined;
}

/** Throws OPERATION_TOO_COMPLEX (HTTP 400) for the first limit an analysis exceeds. */
export function enforceLimits(analysis: OperationAnalysis, limits: OperationLimits): void {
  const exceeded = limitExceeded(analysis, limits);
  if (exceeded) throw exceeded;
}

function badInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions, http: { status: 400 } } });
}

/**
 * Checks the nesting and size of a JSON value — a request's variables, or the whole body that holds
 * them — without recursion, so a value nested 100,000 levels deep costs one pass and no stack. The
 * variables object is level 1: `{ "d": [["x"]] }` nests 3 levels. A body is level 0, so its
 * `variables` are level 1 again; `extensions` and any other member count the same way. Returns the
 * BAD_USER_INPUT error (HTTP 400) for the first bound passed, or undefined.
 */
export function inputShapeProblem(value: unknown, limits: InputLimits, rootLevel = 1): GraphQLError | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const pending: { value: object; level: number }[] = [{ value, level: rootLevel }];
  let values = 0;
  while (pending.length) {
    const { value: container, level } = pending.pop()!;
    const children = Array.isArray(container) ? container : Object.values(container);
    values += children.length;
    if (values > limits.maxInputValues) {
      return badInput(`The variables hold more than ${limits.maxInputValues} values.`, {
        limit: 'input values',
        max: limits.maxInputValues,
      });
    }
    for (const child of children) {
      if (typeof child !== 'object' || child === null) continue;
      if (level + 1 > limits.maxInputDepth) {
        return badInput(`The variables nest lists and objects more than ${limits.maxInputDepth} levels deep.`, {
          limit: 'input depth',
          max: limits.maxInputDepth,
        });
      }
      pending.push({ value: child, level: level + 1 });
    }
  }
  return undefined;
}

/**
 * The router's check of a GraphQL request body (or of a GET's `variables` and `extensions`) right
 * after JSON parsing, before Apollo Server or the gateway walk it: {@link inputShapeProblem} as a
 * kit `screen`. GET parameters that are not JSON are left for Apollo Server to refuse.
 */
export function screenRequest(
  limits: InputLimits,
): (request: { method: string; search: string; body: unknown }) => RequestRefusal | undefined {
  const json = (text: string | null): unknown => {
    if (text === null) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  };
  return ({ method, search, body }) => {
    let value = body;
    if (method === 'GET') {
      const params = new URLSearchParams(search);
      value = { variables: json(params.get('variables')), extensions: json(params.get('extensions')) };
    }
    const problem = inputShapeProblem(value, limits, 0);
    if (!problem) return undefined;
    const { http: _http, ...extensions } = problem.extensions as { code: string; http?: unknown };
    return { status: 400, message: problem.message, extensions };
  };
}

/** Documents already checked by {@link literalProblem}: Apollo Server reuses the parsed document of a known query text. */
const checkedLiterals = new WeakMap<DocumentNode, { maxInputDepth: number; problem: GraphQLError | undefined }>();

/**
 * Checks the literals of a document: list and object literals nest at most `maxInputDepth` levels,
 * and every number is finite (`1e999` parses as Infinity, which no Float can hold). Uses graphql-js'
 * `visit`, which keeps its own stack. Returns the BAD_USER_INPUT error (HTTP 400) for the first
 * problem, or undefined.
 */
export function literalProblem(document: DocumentNode, limits: InputLimits): GraphQLError | undefined {
  const known = checkedLiterals.get(document);
  if (known?.maxInputDepth === limits.maxInputDepth) return known.problem;
  let depth = 0;
  let problem: GraphQLError | undefined;
  const enter = () => {
    depth++;
    if (depth <= limits.maxInputDepth) return undefined;
    problem = badInput(`A list or object literal nests more than ${limits.maxInputDepth} levels deep.`, {
      limit: 'input depth',
      max: limits.maxInputDepth,
    });
    return BREAK;
  };
  const leave = () => {
    depth--;
  };
  const number = (node: { value: string }) => {
    if (Number.isFinite(Number(node.value))) return undefined;
    problem = badInput(`The number ${clip(node.value, 40)} is out of range: a Float must be finite (at most about 1.8e308).`);
    return BREAK;
  };
  visit(document, {
    ListValue: { enter, leave },
    ObjectValue: { enter, leave },
    FloatValue: number,
    IntValue: number,
  });
  checkedLiterals.set(document, { maxInputDepth: limits.maxInputDepth, problem });
  return problem;
}

/** `text` cut to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * A short JSON-like preview of a client value for an error message, never the whole input: it stops
 * writing after `max` characters and below three levels, whatever the size of the value.
 */
export function preview(value: unknown, max = 80): string {
  let out = '';
  const write = (item: unknown, level: number): void => {
    if (out.length > max) return;
    if (typeof item === 'string') out += JSON.stringify(clip(item, max));
    else if (typeof item !== 'object' || item === null) out += String(item);
    else if (level >= 3) out += Array.isArray(item) ? '[…]' : '{…}';
    else if (Array.isArray(item)) {
      out += '[';
      for (let i = 0; i < item.length && out.length <= max; i++) {
        if (i) out += ', ';
        write(item[i], level + 1);
      }
      out += ']';
    } else {
      out += '{';
      let first = true;
      for (const key in item) {
        if (out.length > max) break;
        if (!first) out += ', ';
        first = false;
        out += `${clip(key, max)}: `;
        write((item as Record<string, unknown>)[key], level + 1);
      }
      out += '}';
    }
  };
  write(value, 0);
  return clip(out, max);
}

/**
 * Coerces an operation's variables against the schema as graphql-js' getVariableValues does, but
 * with answers that stay small: at most {@link MAX_ERRORS_PER_RESPONSE} errors (coercion stops at the next one,
 * and a last error says so), each message naming the variable and the path into it, with a short preview
 * of the bad value instead of the whole input (2,000 unknown fields used to give 2,000 errors that
 * each repeated the input). Errors are BAD_USER_INPUT (HTTP 400). The variables must have passed
 * {@link inputShapeProblem}: coercion recurses into them.
 */
export function variableErrors(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  hideSuggestions: boolean,
): GraphQLError[] {
  const errors: GraphQLError[] = [];
  const full = {};
  const report = (message: string) => {
    // Coercion goes on after an error, so the 101st stops it rather than being built and dropped.
    if (errors.length >= MAX_ERRORS_PER_RESPONSE) throw full;
    errors.push(badInput(clip(message, MAX_ERROR_MESSAGE_LENGTH)));
  };
  try {
    for (const definition of operation.variableDefinitions ?? []) {
      const name = definition.variable.name.value;
      const type = typeFromAST(schema, definition.type);
      // Validation has refused unknown and output types already.
      if (!type || !isInputType(type)) continue;
      if (!Object.prototype.hasOwnProperty.call(variables, name)) {
        if (!definition.defaultValue && isNonNullType(type))
          report(`Variable "$${name}" of required type "${String(type)}" was not provided.`);
        continue;
      }
      const value = variables[name];
      if (value === null && isNonNullType(type)) {
        report(`Variable "$${name}" of non-null type "${String(type)}" must not be null.`);
        continue;
      }
      coerceInputValue(
        value,
        type,
        (path, invalidValue, error) => {
          const at = path.length ? ` at "${name}${path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('')}"` : '';
          report(`Variable "$${name}" got invalid value ${preview(invalidValue)}${clip(at, 120)}; ${clip(error.message, 200)}`);
        },
        hideSuggestions,
      );
    }
  } catch (error) {
    if (error !== full) throw error;
    errors.push(
      badInput(`There are more problems with the variables; this answer lists the first ${MAX_ERRORS_PER_RESPONSE}.`, {
        limit: 'errors',
        max: MAX_ERRORS_PER_RESPONSE,
      }),
    );
  }
  return errors;
}
