import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import { TENANT_BILLING_TOPIC, type Logger, type PubSub, type TenantBillingMessage } from '../../kit';
import type { RouterContext } from './context';

/**
 * Read-only tenants (catalogue #55, per-tenant billing): a tenant whose renewal failed and whose grace
 * period ended may read but not write until its open invoice is paid. payments announces which tenants
 * are read-only on {@link TENANT_BILLING_TOPIC} (a change after each commit; every one when a payments
 * replica starts or a router asks), and every router refuses the mutations of a request acting in
 * such a tenant with 403 `TENANT_READ_ONLY` — before anything reaches a subgraph. What pays the invoice,
 * and signing in or out, stay allowed.
 *
 * With the in-memory pub/sub this reaches the routers in the payments process (`npm start`, the tests);
 * separate processes need Redis (REDIS_URL), as they do for everything shared.
 */

/** Root mutation fields a read-only tenant may still use: paying, and the session. */
const ALLOWED_WHILE_READ_ONLY = new Set([
  'confirmPaymentIntent',
  'confirm3ds',
  'logIn',
  'logOut',
  'logOutEverywhere',
  'refreshAccessToken',
  'deleteTenant',
]);

export class ReadOnlyTenants {
  private readonly tenants = new Set<string>();
  private stopListening: () => void = () => undefined;

  /** Follows payments' announcements and asks for the current list. */
  listen(pubsub: PubSub, log: Logger): void {
    const messages = pubsub.subscribe<TenantBillingMessage>(TENANT_BILLING_TOPIC);
    this.stopListening = () => void messages.return?.();
    void (async () => {
      try {
        for await (const message of messages) this.apply(message);
      } catch (error) {
        log.warn({ err: String(error) }, 'stopped following read-only tenants');
      }
    })();
    const request: TenantBillingMessage = { kind: 'request' };
    pubsub.publish(TENANT_BILLING_TOPIC, request).catch((err: unknown) => log.warn({ err }, 'could not ask for read-only tenants'));
  }

  close(): void {
    this.stopListening();
  }

  apply(message: TenantBillingMessage): void {
    if (message?.kind === 'change' && typeof message.tenantId === 'string') {
      if (message.readOnly) this.tenants.add(message.tenantId);
      else this.tenants.delete(message.tenantId);
    } else if (message?.kind === 'snapshot' && Array.isArray(message.readOnly)) {
      for (const id of message.readOnly) if (typeof id === 'string') this.tenants.add(id);
    }
  }

  isReadOnly(tenantId: string | null | undefined): boolean {
    return !!tenantId && this.tenants.has(tenantId);
  }

  /** Refuses a mutation in a read-only tenant unless every root field is allowed (see the module comment). */
  plugin(): ApolloServerPlugin<RouterContext> {
    return {
      requestDidStart: async () => ({
        didResolveOperation: async ({ operation, contextValue }) => {
          if (operation?.operation !== 'mutation' || !this.isReadOnly(contextValue.viewer?.tenantId)) return;
          if (rootFields(operation).every((name) => ALLOWED_WHILE_READ_ONLY.has(name))) return;
          throw new GraphQLError(
            'This tenant is read-only because its invoice is overdue: an admin can pay it (tenantBilling.openInvoice) to make changes again.',
            { extensions: { code: 'TENANT_READ_ONLY', http: { status: 403 } } },
          );
        },
      }),
    };
  }
}

/** The operation's root field names (fragments at the root count as not allowed). */
function rootFields(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.map((selection) => (selection.kind === Kind.FIELD ? selection.name.value : '…'));
}
