import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import type { Logger } from '../../kit';
import type { RouterContext } from './context';

/** sha256 (hex) of an operation's text, as automatic persisted queries and the SDK manifest use it. */
export function documentHash(query: string): string {
  return createHash('sha256').update(query).digest('hex');
}

/** A persisted-documents manifest: `{ "<sha256>": "<operation text>" }` (see `npm run sdk:manifest`). */
export function loadManifest(path: string): Map<string, string> {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  const manifest = new Map<string, string>();
  for (const [hash, query] of Object.entries(raw)) {
    if (documentHash(query) !== hash) throw new Error(`Manifest entry ${hash} does not match its operation text.`);
    manifest.set(hash, query);
  }
  return manifest;
}

/**
 * The automatic-persisted-query store on Redis, so a hash registered through one router replica is
 * known to all. Failures read as misses (the client then sends the full query), never as errors.
 */
export class RedisDocumentCache implements KeyValueCache<string> {
  private readonly redis: Redis;
  constructor(
    url: string,
    private readonly prefix: string,
    log: Logger,
  ) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 1 });
    this.redis.on('error', (err) => log.warn({ err: err.message }, 'persisted query cache redis error'));
  }
  async get(key: string): Promise<string | undefined> {
    return (await this.redis.get(this.prefix + key).catch(() => null)) ?? undefined;
  }
  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    const ttl = options?.ttl ?? 86_400;
    await this.redis.set(this.prefix + key, value, 'EX', Math.max(1, Math.round(ttl))).catch(() => undefined);
  }
  async delete(key: string): Promise<boolean> {
    return (await this.redis.del(this.prefix + key).catch(() => 0)) > 0;
  }
  close(): void {
    this.redis.disconnect();
  }
}

/**
 * The SDK's persisted documents: a client may send just `extensions.persistedQuery.sha256Hash` of a
 * manifest operation and the router supplies the text. With `only` (trusted documents, production
 * hardening) any other operation is refused with PERSISTED_QUERY_NOT_ALLOWED before it executes.
 */
export function manifestPlugin(manifest: Map<string, string>, only: boolean): ApolloServerPlugin<RouterContext> {
  return {
    async requestDidStart({ request }) {
      const hash = (request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
      if (!request.query && typeof hash === 'string' && manifest.has(hash)) request.query = manifest.get(hash);
      if (!only) return {};
      // Checked once the operation is resolved: Apollo turns errors thrown here into a 400 answer
      // before anything executes (errors from earlier hooks would surface as 500s).
      return {
        async didResolveOperation({ source }) {
          if (!manifest.has(documentHash(source))) {
            throw new GraphQLError('Only operations from the published client manifest may run on this endpoint.', {
              extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
