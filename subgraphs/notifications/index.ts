import { loadSubgraphSchema, type Orm, type SubgraphDefinition, type SubgraphDeps } from '../../kit';
import { migrations } from './migrations';
import { loadNotificationsConfig } from './src/config';
import { createLoaders, type NotificationsLoaders } from './src/context';
import { entities } from './src/entities';
import { createInboxConsumer } from './src/inbox';
import { createSmtpSender, NotificationMailer } from './src/mailer';
import { createResolvers } from './src/resolvers';
import { NotificationService } from './src/service';

/** How often stale e-mail copies are retried when no new events arrive to trigger it. */
const EMAIL_SWEEP_MS = 15_000;

/** One mailer per running subgraph (keyed by its ORM), shared by the consumer and the retry job. */
const mailers = new WeakMap<Orm, NotificationMailer>();
function mailerFor({ orm, log, config: shared, env }: SubgraphDeps): NotificationMailer {
  let mailer = mailers.get(orm);
  if (!mailer) {
    const config = loadNotificationsConfig(shared, env);
    if (!config.SMTP_URL) log.info('SMTP_URL is not set: e-mail notifications are skipped');
    mailer = new NotificationMailer(orm, createSmtpSender(config), log);
    mailers.set(orm, mailer);
  }
  return mailer;
}

/**
 * notifications: domain events of every subgraph become per-user notifications, a live inbox, read
 * state and per-kind, per-channel preferences, with an e-mail channel over SMTP (catalogue #33).
 */
export const notifications: SubgraphDefinition<NotificationsLoaders> = {
  name: 'notifications',
  defaultPort: 4006,
  wiring: {
    summary:
      'domain events from other subgraphs become per-user notifications: live inbox, read state, preferences, e-mail over SMTP',
    catalogue: '33',
    codegen: {
      contextType: '../context#NotificationsContext',
      mappers: {
        Notification: '../service#NotificationView',
        NotificationPreference: '../service#PreferenceView',
        User: '../context#UserRef',
      },
    },
  },
  typeDefs: loadSubgraphSchema('notifications'),
  resolvers: createResolvers(new NotificationService()),
  entities,
  migrations,
  loaders: createLoaders,
  consumers: (deps) => [createInboxConsumer({ pubsub: deps.pubsub, mailer: mailerFor(deps), log: deps.log })],
  jobs: (deps) => {
    const mailer = mailerFor(deps);
    const sweep = setInterval(() => {
      mailer.retryStale().catch((err) => deps.log.debug({ err: String(err) }, 'e-mail retry sweep failed'));
    }, EMAIL_SWEEP_MS);
    sweep.unref();
    return async () => {
      clearInterval(sweep);
      mailer.close();
    };
  },
};
