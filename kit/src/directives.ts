import {
  defaultFieldResolver,
  isObjectType,
  type ConstDirectiveNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import { AppError, ErrorCode, forbidden, unauthenticated } from './errors';
import type { Viewer } from './auth';
import { RATE_ALGORITHMS, type RateAlgorithm } from './flood';
import type { RateLimit } from './rate-limit';
import { tenantScopes } from './tenant-roles';

interface Requirement {
  authenticated: boolean;
  /** Alternatives (OR) of scope sets (AND); empty when no scopes are required. */
  scopes: string[][];
}

const AUTHENTICATED = new Set(['authenticated', 'federation__authenticated']);
const REQUIRES_SCOPES = new Set(['requiresScopes', 'federation__requiresScopes']);

function stringLists(value: ValueNode | undefined): string[][] {
  if (!value || value.kind !== 'ListValue') return [];
  return value.values.map((inner) =>
    inner.kind === 'ListValue' ? inner.values.flatMap((v) => (v.kind === 'StringValue' ? [v.value] : [])) : [],
  );
}

function requirementOf(directives: readonly ConstDirectiveNode[]): Requirement | null {
  let found = null as Requirement | null;
  for (const directive of directives) {
    const name = directive.name.value;
    if (AUTHENTICATED.has(name)) {
      found = { authenticated: true, scopes: found?.scopes ?? [] };
    } else if (REQUIRES_SCOPES.has(name)) {
      const scopes = stringLists(directive.arguments?.find((a) => a.name.value === 'scopes')?.value);
      found = { authenticated: true, scopes: [...(found?.scopes ?? []), ...scopes] };
    }
  }
  return found;
}

/** The scopes a viewer holds: its roles (`admin`, `user`, per-tenant roles as `tenant:<role>`). */
export function scopesOf(viewer: Viewer): Set<string> {
  return new Set([...viewer.roles, ...tenantScopes(viewer.tenantId ? viewer.tenantRole : null)]);
}

function check(requirement: Requirement, viewer: Viewer | null | undefined): void {
  if (!viewer) throw unauthenticated();
  if (!requirement.scopes.length) return;
  const held = scopesOf(viewer);
  const ok = requirement.scopes.some((all) => all.every((scope) => held.has(scope)));
  if (!ok) {
    if (!viewer.tenantId && requirement.scopes.every((all) => all.some((scope) => scope.startsWith('tenant:')))) {
      // Every way in needs a tenant role, and the request chose no tenant: say what to do about it.
      throw forbidden('This needs a tenant: send the x-hubgraph-tenant header with the id of a tenant you belong to, or sign in to one.');
    }
    const needed = requirement.scopes.map((all) => all.join(' and ')).join(' or ');
    throw forbidden(`This needs ${needed}.`);
  }
}

/**
 * Enforces `@authenticated` and `@requiresScopes(scopes: [[...]])` on fields and object types (a
 * type's requirement covers each of its fields): a field resolves only after its check passes —
 * UNAUTHENTICATED without a viewer, FORBIDDEN without a matching scope set. Scopes are the viewer's
 * roles. A subgraph declares them as its own directives in its SDL (see identity's schema), not by
 * importing federation's: @apollo/gateway refuses a supergraph that uses federation's SECURITY
 * features, so these stay subgraph-local and the kit enforces them.
 */
export function enforceAuthDirectives(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const typeNodes = [type.astNode, ...(type.extensionASTNodes ?? [])].filter((n) => n !== undefined && n !== null);
    const typeRequirement = requirementOf(typeNodes.flatMap((n) => n!.directives ?? []));
    for (const field of Object.values(type.getFields())) {
      const fieldRequirement = requirementOf(field.astNode?.directives ?? []);
      const requirements = [typeRequirement, fieldRequirement].filter((r): r is Requirement => r !== null);
      if (!requirements.length) continue;
      const guard = (context: { viewer?: Viewer | null }) => requirements.forEach((r) => check(r, context?.viewer));
      const resolve: GraphQLFieldResolver<unknown, { viewer?: Viewer | null }> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        guard(context);
        return resolve(source, args, context, info);
      };
      if (field.subscribe) {
        const subscribe = field.subscribe;
        field.subscribe = (source, args, context, info) => {
          guard(context as { viewer?: Viewer | null });
          return subscribe(source, args, context, info);
        };
      }
    }
  }
  return schema;
}

/** What a field's `@rateLimit` asks for. */
export interface FieldRateRule {
  limit: number;
  windowSeconds: number;
  algorithm: 'fixed-window' | RateAlgorithm;
}

const ALGORITHMS = new Set<string>(['fixed-window', ...RATE_ALGORITHMS]);

function intArgument(directive: ConstDirectiveNode, name: string): number | undefined {
  const value = directive.arguments?.find((a) => a.name.value === name)?.value;
  return value?.kind === 'IntValue' ? Number(value.value) : undefined;
}

/**
 * Enforces `@rateLimit(limit: Int!, windowSeconds: Int!, algorithm: String)` on fields: per caller
 * (the signed-in user, else the client address the router forwards), `limit` calls per
 * `windowSeconds`, counted by `fixed-window` (default), `token-bucket` or `sliding-window`, shared by
 * the subgraph's replicas through Redis when it is configured. Over the limit the field fails with
 * RATE_LIMITED and `extensions.retryAfterSeconds`. Declared in the subgraph's SDL like the auth
 * directives (it stays subgraph-local), it wraps inside them, so an unauthenticated call spends
 * nothing. `make` builds one limit per field (kit/src/rate-limit.ts); the caller closes them at stop.
 * A malformed directive stops the subgraph at start.
 */
export function enforceRateLimitDirectives(schema: GraphQLSchema, make: (name: string, rule: FieldRateRule) => RateLimit): RateLimit[] {
  const limits: RateLimit[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const directive = field.astNode?.directives?.find((d) => d.name.value === 'rateLimit');
      if (!directive) continue;
      const where = `@rateLimit on ${type.name}.${field.name}`;
      const limit = intArgument(directive, 'limit');
      const windowSeconds = intArgument(directive, 'windowSeconds');
      const algorithmNode = directive.arguments?.find((a) => a.name.value === 'algorithm')?.value;
      const algorithm = algorithmNode?.kind === 'StringValue' ? algorithmNode.value : 'fixed-window';
      if (!limit || limit < 1 || !windowSeconds || windowSeconds < 1 || !ALGORITHMS.has(algorithm)) {
        throw new Error(`${where}: needs limit ≥ 1, windowSeconds ≥ 1 and algorithm one of ${[...ALGORITHMS].join(', ')}`);
      }
      const budget = make(`${type.name}.${field.name}`, { limit, windowSeconds, algorithm: algorithm as FieldRateRule['algorithm'] });
      limits.push(budget);
      const spend = async (context: { viewer?: Viewer | null; clientIp?: string | null }) => {
        const key = context?.viewer ? `user:${context.viewer.userId}` : `ip:${context?.clientIp ?? 'unknown'}`;
        const verdict = await budget.spend(key);
        if (!verdict.ok) {
          const { retryAfterSeconds } = verdict;
          throw new AppError(ErrorCode.RATE_LIMITED, `Too many ${field.name} calls; retry in ${retryAfterSeconds} s.`, {
            retryAfterSeconds,
          });
        }
      };
      const resolve: GraphQLFieldResolver<unknown, { viewer?: Viewer | null; clientIp?: string | null }> =
        field.resolve ?? defaultFieldResolver;
      field.resolve = async (source, args, context, info) => {
        await spend(context);
        return resolve(source, args, context, info);
      };
    }
  }
  return limits;
}
