import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  GraphQLError,
  TypeInfo,
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type ASTVisitor,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValidationContext,
} from 'graphql';
import { badInput } from './errors';
import { DateTimeScalar, parseDateTime } from './scalars';

/**
 * Why `text` cannot be stored exactly, or null when it can. A NUL (U+0000) ends a string in C and
 * breaks statements in SQLite (MikroORM inlines parameters into the SQL text); a lone UTF-16
 * surrogate has no UTF-8 form, so the database would hand back U+FFFD instead of what was sent.
 */
export function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain a NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'contains an unpaired UTF-16 surrogate; send well-formed Unicode text';
  return null;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Scalars whose values are never text; every other scalar (String, ID, custom JSON-like ones) is walked. */
const NON_TEXT_SCALARS = new Set(['Int', 'Float', 'Boolean', 'DateTime']);
/** Deeper than any input the schemas define; a custom scalar's JSON is not walked further. */
const MAX_DEPTH = 32;

/** Where in a value its text cannot be stored (`.title`, `[2]`), and why. */
interface Finding {
  at: string;
  problem: string;
}

/** Finds the first text in `value` that cannot be stored; allocates nothing when all is well. */
type Check = (value: unknown, depth: number) => Finding | null;

/** Checkers of input object types, built once per schema; null when the type cannot hold text. */
interface Checkers {
  built: Map<string, Check | null>;
  /** Types whose checker is being built: a recursive input type meets itself. */
  building: Set<string>;
}

/** A checker for values of `type`, or null when no value of that type can hold text. */
function checkerFor(type: GraphQLInputType, checkers: Checkers): Check | null {
  if (isNonNullType(type)) return checkerFor(type.ofType, checkers);
  if (isListType(type)) {
    const item = checkerFor(type.ofType, checkers);
    if (!item) return null;
    return (value, depth) => {
      if (!Array.isArray(value) || depth > MAX_DEPTH) return null;
      for (let i = 0; i < value.length; i++) {
        const found = item(value[i], depth + 1);
        if (found) return { at: `[${i}]${found.at}`, problem: found.problem };
      }
      return null;
    };
  }
  if (isScalarType(type)) return NON_TEXT_SCALARS.has(type.name) ? null : findText;
  if (!isInputObjectType(type)) return null; // enums
  const { built, building } = checkers;
  if (built.has(type.name)) return built.get(type.name) ?? null;
  if (building.has(type.name)) return (value, depth) => built.get(type.name)?.(value, depth) ?? null;
  building.add(type.name);
  const fields: [string, Check][] = [];
  for (const field of Object.values(type.getFields())) {
    const check = checkerFor(field.type, checkers);
    if (check) fields.push([field.name, check]);
  }
  const check: Check | null = fields.length
    ? (value, depth) => {
        if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return null;
        const record = value as Record<string, unknown>;
        for (const [name, fieldCheck] of fields) {
          const found = record[name] == null ? null : fieldCheck(record[name], depth + 1);
          if (found) return { at: `.${name}${found.at}`, problem: found.problem };
        }
        return null;
      }
    : null;
  building.delete(type.name);
  built.set(type.name, check);
  return check;
}

/** Text anywhere in a value: a String or ID, or the JSON of a custom scalar such as `_Any`. */
function findText(value: unknown, depth: number): Finding | null {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? { at: '', problem } : null;
  }
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return null;
  const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
  for (const [key, item] of entries) {
    const found = findText(item, depth + 1);
    if (found) return { at: `${typeof key === 'number' ? `[${key}]` : `.${key}`}${found.at}`, problem: found.problem };
  }
  return null;
}

/**
 * Checks every String and ID a client sends, once, for every subgraph: each field with arguments gets
 * its resolver (or, on Subscription, its `subscribe`) wrapped so that the coerced arguments, nested
 * input objects and lists included, are walked before the resolver runs. Text that cannot be stored
 * exactly (a NUL, a lone surrogate, see {@link textProblem}) is BAD_USER_INPUT naming the argument path
 * (`input.title`, `ids[2]`). Only fields whose arguments can hold text pay for the walk.
 */
