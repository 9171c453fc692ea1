/**
 * What `github-activity` and `github-trending` share: where the data comes from — the supergraph's
 * github subgraph when HUBGRAPH_URL is set, GitHub itself otherwise, through the same client code the
 * subgraph uses (subgraphs/github/src/client.ts) — and one translation of failures into messages.
 */
import { AppError } from '../../kit/src/errors';
import { createLogger } from '../../kit/src/logger';
import { OutboundError } from '../../kit/src/outbound';
import { GitHubClient } from '../../subgraphs/github/src/client';
import { CliError } from '../lib';
import { Supergraph } from '../lib/supergraph';

export type Source = { kind: 'supergraph'; graph: Supergraph } | { kind: 'github'; client: GitHubClient };

export function sourceOf(env: Readonly<Record<string, string | undefined>>): Source {
  if (env.HUBGRAPH_URL) return { kind: 'supergraph', graph: new Supergraph(env.HUBGRAPH_URL, env.HUBGRAPH_TOKEN, { anonymous: true }) };
  const client = new GitHubClient({
    baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
    token: env.GITHUB_TOKEN || undefined,
    log: createLogger('github-cli', 'silent'),
    cacheTtlMs: 0,
    timeoutMs: 10_000,
    retries: 1,
  });
  return { kind: 'github', client };
}

/** A failed GitHub call as the user's error. */
export function explain(error: unknown): never {
  if (error instanceof OutboundError) {
    if (error.reason === 'rate_limited') {
      const wait = error.retryAfterSeconds ? ` for ${Math.ceil(error.retryAfterSeconds / 60)} min` : '';
      throw new CliError(`GitHub's rate limit is used up${wait}`, {
        code: 'RATE_LIMITED',
        hint: 'Set GITHUB_TOKEN for 5,000 requests an hour.',
      });
    }
    throw new CliError(`GitHub is unavailable right now (${error.reason.replace('_', ' ')}); try again later`, { code: 'UNAVAILABLE' });
  }
  if (error instanceof AppError && error.extensions.code === 'NOT_FOUND')
    throw new CliError(error.message.replace(/\.$/, ''), { code: 'NOT_FOUND' });
  throw error;
}

export async function closeSource(source: Source): Promise<void> {
  if (source.kind === 'github') await source.client.close();
}
