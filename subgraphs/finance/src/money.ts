import { fieldError, type UserError } from '../../../kit';

/** The largest amount one expense, budget or recurring expense may carry: 10 million in major units of a 2-decimal currency. */
export const MAX_AMOUNT = 1_000_000_000;

/** The ISO 4217 codes this runtime knows (ICU's list), e.g. EUR, USD, JPY. */
const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** Why `amount` cannot be an amount of money, or null: it must be a whole number of minor units, 1 to {@link MAX_AMOUNT}. */
export function amountProblem(amount: number): string | null {
  if (!Number.isInteger(amount)) return 'must be a whole number of minor units (cents), not a fraction.';
  if (amount <= 0) return 'must be greater than zero.';
  if (amount > MAX_AMOUNT) return `must be at most ${MAX_AMOUNT.toLocaleString('en')} minor units.`;
  return null;
}

/** The upper-case ISO 4217 code, or null when `currency` is not one. */
export function normaliseCurrency(currency: string): string | null {
  const code = currency.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) && CURRENCIES.has(code) ? code : null;
}

/** Appends the errors of an amount and a currency, under `prefix` (e.g. `input.`). */
export function checkMoney(
  errors: UserError[],
  prefix: string,
  amount: number | null | undefined,
  currency: string | null | undefined,
  creating: boolean,
): void {
  if (amount !== undefined || creating) {
    const problem = amount == null ? 'is required.' : amountProblem(amount);
    if (problem) errors.push(fieldError(`${prefix}amount`, `amount ${problem}`));
  }
  if (currency !== undefined || creating) {
    if (currency == null || normaliseCurrency(currency) === null) {
      errors.push(fieldError(`${prefix}currency`, 'currency must be a three-letter ISO 4217 code such as EUR or USD.'));
    }
  }
}
