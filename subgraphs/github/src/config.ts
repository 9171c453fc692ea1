import { parseConfig, subgraphEnvSchema, z, type SubgraphConfig } from '../../../kit';

/** The github subgraph's settings: the shared subgraph settings plus the GitHub API's. */
export const githubEnvSchema = subgraphEnvSchema.extend({
  /** The GitHub REST API (tests point it at a loopback server). */
  GITHUB_API_URL: z.string().url().default('https://api.github.com'),
  /** Optional token: 5,000 requests an hour instead of 60, per IP, for the whole subgraph. */
  GITHUB_TOKEN: z.string().min(1).optional(),
  /** How long an answer is served from cache before GitHub is asked again (a 304 costs no rate limit). */
  GITHUB_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /** Whole-call timeout. */
  GITHUB_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(8_000),
  /** Retries of a failed call (backoff with jitter, Retry-After honoured). */
  GITHUB_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  /** How long the breaker stays open after GitHub keeps failing before one trial call. */
  GITHUB_BREAKER_OPEN_MS: z.coerce.number().int().min(100).max(300_000).default(5_000),
});
export type GitHubConfig = z.infer<typeof githubEnvSchema>;

export function loadGitHubConfig(base: SubgraphConfig, env: Record<string, string | undefined>): GitHubConfig {
  return { ...parseConfig(githubEnvSchema, env), ...base };
}
