import { loadSubgraphSchema, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { loadNotificationsConfig, type NotificationsConfig } from './src/config';
import { createLoaders, type NotificationsLoaders } from './src/context';
import { entities } from './src/entities';
import { createInboxConsumer } from './src/inbox';
import { createSmtpSender, NotificationMailer } from './src/mailer';
import { createResolvers } from './src/resolvers';
import { NotificationService } from './src/service';

/** How often stale e-mail copies are retried when no new events arrive to trigger it. */
const EMAIL_SWEEP_MS = 15_000;

/**
 * notifications: domain events of every subgraph become per-user notifications, a live inbox, read
 * state and per-kind, per-channel preferences, with an e-mail channel over SMTP (catalogue #33).
 */
export const notifications: SubgraphDefinition<NotificationsLoaders, NotificationsConfig> = {
  name: 'notifications',
  defaultPort: 4006,
  wiring: {
    summary: 'domain events from other subgraphs become per-user notifications: live inbox, read state, preferences, e-mail over SMTP',
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
  config: loadNotificationsConfig,
  // One mailer per start, shared by the inbox consumer and the retry sweep, closed on shutdown.
  start: ({ orm, pubsub, log, config }) => {
    if (!config.SMTP_URL) log.info('SMTP_URL is not set: e-mail notifications are skipped');
    const mailer = new NotificationMailer(orm, createSmtpSender(config), log);
    const sweep = setInterval(() => {
      mailer.retryStale().catch((err) => log.debug({ err: String(err) }, 'e-mail retry sweep failed'));
    }, EMAIL_SWEEP_MS);
    sweep.unref();
    return {
      consumers: [createInboxConsumer({ pubsub, mailer, log })],
      stop: async () => {
        clearInterval(sweep);
        mailer.close();
      },
    };
  },
};
