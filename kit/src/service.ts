import type { Viewer } from './auth';
import { AppError, ErrorCode, type UserError } from './errors';
import type { Logger } from './logger';
import { isUniqueViolation, type Em } from './orm';
import type { PubSub } from './pubsub';

/** Where services read the time: tests replace it (a fixed or stepping clock) instead of sleeping. */
export interface Clock {
  now(): Date;
}

/** The process clock. */
export const systemClock: Clock = { now: () => new Date() };

/**
 * What every service method receives, as its first argument, the same way in every subgraph:
 * resolvers pass `ctx.deps` (built once per request by the kit's context), background work passes
 * `deps.serviceDeps()` from its `start(deps)` hook. `C` is the subgraph's parsed configuration
 * (the shared subgraph settings plus its own, see `SubgraphDefinition.config`), `L` its loader set.
 */
export interface ServiceDeps<C = unknown, L = unknown> {
  /** The request's unit of work: an ORM fork scoped to the viewer's tenant (unscoped for background work). */
  em: Em;
  /** The request's DataLoader set over `em` (the definition's `loaders(em)`). */
  loaders: L;
  /** Who is asking; null for anonymous requests and background work. */
  viewer: Viewer | null;
  pubsub: PubSub;
  clock: Clock;
  log: Logger;
  config: C;
  /**
   * A new unit of work for the same viewer: a fresh ORM fork, scoped like this one, with fresh loaders.
   * For reads that must not see this request's cache (a live feed's next snapshot, a membership
   * re-check) and for writes that must not share its flush.
   */
  fork(): ServiceDeps<C, L>;
}

/** A mutation payload `{ <field>: value, errors: [] }` on success, or `{ errors }` (fields null) on failure. */
export type Payload<T extends object> = (T & { errors: [] }) | ({ [K in keyof T]?: null } & { errors: UserError[] });

/** A payload that cannot fail (its data fields are non-null in the SDL): what `ok()` returns. */
export type Ok<T extends object> = T & { errors: [] };

/** A successful payload: `ok({ task })` is `{ task, errors: [] }`. */
export function ok<T extends object>(data: T): Ok<T> {
  return { ...data, errors: [] };
}

/** A refused payload: the errors, and every data field null (GraphQL reads an absent field as null). */
export function fail(errors: UserError | readonly UserError[]): { errors: UserError[] } {
  return { errors: Array.isArray(errors) ? [...(errors as UserError[])] : [errors as UserError] };
}

/**
 * Flushes `em`; a unique-key violation (a duplicate, or a concurrent insert that won the race) comes
 * back as one CONFLICT user error on `field` with `message`, on SQLite and MySQL/MariaDB alike, and
 * the unit of work is cleared so nothing of the refused change is written by a later flush. Returns
 * `[]` when the flush succeeded; any other error is thrown.
 */
export async function flushOrConflict(em: Em, field: string | null, message: string): Promise<UserError[]> {
  try {
    await em.flush();
    return [];
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    em.clear();
    return [{ field, message, code: ErrorCode.CONFLICT }];
  }
}

/** {@link flushOrConflict} for operations without a payload: the violation is thrown as a CONFLICT GraphQL error. */
export async function flushOrThrowConflict(em: Em, message: string): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    em.clear();
    throw new AppError(ErrorCode.CONFLICT, message);
  }
}

/**
 * One resource per started subgraph — a provider client, a pool — made from the parsed configuration
 * on first use and closed by the subgraph's `start` hook on shutdown. Keyed by the configuration
 * object, so two subgraphs started in one process (the tests start several stacks) never share one,
 * and nothing lives in module state between starts.
 *
 *   const clients = new PerStart((config: GitHubConfig, log) => new GitHubClient({ ... }), (c) => c.close());
 *   clients.get(ctx.deps)                      // in a service
 *   start: ({ config }) => ({ stop: () => clients.close(config) })
 */
export class PerStart<C extends object, T> {
  private readonly made = new WeakMap<C, T>();

  constructor(
    private readonly make: (config: C, log: Logger) => T,
    private readonly end: (value: T) => Promise<void> | void,
  ) {}

  get(deps: { config: C; log: Logger }): T {
    let value = this.made.get(deps.config);
    if (value === undefined) {
      value = this.make(deps.config, deps.log);
      this.made.set(deps.config, value);
    }
    return value;
  }

  /** Ends the resource of `config`, if one was made. */
  async close(config: C): Promise<void> {
    const value = this.made.get(config);
    this.made.delete(config);
    if (value !== undefined) await this.end(value);
  }
}
