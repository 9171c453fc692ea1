import {
  createStorage,
  loadSubgraphSchema,
  startSweep,
  storageEnvSchema,
  urlSigner,
  type Started,
  type SubgraphDefinition,
  type SubgraphDeps,
  type UrlSigner,
} from '../../kit';
import { migrations } from './migrations';
import { createAccessChangeRelay } from './src/access-changes';
import { loadIdentityConfig, type IdentityConfig } from './src/config';
import { createLoaders, type IdentityLoaders } from './src/context';
import { entities } from './src/entities';
import { KeyStore } from './src/keys';
import { MailQueue, createMailer } from './src/mail';
import { AccountRecovery } from './src/recovery';
import { TenantInvitations } from './src/invitations';
import { createPlanLimitsConsumer, TenantService } from './src/tenants';
import { TenantDeletions } from './src/tenant-deletion';
import { createDeletionResolvers } from './src/tenant-deletion-resolvers';
import { createAuditConsumer } from './src/audit-log';
import { createResolvers } from './src/resolvers';
import { seed } from './src/seed';
import { OAuthService } from './src/oauth/service';
import { IdentityService } from './src/service';
import { RefreshSessions } from './src/sessions';
import { sessionApiRoutes } from './src/session-api';
import { Throttle } from './src/throttle';
import { DatabaseSessionStore, RedisSessionStore, WebSessions } from './src/websessions';

/** How often expired cookie sessions are deleted from the database store. */
const SESSION_PURGE_INTERVAL_MS = 10 * 60_000;

/**
 * Builds the identity subgraph: accounts, passwords, sessions (refresh tokens and cookie sessions),
 * access tokens and their JWKS, password reset and e-mail verification (catalogue #24–#28, #55). Each call owns its
 * services (key cache, mail queue), so two definitions never share state.
 */
export function createIdentity(): SubgraphDefinition<IdentityLoaders, IdentityConfig> {
  const keys = new KeyStore();
  const sessions = new RefreshSessions();
  const webSessions = new WebSessions();
  const recovery = new AccountRecovery(sessions, new Throttle(), webSessions);
  const tenants = new TenantService();
  const invitations = new TenantInvitations(new Throttle());
  const service = new IdentityService(keys, sessions, webSessions, tenants, undefined, invitations);
  const oauth = new OAuthService(service, new Throttle());
  const deletions = new TenantDeletions();

  /**
   * Lifecycle: parses identity's own settings (the kit passes them in `deps.config`, so a bad SMTP_URL
   * fails the start with every problem listed), wires the mailer and the cookie-session store, and
   * purges expired database sessions now and then (Redis expires its keys itself). On shutdown, mails
   * queued by the last requests are handed to the SMTP server and the session store closed, before
   * the database closes.
   */
  const start = ({ orm, pubsub, log, config, clock, env }: SubgraphDeps<IdentityConfig>): Started => {
    let exportSigner: UrlSigner | undefined;
    deletions.configure({
      storage: createStorage(storageEnvSchema.parse(env), config.DATA_DIR),
      signer: () => (exportSigner ??= urlSigner(config, 'tenant-export-download')),
      expected: config.TENANT_DATA_SUBGRAPHS?.split(',').filter(Boolean) ?? null,
      retentionMs: config.TENANT_EXPORT_RETENTION_DAYS * 86_400_000,
      clock,
      log,
    });
    const mail = new MailQueue(createMailer(config, log), log);
    recovery.configure({ config, mail });
    invitations.configure({ config, mail });
    oauth.configure(config);
    if (!config.SMTP_URL) log.warn('SMTP_URL is not set: account mails are not delivered (see the identity README)');
    const store =
      config.SESSION_STORE === 'redis'
        ? new RedisSessionStore(config.REDIS_URL!, config.REDIS_KEY_PREFIX, config.SESSION_ABSOLUTE_TIMEOUT_SECONDS * 1000, log, clock)
        : new DatabaseSessionStore(clock);
    webSessions.configure(
      orm.em,
      {
        idleMs: config.SESSION_IDLE_TIMEOUT_SECONDS * 1000,
        absoluteMs: config.SESSION_ABSOLUTE_TIMEOUT_SECONDS * 1000,
        resolveCacheMs: config.SESSION_RESOLVE_CACHE_MS,
      },
      store,
      clock,
    );
    const purge = setInterval(() => {
      store.purgeExpired(orm.em.fork()).catch((err: unknown) => log.warn({ err }, 'purging expired cookie sessions failed'));
    }, SESSION_PURGE_INTERVAL_MS);
    purge.unref();
    const expiredExports = startSweep({
      name: 'expired tenant export sweep',
      everyMs: config.TENANT_EXPORT_SWEEP_MS,
      run: () => deletions.expireArchives(orm.em.fork()),
      log,
    });
    return {
      consumers: [createAccessChangeRelay(pubsub), createAuditConsumer(log), deletions.consumer(), createPlanLimitsConsumer()],
      stop: async () => {
        clearInterval(purge);
        await expiredExports?.stop();
        await mail.close();
        await store.close();
      },
    };
  };

  return {
    name: 'identity',
    defaultPort: 4001,
    wiring: {
      summary:
        'accounts, argon2id passwords with brute-force limits, ES256 access tokens and JWKS with key rotation, rotating refresh tokens with reuse detection, cookie sessions, logout, password reset and e-mail verification over SMTP, OAuth log-in (Google, GitHub, Facebook), global roles with grant/revoke, tenants with memberships and per-tenant roles',
      catalogue: '24, 25, 26, 27, 28, part of 55',
      publicPaths: ['/files/identity/'],
      codegen: {
        contextType: '../context#IdentityContext',
        mappers: {
          User: '../entities#UserRow',
          Tenant: '../entities#TenantRow',
          Membership: '../entities#MembershipRow',
          TenantInvitation: '../entities#TenantInvitationRow',
          AuditEntry: '../entities#AuditEntryRow',
          TenantDeletion: '../entities#TenantDeletionRow',
          LinkedAccount: '../oauth/entities#OAuthIdentityRow',
          ErrorGroup: '../context#ErrorGroupRow',
        },
      },
    },
    typeDefs: loadSubgraphSchema('identity'),
    resolvers: createDeletionResolvers(createResolvers(service, recovery, undefined, oauth, tenants, invitations), deletions),
    entities,
    migrations,
    loaders: createLoaders,
    seed,
    config: loadIdentityConfig,
    start,
    routes: (deps) => {
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
        deletions.downloadRoute(() => deps.orm.em.fork()),
        ...sessionApiRoutes({
          orm: deps.orm,
          log: deps.log,
          routerKeys: deps.routerKeys,
          service,
          sessions: webSessions,
          tenants,
          config: deps.config,
        }),
      ];
    },
  };
}

/** The identity subgraph as `npm start`, `npm run serve` and the tests run it. */
export const identity: SubgraphDefinition<IdentityLoaders, IdentityConfig> = createIdentity();
