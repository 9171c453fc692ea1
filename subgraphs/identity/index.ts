import { loadSubgraphSchema, type SubgraphDefinition, type SubgraphDeps } from '../../kit';
import { migrations } from './migrations';
import { loadIdentityConfig } from './src/config';
import { createLoaders, type IdentityLoaders } from './src/context';
import { entities } from './src/entities';
import { KeyStore } from './src/keys';
import { MailQueue, createMailer } from './src/mail';
import { AccountRecovery } from './src/recovery';
import { createResolvers } from './src/resolvers';
import { seed } from './src/seed';
import { IdentityService } from './src/service';
import { RefreshSessions } from './src/sessions';
import { Throttle } from './src/throttle';

/**
 * Builds the identity subgraph: accounts, passwords, sessions (refresh tokens), access tokens and
 * their JWKS, password reset and e-mail verification (catalogue #24–#28, #55). Each call owns its
 * services (key cache, mail queue), so two definitions never share state.
 */
export function createIdentity(): SubgraphDefinition<IdentityLoaders> {
  const keys = new KeyStore();
  const sessions = new RefreshSessions();
  const recovery = new AccountRecovery(sessions, new Throttle());
  let mail: MailQueue | undefined;

  /**
   * Runs when the subgraph starts, before it listens (the kit builds routes once, at start): parses
   * identity's own settings from the environment the kit passes on, so a bad SMTP_URL fails the
   * start with every problem listed, and wires the mailer.
   */
  const start = (deps: SubgraphDeps) => {
    const config = loadIdentityConfig(deps.config, deps.env);
    mail = new MailQueue(createMailer(config, deps.log), deps.log);
    recovery.configure({ config, mail });
    if (!config.SMTP_URL) deps.log.warn('SMTP_URL is not set: account mails are not delivered (see the identity README)');
  };

  return {
    name: 'identity',
    defaultPort: 4001,
    typeDefs: loadSubgraphSchema('identity'),
    resolvers: createResolvers(new IdentityService(keys, sessions), recovery),
    entities,
    migrations,
    loaders: createLoaders,
    seed,
    routes: (deps) => {
      start(deps);
      return [
        {
          method: 'GET',
          path: '/.well-known/jwks.json',
          handler: async (_req, res) => {
            const em = deps.orm.em.fork();
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
      ];
    },
    // Mails queued by the last requests are handed to the SMTP server before the database closes.
    jobs: () => async () => {
      await mail?.close();
    },
  };
}

/** The identity subgraph as `npm start`, `npm run serve` and the tests run it. */
export const identity: SubgraphDefinition<IdentityLoaders> = createIdentity();