export function checkTextInputs(schema: GraphQLSchema): GraphQLSchema {
  const checkers: Checkers = { built: new Map(), building: new Set() };
  const subscriptionType = schema.getSubscriptionType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const checks: [string, Check][] = [];
      for (const arg of field.args) {
        const check = checkerFor(arg.type, checkers);
        if (check) checks.push([arg.name, check]);
      }
      if (!checks.length) continue;
      const checkArgs = (args: Record<string, unknown>) => {
        for (const [name, check] of checks) {
          const found = args[name] == null ? null : check(args[name], 0);
          if (found) {
            const field = `${name}${found.at}`;
            throw badInput(`${field} ${found.problem}.`, field);
          }
        }
      };
      if (type === subscriptionType && field.subscribe) {
        const subscribe = field.subscribe;
        field.subscribe = (source, args, context, info) => {
          checkArgs(args);
          return subscribe(source, args, context, info);
        };
        continue;
      }
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        checkArgs(args);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

/**
 * A validation rule for literals in the operation text, naming the argument path as a variable's
 * error does: a Float too large for a double (`1e999`, which graphql-js would read as Infinity and
 * the query planner then fails on) and a DateTime string that is not a real instant (see
 * {@link parseDateTime}). Both are BAD_USER_INPUT (createErrorFormatter keeps the code).
 */
export function InputLiteralsRule(context: ValidationContext): ASTVisitor {
  const path: string[] = [];
  const report = (node: ASTNode, message: string) => {
    const field = path.join('.');
    context.reportError(
      new GraphQLError(`${field ? `${field}: ` : ''}${message}`, { nodes: node, extensions: { code: 'BAD_USER_INPUT', field } }),
    );
  };
  return {
    Argument: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    ObjectField: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    FloatValue(node) {
      if (!Number.isFinite(Number(node.value))) report(node, `${node.value} is out of range; a Float must be a finite number.`);
    },
    StringValue(node) {
      const type = context.getInputType();
      if (!type || getNamedType(type).name !== DateTimeScalar.name) return;
      try {
        parseDateTime(node.value);
      } catch (error) {
        report(node, error instanceof Error ? error.message : String(error));
      }
    },
  };
}

/** Where each variable of a document that holds a DateTime is used: `$d` → `input.dueAt`. */
function dateTimeVariables(schema: GraphQLSchema, document: DocumentNode): Map<string, string> {
  const typeInfo = new TypeInfo(schema);
  const path: string[] = [];
  const uses = new Map<string, string>();
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
      ObjectField: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
      Variable(node) {
        const type = typeInfo.getInputType();
        if (path.length && type && getNamedType(type).name === DateTimeScalar.name && !uses.has(node.name.value)) {
          uses.set(node.name.value, path.join('.'));
        }
      },
      // A variable's own definition is not a use.
      VariableDefinition: () => false,
    }),
  );
  return uses;
}

/**
 * Checks DateTime variables before execution so that the error names the field the variable fills
 * (`$d` in `createTask(input: { dueAt: $d })` → `input.dueAt`), which graphql-js's own coercion
 * error cannot: BAD_USER_INPUT, HTTP 400, `extensions.field`. A JSON number (`1e999` included), an
 * impossible day and an empty string are refused. The positions are computed once per parsed document.
 */
export function dateTimeVariablesPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  const cache = new WeakMap<DocumentNode, Map<string, string>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const variables = request.variables;
          if (!variables || !schema.getType(DateTimeScalar.name)) return;
          let uses = cache.get(document);
          if (!uses) cache.set(document, (uses = dateTimeVariables(schema, document)));
          for (const [name, field] of uses) {
            const value = variables[name];
            for (const item of Array.isArray(value) ? value : [value]) {
              if (item == null) continue;
              try {
                parseDateTime(item);
              } catch (error) {
                const reason = error instanceof Error ? error.message : String(error);
                throw new GraphQLError(`${field} (variable $${name}): ${reason}`, {
                  extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
                });
              }
            }
          }
        },
      };
    },
  };
}
