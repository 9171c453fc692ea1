/** Parsers for argument values that throw UsageError naming the argument. */
import { UsageError } from './errors';

/** A finite decimal number ("20", "-3.5", "1e3"); `what` names it in the message. */
export function parseNumber(raw: string, what: string, bounds: { min?: number; max?: number } = {}): number {
  const trimmed = raw.trim();
  const n = Number(trimmed);
  if (trimmed === '' || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed) || !Number.isFinite(n)) {
    throw new UsageError(`${what} must be a number; got "${raw}"`);
  }
  if (bounds.min !== undefined && n < bounds.min) throw new UsageError(`${what} must be at least ${bounds.min}; got ${raw}`);
  if (bounds.max !== undefined && n > bounds.max) throw new UsageError(`${what} must be at most ${bounds.max}; got ${raw}`);
  return n;
}

/** A positive whole-number id ("1", "42"). */
export function parseId(raw: string, what = '<id>'): number {
  if (!/^[1-9]\d{0,9}$/.test(raw.trim())) throw new UsageError(`${what} must be a positive whole number; got "${raw}"`);
  return Number(raw.trim());
}
