import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DriverException } from '@mikro-orm/core';

/** The `extensions.code` values clients can rely on. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  /** An idempotency key was sent again with other parameters (kit/src/idempotency.ts). */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  /** The thing is not in a state that allows this operation (a state machine's illegal transition). */
  INVALID_STATE: 'INVALID_STATE',
  /** A payment was declined by the card issuer or the processor. */
  CARD_DECLINED: 'CARD_DECLINED',
  /** The tenant's plan allows no more of this (members); a bigger plan does. */
  QUOTA_EXCEEDED: 'QUOTA_EXCEEDED',
  /** A service this one depends on (an outside provider) cannot answer now; retry later. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An expected failure that reaches the client with its message and code. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'AppError';
  }
}

export const badInput = (message: string, field?: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
export const unauthenticated = (message = 'You must be signed in to do this.') => new AppError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'You are not allowed to do this.') => new AppError(ErrorCode.FORBIDDEN, message);
export const notFound = (what: string, id?: string) =>
  new AppError(ErrorCode.NOT_FOUND, id ? `${what} ${id} was not found.` : `${what} was not found.`);
export const conflict = (message: string) => new AppError(ErrorCode.CONFLICT, message);

/** One problem with one input field, returned as data in a mutation payload's `errors`. */
export interface UserError {
  field: string | null;
  message: string;
  code: Exclude<ErrorCode, 'INTERNAL_SERVER_ERROR' | 'SERVICE_UNAVAILABLE'>;
}

/**
 * Whether `error` came from the database driver. Its message holds the SQL statement, and MikroORM
 * inlines parameters into it, so it names other columns' values (owner and tenant ids): it never
 * reaches a client, in any mode.
 */
export function isDatabaseError(error: unknown): boolean {
  if (error instanceof DriverException) return true;
  // A driver error that escaped MikroORM's wrapping (mysql2 and libsql attach the statement).
  return error instanceof Error && ('sql' in error || 'sqlMessage' in error);
}

const DATABASE_ERROR_MESSAGE = 'The database could not complete this request. It has been logged with the request id.';
const UNEXPECTED_ERROR_MESSAGE = 'Unexpected error. It has been logged; please retry or contact support with the request id.';

/**
 * Builds the `formatError` hook shared by the router and every subgraph: known GraphQL errors pass
 * through; a database error becomes INTERNAL_SERVER_ERROR with a generic message in every mode; any
 * other unexpected error is, in production, reduced to a generic INTERNAL_SERVER_ERROR without
 * message details or stack. The caller's plugin logs the details with the request id
 * (`unexpectedErrorPlugin`). A literal that a scalar or a kit rule refused as BAD_USER_INPUT keeps that
 * code, which Apollo replaces with GRAPHQL_VALIDATION_FAILED, so that a bad value is the same error
 * whether it came as a literal or in a variable.
 */
export function createErrorFormatter(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isDatabaseError(original)) {
      return {
        message: DATABASE_ERROR_MESSAGE,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
      };
    }
    const code = formatted.extensions?.code;
    const known = original instanceof GraphQLError || (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR');
    if (known) {
      if (code === 'GRAPHQL_VALIDATION_FAILED' && refusedInput(original)) {
        formatted = { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT } };
      }
      // Request-level errors (no path: parse, validation, variables, CSRF) carry only graphql-js and
      // Apollo internals in their stack; it helps nobody, so it is dropped in every mode.
      if (!production && formatted.path) return formatted;
      const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (!production) return formatted;
    return {
      message: UNEXPECTED_ERROR_MESSAGE,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** A validation error whose cause is a value refused as BAD_USER_INPUT (a scalar's parseLiteral, a kit rule). */
function refusedInput(error: unknown): boolean {
  const cause = error instanceof GraphQLError ? error.originalError : undefined;
  return cause instanceof GraphQLError && cause.extensions?.code === ErrorCode.BAD_USER_INPUT;
}

/** A BAD_USER_INPUT problem with one field, for a mutation payload. */
export const fieldError = (field: string | null, message: string): UserError => ({
  field,
  message,
  code: ErrorCode.BAD_USER_INPUT,
});

/** A CONFLICT problem with one field (a duplicate), for a mutation payload. */
export const conflictError = (field: string | null, message: string): UserError => ({
  field,
  message,
  code: ErrorCode.CONFLICT,
});
