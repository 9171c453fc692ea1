/**
 * Money on the command line: amounts typed as decimals ("20", "12.5", "1,234.56") become integer minor
 * units of the currency (cents for USD, none for JPY), never floats; amounts are shown the way the
 * roadmap.sh spec does ("$20", "$12.50").
 */
import { UsageError } from '../lib';

/** The most one expense or budget may be: 10 million in major units of a two-decimal currency (as finance allows). */
export const MAX_MINOR = 1_000_000_000;

/** The decimal places of `currency` (2 for USD and EUR, 0 for JPY), or a UsageError when it is no ISO 4217 code. */
export function currencyDigits(currency: string): number {
  if (!/^[A-Z]{3}$/.test(currency) || !Intl.supportedValuesOf('currency').includes(currency)) {
    throw new UsageError(`--currency must be a three-letter ISO 4217 code such as USD or EUR; got "${currency}"`);
  }
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** "20.5" USD → 2050. A UsageError names `what` when the text is no positive amount with at most the currency's decimals. */
export function parseAmount(text: string, currency: string, what = '--amount'): number {
  const digits = currencyDigits(currency);
  const plain = text.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  const match = /^(\d{1,10})(?:\.(\d+))?$/.exec(plain);
  if (!match) throw new UsageError(`${what} must be a positive amount such as 20 or 12.50; got "${text}"`);
  const [, whole = '0', fraction = ''] = match;
  if (fraction.length > digits)
    throw new UsageError(`${what} has more than ${digits} decimal place${digits === 1 ? '' : 's'} for ${currency}; got "${text}"`);
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || 0);
  if (minor <= 0) throw new UsageError(`${what} must be greater than zero`);
  if (minor > MAX_MINOR) throw new UsageError(`${what} is too large (at most ${formatMoney(MAX_MINOR, currency)})`);
  return minor;
}

/** 2000 USD → "$20"; 1250 → "$12.50"; whole amounts without decimals, as the spec prints them. */
export function formatMoney(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  const value = minor / 10 ** digits;
  const whole = minor % 10 ** digits === 0;
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    minimumFractionDigits: whole ? 0 : digits,
    maximumFractionDigits: digits,
  }).format(value);
}
