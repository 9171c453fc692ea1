import { badInput, DateTimeScalar } from '../../../kit';
import type { CounterService, CounterView } from './counters';
import type { Resolvers } from './generated/resolvers';
import { convert, listUnits, UnitError, type ConversionResult } from './units';

/** A conversion, its refusal as BAD_USER_INPUT naming the argument. */
function convertOrRefuse(value: number, from: string, to: string, precision: number): ConversionResult {
  try {
    return convert(value, from, to, precision);
  } catch (error) {
    if (error instanceof UnitError) throw badInput(error.message, error.field);
    throw error;
  }
}

/** basics' resolvers: one line each onto {@link CounterService} (with `ctx.deps`) and the pure unit conversion. */
export function createResolvers(counters: CounterService): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      convertUnits: (_, { value, from, to, precision }) => convertOrRefuse(value, from, to, precision ?? 6),
      units: (_, { dimension }) => listUnits(dimension),
      counter: (_, { name }, ctx) => counters.get(ctx.deps, name),
    },
    Mutation: {
      incrementCounter: (_, { name, by }, ctx) => counters.increment(ctx.deps, name, by ?? 1),
      decrementCounter: (_, { name, by }, ctx) => counters.decrement(ctx.deps, name, by ?? 1),
      resetCounter: (_, { name }, ctx) => counters.reset(ctx.deps, name),
    },
    Subscription: {
      counterChanged: {
        subscribe: (_, { name }, ctx) => counters.watch(ctx.deps, name),
        resolve: (payload: CounterView) => payload,
      },
    },
    Counter: {
      __resolveReference: async (ref, ctx) =>
        (await ctx.loaders.counterByName.load(ref.name)) ?? { name: ref.name, value: 0, updatedAt: null },
    },
  };
}
