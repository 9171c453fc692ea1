import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { INTERNAL_AUTH_HEADER, REQUEST_ID_HEADER, TENANT_HEADER, signRouterCall, type Logger, type RouterSigner } from '../../kit';

/** Audience of the router's signed calls to identity's internal API (see identity's `src/session-api.ts`). */
const IDENTITY_API_AUDIENCE = 'hubgraph-identity-sessions';
const IDENTITY_TIMEOUT_MS = 5_000;
/** How long a slug's tenant is reused; a changed slug reaches every replica within this time. */
const FOUND_TTL_MS = 60_000;
/** Unknown slugs are remembered briefly, so a flood of requests to one bad subdomain asks identity once. */
const MISSING_TTL_MS = 10_000;
const CACHE_MAX_ENTRIES = 10_000;
const SLUG = /^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$/;

export interface TenantHostOptions {
  /** `HUBGRAPH_BASE_DOMAIN`, lower case. */
  baseDomain: string;
  /** Identity's GraphQL URL; its internal API lives beside it. */
  identityUrl: string;
  signer: RouterSigner;
  log: Logger;
}

function requestError(message: string, code: string, status: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}

/**
 * Tenant by subdomain (catalogue #55): a request to `<slug>.<baseDomain>` chooses the tenant with that
 * slug, exactly as if it had sent the `x-hubgraph-tenant` header with the tenant's id, so the member
 * check of {@link chooseTenant} applies unchanged. When the request also sends the header and it names
 * another tenant, it is refused (400) rather than guessing which one was meant. An unknown slug is 404.
 * The apex domain and other hosts choose nothing. Slugs are resolved by identity (a signed internal
 * call) and cached per replica.
 */
export class TenantHosts {
  private readonly cache = new Map<string, { tenantId: Promise<string | null>; until: number }>();
  private readonly suffix: string;
  private readonly apiUrl: string;

  constructor(private readonly options: TenantHostOptions) {
    this.suffix = `.${options.baseDomain}`;
    this.apiUrl = `${options.identityUrl.replace(/\/graphql\/?$/, '')}/internal/tenants/by-slug`;
  }

  /** The subdomain label of a request's Host, or null when it is not `<label>.<baseDomain>`. */
  slugOf(req: Pick<IncomingMessage, 'headers'>): string | null {
    const host = (req.headers.host ?? '').toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
    if (!host.endsWith(this.suffix)) return null;
    const label = host.slice(0, -this.suffix.length);
    return label && !label.includes('.') ? label : null;
  }

  /**
   * Sets the request's tenant header from its subdomain (see the class). Throws a GraphQL error
   * (400 disagreeing header, 404 unknown subdomain, 503 identity unreachable).
   */
  async apply(req: Pick<IncomingMessage, 'headers'>, requestId?: string): Promise<void> {
    const slug = this.slugOf(req);
    if (slug === null) return;
    const tenantId = SLUG.test(slug) ? await this.resolve(slug, requestId) : null;
    if (!tenantId) throw requestError(`No tenant uses the subdomain "${slug}".`, 'NOT_FOUND', 404);
    const header = req.headers[TENANT_HEADER];
    const named = Array.isArray(header) ? header[0] : header;
    if (named !== undefined && named !== '' && named !== tenantId) {
      throw requestError(
        `The ${TENANT_HEADER} header names another tenant than the subdomain "${slug}"; send one of them, or both naming the same tenant.`,
        'BAD_REQUEST',
        400,
      );
    }
    req.headers[TENANT_HEADER] = tenantId;
  }

  private resolve(slug: string, requestId?: string): Promise<string | null> {
    const now = Date.now();
    const cached = this.cache.get(slug);
    if (cached && cached.until > now) return cached.tenantId;
    const entry = { tenantId: this.ask(slug, requestId), until: Infinity };
    this.cache.set(slug, entry);
    entry.tenantId.then(
      (id) => {
        entry.until = Date.now() + (id ? FOUND_TTL_MS : MISSING_TTL_MS);
      },
      () => this.cache.delete(slug),
    );
    this.prune(now);
    return entry.tenantId;
  }

  private async ask(slug: string, requestId?: string): Promise<string | null> {
    const path = '/internal/tenants/by-slug';
    const body = JSON.stringify({ slug });
    const signature = await signRouterCall(this.options.signer, IDENTITY_API_AUDIENCE, path, body, 30);
    let res: Response;
    try {
      res = await fetch(this.apiUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [INTERNAL_AUTH_HEADER]: signature,
          ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
        },
        body,
        signal: AbortSignal.timeout(IDENTITY_TIMEOUT_MS),
      });
    } catch (error) {
      this.options.log.warn({ err: error }, 'identity unreachable for a subdomain lookup');
      throw requestError('Tenants cannot be looked up right now; retry shortly.', 'SERVICE_UNAVAILABLE', 503);
    }
    if (!res.ok) {
      this.options.log.error({ status: res.status }, 'identity refused the router a subdomain lookup');
      throw requestError('Tenants cannot be looked up right now; retry shortly.', 'SERVICE_UNAVAILABLE', 503);
    }
    const answer = (await res.json()) as { tenantId?: unknown };
    return typeof answer.tenantId === 'string' ? answer.tenantId : null;
  }

  /** Keeps the cache bounded: drops expired answers, then the oldest settled ones. */
  private prune(now: number): void {
    if (this.cache.size <= CACHE_MAX_ENTRIES) return;
    for (const [key, entry] of this.cache) if (entry.until <= now) this.cache.delete(key);
    for (const [key, entry] of this.cache) {
      if (this.cache.size <= CACHE_MAX_ENTRIES) return;
      if (entry.until !== Infinity) this.cache.delete(key);
    }
  }
}
