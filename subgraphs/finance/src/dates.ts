/**
 * Calendar days as `YYYY-MM-DD` strings and months as `YYYY-MM`, in UTC. Strings of this shape sort
 * like the dates they name, so the database compares them as text on both engines.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** The earliest and latest day the subgraph accepts (a typo like 0202 or 20255 is refused). */
export const MIN_DAY = '1970-01-01';
export const MAX_DAY = '2199-12-31';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether `text` is a real calendar day between {@link MIN_DAY} and {@link MAX_DAY}. */
export function isDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  return text >= MIN_DAY && text <= MAX_DAY;
}

/** Whether `text` is a month `YYYY-MM` between 1970-01 and 2199-12. */
export function isMonth(text: string): boolean {
  const m = MONTH.exec(text);
  if (!m) return false;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 && text >= '1970-01' && text <= '2199-12';
}

/** The UTC day of an instant. */
export function dayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

function toDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function addDays(day: string, days: number): string {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return dayOf(date);
}

/** `day` moved by `months`, on the same day of the month or the month's last day when shorter. */
export function addMonths(day: string, months: number): string {
  // Callers pass checked YYYY-MM-DD days: the defaults only satisfy the type checker.
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(date, daysInMonth(y, m)))}`;
}

/** Whole months from the month of `from` to the month of `to`. */
export function monthsBetween(from: string, to: string): number {
  const [fy = 0, fm = 1] = from.split('-').map(Number);
  const [ty = 0, tm = 1] = to.split('-').map(Number);
  return ty * 12 + tm - (fy * 12 + fm);
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** First and last day of a month `YYYY-MM`. */
export function monthRange(month: string): { from: string; to: string } {
  const [y = 0, m = 1] = month.split('-').map(Number);
  return { from: `${month}-01`, to: `${month}-${pad(daysInMonth(y, m))}` };
}

/** `month` moved by `months`. */
export function addMonthsToMonth(month: string, months: number): string {
  return addMonths(`${month}-01`, months).slice(0, 7);
}

/** Every month from `from` to `to`, both included. */
export function monthsFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonthsToMonth(m, 1)) out.push(m);
  return out;
}
