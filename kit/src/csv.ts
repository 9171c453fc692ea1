/**
 * CSV writing per RFC 4180 (finance exports and banking statements): cells joined by commas, records ended by CRLF, a cell holding a comma, a
 * double quote, CR or LF wrapped in double quotes with inner quotes doubled. Cells a spreadsheet would
 * run as a formula (starting with `=`, `+`, `-`, `@`, a tab or CR; OWASP's CSV injection advice) get a
 * leading `'` so they are shown as text.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell, neutralised and quoted as needed. */
export function csvCell(value: string | number | null | undefined): string {
  if (value == null) return '';
  // Numbers are ours (amounts, possibly negative, which a spreadsheet reads as numbers); strings come from users.
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole document: the header then the rows, each record ended by CRLF. */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}
