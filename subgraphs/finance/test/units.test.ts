import { csvCell, toCsv } from '../../../kit';
import { addMonths, isDay, isMonth, monthsFrom } from '../src/dates';
import { amountProblem, normaliseCurrency } from '../src/money';
import { formatMoney } from '../src/service';

describe('finance units: CSV, money, dates', () => {
  it('quotes per RFC 4180 and neutralises formula cells', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvCell(`${start}1+1`).startsWith(`'${start}`) || csvCell(`${start}1+1`).startsWith(`"'${start}`)).toBe(true);
    expect(csvCell('=A1,B1')).toBe(`"'=A1,B1"`);
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell(null)).toBe('');
    expect(csvCell(1999)).toBe('1999');
    expect(toCsv(['a', 'b'], [['1', null]])).toBe('a,b\r\n1,\r\n');
  });

  it('accepts only whole positive minor units up to the cap, and real ISO 4217 codes', () => {
    expect(amountProblem(1)).toBeNull();
    expect(amountProblem(1_000_000_000)).toBeNull();
    for (const bad of [0, -1, 0.5, 1_000_000_001, Number.NaN, Number.POSITIVE_INFINITY]) expect(amountProblem(bad)).not.toBeNull();
    expect(normaliseCurrency(' usd ')).toBe('USD');
    expect(normaliseCurrency('JPY')).toBe('JPY');
    for (const bad of ['EU', 'EURO', 'XYZ', '€', '']) expect(normaliseCurrency(bad)).toBeNull();
    expect(formatMoney(10001, 'EUR')).toBe('100.01 EUR');
    expect(formatMoney(500, 'JPY')).toBe('500 JPY');
    expect(formatMoney(1234, 'KWD')).toBe('1.234 KWD');
  });

  it('knows real calendar days and months, and month arithmetic', () => {
    expect(isDay('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-01', '1969-12-31', '2200-01-01', '2026-04-31']) expect(isDay(bad)).toBe(false);
    expect(isMonth('2026-12')).toBe(true);
    expect(isMonth('2026-00')).toBe(false);
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(monthsFrom('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });
});
