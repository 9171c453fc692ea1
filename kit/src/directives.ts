import {
  defaultFieldResolver,
  isObjectType,
  type ConstDirectiveNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import { forbidden, unauthenticated } from './errors';
import type { Viewer } from './auth';
import { tenantScopes } from './tenancy';

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
