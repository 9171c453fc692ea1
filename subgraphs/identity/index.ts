import { loadSubgraphSchema, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { createLoaders, type IdentityLoaders } from './src/context';
import { entities } from './src/entities';
import { KeyStore } from './src/keys';
import { createResolvers } from './src/resolvers';
import { seed } from './src/seed';
import { IdentityService } from './src/service';

const keys = new KeyStore();

/** identity: accounts, passwords, access tokens and their JWKS (catalogue #24–#28, #55). */
export const identity: SubgraphDefinition<IdentityLoaders> = {
  name: 'identity',
  defaultPort: 4001,
  typeDefs: loadSubgraphSchema('identity'),
  resolvers: createResolvers(new IdentityService(keys)),
  entities,
  migrations,
  loaders: createLoaders,
  seed,
  routes: ({ orm }) => [
    {
      method: 'GET',
      path: '/.well-known/jwks.json',
      handler: async (_req, res) => {
        const em = orm.em.fork();
        await keys.ensureKey(em);
        const body = JSON.stringify(await keys.jwks(em));
        res.writeHead(200, {
          'content-type': 'application/jwk-set+json',
          'cache-control': 'public, max-age=300',
          'content-length': Buffer.byteLength(body),
        });
        res.end(body);
      },
    },
  ],
};
