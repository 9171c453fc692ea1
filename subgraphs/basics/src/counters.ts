import { badInput, requireViewer } from '../../../kit';
import type { Knex } from '@mikro-orm/knex';
import type { BasicsDeps } from './context';
import { Counter } from './entities';

const NAME = /^[a-z0-9][a-z0-9_.-]{0,63}$/;
const INT_MAX = 2 ** 31 - 1;
const INT_MIN = -(2 ** 31);

export interface CounterView {
  name: string;
  value: number;
  updatedAt: Date | null;
}

export function checkName(name: string): string {
  if (!NAME.test(name)) {
    throw badInput('Counter names are 1 to 64 characters: lower-case letters, digits, _, - and . (not first).', 'name');
  }
  return name;
}

function checkStep(by: number): number {
  if (!Number.isInteger(by) || by < 1 || by > 1_000_000) throw badInput('by must be a whole number from 1 to 1,000,000.', 'by');
  return by;
}

export const counterTopic = (name: string) => `counter:${name}`;

/**
 * Counters (catalogue #9). Every change is one atomic upsert (`insert … on conflict/duplicate key
 * update value = value + ?`) inside a transaction that also reads the new value, so concurrent
 * increments never lose an update on SQLite or MySQL. A change that would leave the 32-bit range
 * rolls back with BAD_USER_INPUT. Every method takes the kit's per-request deps first.
 */
export class CounterService {
  async get({ em }: BasicsDeps, name: string): Promise<CounterView> {
    const row = await em.findOne(Counter, { name: checkName(name) });
    return row ?? { name, value: 0, updatedAt: null };
  }

  private async add({ em, pubsub, clock }: BasicsDeps, name: string, delta: number): Promise<CounterView> {
    checkName(name);
    const view = await em.transactional(async (tx) => {
      const knex = tx.getKnex();
      const trx = tx.getTransactionContext<Knex.Transaction>()!;
      const now = clock.now();
      await knex('counters')
        .insert({ name, value: delta, updated_at: now })
        .onConflict('name')
        .merge({ value: knex.raw('?? + ?', ['counters.value', delta]), updated_at: now })
        .transacting(trx);
      const [row] = await knex('counters').select('value').where({ name }).transacting(trx);
      const value = Number(row.value);
      if (value > INT_MAX || value < INT_MIN) throw badInput('The counter would leave the 32-bit integer range.', 'by');
      return { name, value, updatedAt: now };
    });
    await pubsub.publish(counterTopic(name), view);
    return view;
  }

  increment(deps: BasicsDeps, name: string, by: number) {
    return this.add(deps, name, checkStep(by));
  }

  decrement(deps: BasicsDeps, name: string, by: number) {
    return this.add(deps, name, -checkStep(by));
  }

  /** Sets a counter back to 0; needs a signed-in viewer. */
  async reset({ em, pubsub, clock, viewer }: BasicsDeps, name: string): Promise<CounterView> {
    requireViewer(viewer);
    checkName(name);
    const now = clock.now();
    await em.upsert(Counter, { name, value: 0, updatedAt: now });
    const view = { name, value: 0, updatedAt: now };
    await pubsub.publish(counterTopic(name), view);
    return view;
  }

  /** The live feed of one counter's changes (`counterChanged`). */
  watch({ pubsub }: BasicsDeps, name: string): AsyncIterableIterator<CounterView> {
    return pubsub.subscribe<CounterView>(counterTopic(checkName(name)));
  }
}
