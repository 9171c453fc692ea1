import { DateTimeScalar, requireViewer } from '../../../kit';
import { checkName, counterTopic, type CounterService, type CounterView } from './counters';
import type { Resolvers } from './generated/resolvers';
import { convert, listUnits } from './units';

export function createResolvers(counters: CounterService): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      convertUnits: (_, { value, from, to, precision }) => convert(value, from, to, precision ?? 6),
      units: (_, { dimension }) => listUnits(dimension),
      counter: (_, { name }, ctx) => counters.get(ctx, name),
    },
    Mutation: {
      incrementCounter: (_, { name, by }, ctx) => counters.increment(ctx, name, by ?? 1),
      decrementCounter: (_, { name, by }, ctx) => counters.decrement(ctx, name, by ?? 1),
      resetCounter: (_, { name }, ctx) => {
        requireViewer(ctx.viewer);
        return counters.reset(ctx, name);
      },
    },
    Subscription: {
      counterChanged: {
        subscribe: (_, { name }, ctx) => ctx.pubsub.subscribe<CounterView>(counterTopic(checkName(name))),
        resolve: (payload: CounterView) => payload,
      },
    },
    Counter: {
      __resolveReference: async (ref, ctx) =>
        (await ctx.loaders.counterByName.load(ref.name)) ?? { name: ref.name, value: 0, updatedAt: null },
    },
  };
}
