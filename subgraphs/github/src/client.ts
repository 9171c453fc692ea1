/**
 * The GitHub REST client of the github subgraph and of the `github-activity` / `github-trending` CLIs
 * (one code for both): a user's public events and trending repositories, on the kit's outbound client
 * (timeouts, retries with backoff honouring Retry-After, the breaker, a cache with ETag revalidation —
 * a 304 costs no rate limit — and stale answers when GitHub fails). It reads GitHub's rate-limit
 * headers on every answer and refuses locally, without a call, while the limit is used up.
 */
// From the kit's modules rather than kit/index: the CLIs load this file, and the index would bring the
// whole server side (MikroORM, Apollo) into a command that only calls GitHub.
import { createProviderClient, OutboundError, type ProviderAnswer, type ProviderClient } from '../../../kit/src/outbound';
import type { Logger } from '../../../kit/src/logger';
import { parseEvents, toActivity, type ActivityEvent } from './events';

/** GitHub's user names: letters, digits and single inner hyphens, at most 39 characters. */
export const USERNAME = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
/** A language as GitHub's search takes it (TypeScript, c++, c#, "Jupyter Notebook"). */
export const LANGUAGE = /^[A-Za-z0-9+#._ -]{1,30}$/;
/** The most repositories one trending request returns (GitHub's per_page maximum). */
export const MAX_TRENDING = 100;

export const PERIODS = ['DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
export type Period = (typeof PERIODS)[number];
const PERIOD_DAYS: Record<Period, number> = { DAY: 1, WEEK: 7, MONTH: 30, YEAR: 365 };

export interface RateLimit {
  limit: number;
  remaining: number;
  used: number;
  resetAt: Date;
}

export interface Repository {
  fullName: string;
  description: string | null;
  url: string;
  language: string | null;
  stars: number;
  forks: number;
  createdAt: Date;
}

export interface GitHubClientOptions {
  baseUrl: string;
  token?: string;
  log: Logger;
  /** Fresh-cache time; 0 turns the cache off. */
  cacheTtlMs: number;
  timeoutMs?: number;
  retries?: number;
  breakerOpenMs?: number;
  redisUrl?: string;
  keyPrefix?: string;
  /** Tests pass one that records the waits. */
  sleep?: (ms: number) => Promise<void>;
  /** Default: now. */
  now?: () => Date;
}

interface SearchAnswer {
  total_count: number;
  items: {
    full_name: string;
    description: string | null;
    html_url: string;
    language: string | null;
    stargazers_count: number;
    forks_count: number;
    created_at: string;
  }[];
}

function parseSearch(value: unknown): SearchAnswer {
  const answer = value as Partial<SearchAnswer> | null;
  if (!answer || typeof answer.total_count !== 'number' || !Array.isArray(answer.items)) throw new Error('not a search answer');
  for (const item of answer.items) {
    if (typeof item?.full_name !== 'string' || typeof item.stargazers_count !== 'number') throw new Error('not a repository');
  }
  return answer as SearchAnswer;
}

export class GitHubClient {
  private readonly provider: ProviderClient;
  private rate: RateLimit | null = null;
  private readonly now: () => Date;

  constructor(options: GitHubClientOptions) {
    this.now = options.now ?? (() => new Date());
    this.provider = createProviderClient({
      name: 'GitHub',
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      log: options.log,
      timeoutMs: options.timeoutMs ?? 8_000,
      retries: options.retries,
      breaker: options.breakerOpenMs ? { openMs: options.breakerOpenMs } : undefined,
      headers: {
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'user-agent': 'hubgraph-github',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      // The token is the subgraph's own, the same for every caller: answers may be shared.
      cache: options.cacheTtlMs > 0 ? { ttlMs: options.cacheTtlMs, redisUrl: options.redisUrl, keyPrefix: options.keyPrefix } : undefined,
      sleep: options.sleep,
    });
  }

  /** What GitHub last said of the rate limit, or null before the first call. */
  rateLimit(): RateLimit | null {
    return this.rate;
  }

  /** The breaker and call counts of the GitHub provider (for `githubStatus`). */
  status() {
    return this.provider.status();
  }

  /** A user's recent public events (GitHub keeps 90 days, at most 300; one page of 100 here), newest first. */
  async activity(user: string): Promise<{ events: ActivityEvent[]; stale: boolean }> {
    const answer = await this.get(
      `/users/${encodeURIComponent(user)}/events/public`,
      { per_page: 100 },
      parseEvents,
      `GitHub user ${user}`,
    );
    return { events: answer.data.map(toActivity), stale: answer.stale };
  }

  /**
   * The most-starred repositories created in the last day, week, month or year, optionally in one
   * language, through the search API (`created:>DATE`, sorted by stars).
   */
  async trending(
    period: Period,
    language: string | undefined,
    limit: number,
  ): Promise<{ repositories: Repository[]; totalCount: number; stale: boolean }> {
    const since = new Date(this.now().getTime() - PERIOD_DAYS[period] * 86_400_000).toISOString().slice(0, 10);
    const q = `created:>${since}${language ? ` language:"${language}"` : ''}`;
    const answer = await this.get(
      '/search/repositories',
      { q, sort: 'stars', order: 'desc', per_page: Math.min(limit, MAX_TRENDING) },
      parseSearch,
    );
    const repositories = answer.data.items.map((r) => ({
      fullName: r.full_name,
      description: r.description,
      url: r.html_url,
      language: r.language,
      stars: r.stargazers_count,
      forks: r.forks_count,
      createdAt: new Date(r.created_at),
    }));
    return { repositories, totalCount: answer.data.total_count, stale: answer.stale };
  }

  close(): Promise<void> {
    return this.provider.close();
  }

  private async get<T>(
    path: string,
    query: Record<string, string | number>,
    validate: (value: unknown) => T,
    notFound?: string,
  ): Promise<ProviderAnswer<T>> {
    // While GitHub says the limit is used up, refuse here: the call would only be refused there.
    const now = this.now().getTime();
    if (this.rate && this.rate.remaining === 0 && this.rate.resetAt.getTime() > now) {
      throw new OutboundError('GitHub', 'rate_limited', 403, Math.ceil((this.rate.resetAt.getTime() - now) / 1000));
    }
    const answer = await this.provider.get<T | unknown>(path, { query, validate: (v: unknown) => v, notFound, accept: [403] });
    if (answer.cache !== 'hit' && answer.cache !== 'stale') this.record(answer.headers);
    if (answer.status === 403) {
      // GitHub's primary limit (remaining 0, reset given) and its secondary one (Retry-After) are both 403s.
      const retryAfter = Number(answer.headers['retry-after']);
      const reset = this.rate?.remaining === 0 ? Math.ceil((this.rate.resetAt.getTime() - now) / 1000) : undefined;
      if (reset !== undefined || Number.isFinite(retryAfter)) {
        throw new OutboundError('GitHub', 'rate_limited', 403, reset ?? retryAfter);
      }
      throw new OutboundError('GitHub', 'rejected', 403);
    }
    try {
      return { ...answer, data: validate(answer.data) };
    } catch {
      throw new OutboundError('GitHub', 'invalid_answer', answer.status);
    }
  }

  private record(headers: Record<string, string>): void {
    const limit = Number(headers['x-ratelimit-limit']);
    const remaining = Number(headers['x-ratelimit-remaining']);
    const reset = Number(headers['x-ratelimit-reset']);
    if (![limit, remaining, reset].every(Number.isFinite)) return;
    const used = Number(headers['x-ratelimit-used']);
    this.rate = { limit, remaining, used: Number.isFinite(used) ? used : limit - remaining, resetAt: new Date(reset * 1000) };
  }
}
