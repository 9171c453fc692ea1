/**
 * ISBN checks: ISBN-10 (mod 11, weights 10..1, `X` = 10) and ISBN-13 (mod 10, weights 1,3,1,3…,
 * prefix 978 or 979). Every ISBN is stored as ISBN-13; an ISBN-10 exists only for the 978 prefix.
 */

/** The digits of `text` without hyphens and spaces (upper-case X kept), or null if anything else is in it. */
function compact(text: string): string | null {
  const stripped = text.replace(/[\s-]/g, '').toUpperCase();
  return /^[0-9X]+$/.test(stripped) ? stripped : null;
}

export function isValidIsbn10(isbn: string): boolean {
  if (!/^\d{9}[\dX]$/.test(isbn)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const ch = isbn[i]!;
    sum += (10 - i) * (ch === 'X' ? 10 : Number(ch));
  }
  return sum % 11 === 0;
}

function isbn13CheckDigit(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return String((10 - (sum % 10)) % 10);
}

export function isValidIsbn13(isbn: string): boolean {
  return /^97[89]\d{10}$/.test(isbn) && isbn13CheckDigit(isbn.slice(0, 12)) === isbn[12];
}

/** The ISBN-10 of an ISBN-13 with prefix 978; null for 979 (they have none). */
export function toIsbn10(isbn13: string): string | null {
  if (!isbn13.startsWith('978')) return null;
  const body = isbn13.slice(3, 12);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (10 - i) * Number(body[i]);
  const check = (11 - (sum % 11)) % 11;
  return body + (check === 10 ? 'X' : String(check));
}

/** The ISBN-13 of a valid ISBN-10. */
export function isbn10To13(isbn10: string): string {
  const first12 = `978${isbn10.slice(0, 9)}`;
  return first12 + isbn13CheckDigit(first12);
}

/** `text` as a normalised ISBN-13 (with its ISBN-10 when one exists), or null when it is not a valid ISBN. */
export function normaliseIsbn(text: string): { isbn13: string; isbn10: string | null } | null {
  if (text.length > 40) return null;
  const isbn = compact(text);
  if (!isbn) return null;
  if (isbn.length === 10 && isValidIsbn10(isbn)) return { isbn13: isbn10To13(isbn), isbn10: isbn };
  if (isbn.length === 13 && isValidIsbn13(isbn)) return { isbn13: isbn, isbn10: toIsbn10(isbn) };
  return null;
}
