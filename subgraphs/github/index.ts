import { loadSubgraphSchema, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { loadGitHubConfig, type GitHubConfig } from './src/config';
import type { GitHubLoaders } from './src/context';
import { createResolvers } from './src/resolvers';
import { GitHubService } from './src/service';

const service = new GitHubService();

/** github: a user's public activity and trending repositories from GitHub's REST API (catalogue #3, #6). */
export const github: SubgraphDefinition<GitHubLoaders, GitHubConfig> = {
  name: 'github',
  defaultPort: 4013,
  wiring: {
    summary:
      "a GitHub user's public activity as sentences, trending repositories by period and language; GitHub's rate limit and breaker state",
    catalogue: '3, 6',
    codegen: {
      contextType: '../context#GitHubContext',
      mappers: {
        GitHubEvent: '../events#ActivityEvent',
        GitHubRepository: '../client#Repository',
        GitHubEventConnection: '../service#EventConnection',
        GitHubRepositoryConnection: '../service#RepositoryConnection',
      },
    },
  },
  typeDefs: loadSubgraphSchema('github'),
  resolvers: createResolvers(service),
  // No rows of its own: only the kit's event tables.
  entities: [],
  migrations,
  loaders: () => ({}),
  config: loadGitHubConfig,
  // The GitHub client (connections, cache) is made on first use; it is closed before the database.
  start: ({ config }) => ({ stop: () => service.close(config) }),
};
