import { randomUUID } from 'node:crypto';
import type { Logger, PubSub } from '../../../kit';
import type { Fleet } from './fleet';

/**
 * Keeping the edge fleets of several cdn replicas in step. Each replica is a point of presence: it
 * runs every distribution's nodes and front door itself (as a CDN runs every site in every PoP), so
 * what changes a fleet must reach all of them. A replica applies a change to its own fleet, then
 * broadcasts it on {@link FLEET_TOPIC} (kit pub/sub: Redis across replicas, memory in one process);
 * the others apply it when it arrives. Purges are request/reply: the sender counts the receivers of
 * its broadcast and waits (at most `timeoutMs`) for each to answer with what it purged, so `purged`
 * and `replicas` describe the whole CDN. A broadcast lost to a Redis outage is repaired for launches
 * and retirements by the reconcile loop (every `CDN_RECONCILE_MS`, the database is the truth); a lost
 * purge is not repaired (entries still expire by their TTL) and shows as `replicas` short of the
 * number running.
 */
export const FLEET_TOPIC = 'cdn:fleet';
const replyTopic = (id: string) => `cdn:fleet:reply:${id}`;

export type FleetCommand =
  | { kind: 'launch' | 'retire'; id: string; from: string }
  | { kind: 'purgeUrl' | 'purgeTag'; id: string; value: string; from: string; reply: string }
  | { kind: 'setOnline'; id: string; index: number; online: boolean; from: string };

interface PurgeReply {
  replica: string;
  purged: number;
}

/** What a purge reached: the responses removed, summed over the replicas that answered in time. */
export interface PurgeReach {
  purged: number;
  replicas: number;
}

export class FleetSync {
  /** This replica's name in broadcasts (its own are skipped when they come back). */
  readonly replica = `cdn-${randomUUID()}`;
  private commands: AsyncIterableIterator<FleetCommand> | undefined;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly fleet: Fleet,
    private readonly pubsub: PubSub,
    /** Starts a stored distribution in this replica's fleet (reads its row). */
    private readonly launch: (id: string) => Promise<void>,
    private readonly timeoutMs: number,
    private readonly log: Logger,
  ) {}

  /** Starts listening for the other replicas' changes; resolves once this replica receives broadcasts. */
  async start(): Promise<void> {
    const commands = this.pubsub.subscribe<FleetCommand>(FLEET_TOPIC);
    this.commands = commands;
    this.loop = (async () => {
      for await (const command of commands) {
        if (command.from === this.replica) continue;
        await this.apply(command).catch((error: unknown) =>
          this.log.warn({ err: String(error), command: command.kind, distribution: command.id }, 'cdn fleet change not applied'),
        );
      }
    })();
    await this.confirmed(FLEET_TOPIC);
  }

  async stop(): Promise<void> {
    await this.commands?.return?.();
    await this.loop;
  }

  /** Tells the other replicas to start (`launch`) or stop (`retire`) a distribution. */
  async announce(kind: 'launch' | 'retire', id: string): Promise<void> {
    await this.pubsub.publish(FLEET_TOPIC, { kind, id, from: this.replica } satisfies FleetCommand);
  }

  async announceOnline(id: string, index: number, online: boolean): Promise<void> {
    await this.pubsub.publish(FLEET_TOPIC, { kind: 'setOnline', id, index, online, from: this.replica } satisfies FleetCommand);
  }

  /**
   * Purges here (`local` is this replica's count), then on every other replica, waiting for their
   * answers: the receivers of the broadcast, less this replica's own listener, are who must answer.
   */
  async purge(kind: 'purgeUrl' | 'purgeTag', id: string, value: string, local: number): Promise<PurgeReach> {
    const reply = randomUUID();
    const answers = this.pubsub.subscribe<PurgeReply>(replyTopic(reply));
    try {
      await this.confirmed(replyTopic(reply));
      const receivers = await this.pubsub.publish(FLEET_TOPIC, { kind, id, value, from: this.replica, reply } satisfies FleetCommand);
      const expected = Math.max(0, receivers - 1);
      const reach: PurgeReach = { purged: local, replicas: 1 };
      if (expected === 0) return reach;
      const deadline = setTimeout(() => void answers.return?.(), this.timeoutMs);
      try {
        for await (const answer of answers) {
          reach.purged += answer.purged;
          reach.replicas++;
          if (reach.replicas - 1 >= expected) break;
        }
      } finally {
        clearTimeout(deadline);
      }
      if (reach.replicas - 1 < expected) {
        this.log.warn(
          { distribution: id, expected: expected + 1, answered: reach.replicas },
          'cdn purge: some replicas did not answer in time',
        );
      }
      return reach;
    } finally {
      await answers.return?.();
    }
  }

  private async apply(command: FleetCommand): Promise<void> {
    switch (command.kind) {
      case 'launch':
        return this.launch(command.id);
      case 'retire':
        return this.fleet.retire(command.id);
      case 'setOnline': {
        const node = this.fleet.get(command.id)?.nodes[command.index];
        if (!node) return;
        if (command.online && !node.online) await node.start();
        else if (!command.online && node.online) await node.stop();
        return;
      }
      case 'purgeUrl':
      case 'purgeTag': {
        const running = this.fleet.get(command.id);
        const purged = running ? (command.kind === 'purgeUrl' ? running.purgeUrl(command.value) : running.purgeTag(command.value)) : 0;
        await this.pubsub.publish(replyTopic(command.reply), { replica: this.replica, purged } satisfies PurgeReply);
        return;
      }
    }
  }

  /** Waits until pub/sub delivers `topic` to this process (Redis confirms a SUBSCRIBE asynchronously). */
  private async confirmed(topic: string): Promise<void> {
    for (let waited = 0; this.pubsub.listeners(topic) === 0; waited += 5) {
      if (waited >= 2_000) throw new Error(`pub/sub did not confirm the subscription to ${topic}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}
