import { defineEntity, p, type InferEntity } from '../../../kit';

/** A named counter; rows exist once a counter first changes. */
export const Counter = defineEntity({
  name: 'Counter',
  tableName: 'counters',
  properties: {
    name: p.string().length(64).primary(),
    value: p.bigint('number'),
    updatedAt: p.datetime(3),
  },
});
export type CounterRow = InferEntity<typeof Counter>;

export const entities = [Counter];
