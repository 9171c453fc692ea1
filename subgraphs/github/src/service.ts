import { badInput, paginateInMemory, PerStart, type Connection, type PageArgs } from '../../../kit';
import { GitHubClient, LANGUAGE, MAX_TRENDING, USERNAME, type Period, type RateLimit, type Repository } from './client';
import type { GitHubConfig } from './config';
import type { GitHubDeps } from './context';
import type { ActivityEvent, EventKind } from './events';

export type EventConnection = Connection<ActivityEvent> & { stale: boolean };
export type RepositoryConnection = Connection<Repository> & { stale: boolean; matching: number };

/**
 * The github subgraph's rules: inputs checked before GitHub is asked, lists paged over what GitHub
 * returned. One GitHubClient per started subgraph (per parsed configuration), closed on shutdown.
 */
export class GitHubService {
  private readonly clients = new PerStart(
    (config: GitHubConfig, log) =>
      new GitHubClient({
        baseUrl: config.GITHUB_API_URL,
        token: config.GITHUB_TOKEN,
        log,
        cacheTtlMs: config.GITHUB_CACHE_TTL_SECONDS * 1000,
        timeoutMs: config.GITHUB_TIMEOUT_MS,
        retries: config.GITHUB_RETRIES,
        breakerOpenMs: config.GITHUB_BREAKER_OPEN_MS,
        redisUrl: config.REDIS_URL,
        keyPrefix: config.REDIS_KEY_PREFIX,
      }),
    (client) => client.close(),
  );

  clientFor(deps: Pick<GitHubDeps, 'config' | 'log'>): GitHubClient {
    return this.clients.get(deps);
  }

  /** Closes the client of this configuration, if one was made. */
  close(config: GitHubConfig): Promise<void> {
    return this.clients.close(config);
  }

  async activity(deps: GitHubDeps, args: PageArgs & { user: string; kinds?: readonly EventKind[] | null }): Promise<EventConnection> {
    const user = args.user.trim();
    if (!USERNAME.test(user))
      throw badInput('user must be a GitHub user name: letters, digits and single hyphens, at most 39 characters.', 'user');
    if (args.kinds && args.kinds.length > 13) throw badInput('kinds lists each kind at most once.', 'kinds');
    // `after` and `first` are checked before GitHub is asked (a bad cursor costs no rate limit).
    paginateInMemory([], args, 'GitHubEvent');
    const { events, stale } = await this.clientFor(deps).activity(user);
    const wanted = args.kinds?.length ? new Set(args.kinds) : null;
    const page = paginateInMemory(wanted ? events.filter((e) => wanted.has(e.kind)) : events, args, 'GitHubEvent');
    return { ...page, stale };
  }

  async trending(
    deps: GitHubDeps,
    args: PageArgs & { period?: Period | null; language?: string | null; limit?: number | null },
  ): Promise<RepositoryConnection> {
    const limit = args.limit ?? 10;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_TRENDING) throw badInput(`limit must be from 1 to ${MAX_TRENDING}.`, 'limit');
    const language = args.language?.trim() || undefined;
    if (language !== undefined && !LANGUAGE.test(language)) {
      throw badInput('language must be 1 to 30 letters, digits, spaces or + # . _ - (e.g. TypeScript, c++).', 'language');
    }
    const pageArgs = { first: args.first ?? limit, after: args.after };
    paginateInMemory([], pageArgs, 'GitHubRepository'); // the cursor, checked before GitHub is asked
    const { repositories, totalCount, stale } = await this.clientFor(deps).trending(args.period ?? 'WEEK', language, limit);
    const page = paginateInMemory(repositories, pageArgs, 'GitHubRepository');
    return { ...page, stale, matching: totalCount };
  }

  status(deps: GitHubDeps): { provider: ReturnType<GitHubClient['status']>; rateLimit: RateLimit | null } {
    const client = this.clientFor(deps);
    return { provider: client.status(), rateLimit: client.rateLimit() };
  }
}
