import { isValidIsbn10, isValidIsbn13, normaliseIsbn, toIsbn10 } from '../src/isbn';

describe('library: ISBN check digits and normalisation', () => {
  it('accepts valid ISBN-10s (X as 10) and ISBN-13s (978 and 979), and refuses a wrong check digit', () => {
    expect(isValidIsbn10('0306406152')).toBe(true);
    expect(isValidIsbn10('080442957X')).toBe(true);
    expect(isValidIsbn10('0306406153')).toBe(false);
    expect(isValidIsbn10('X306406152')).toBe(false);
    expect(isValidIsbn13('9780306406157')).toBe(true);
    expect(isValidIsbn13('9791090636071')).toBe(true);
    expect(isValidIsbn13('9780306406158')).toBe(false);
    // Right check digit, but not a Bookland prefix.
    expect(isValidIsbn13('9770306406150')).toBe(false);
  });

  it('normalises to ISBN-13 with the ISBN-10 where one exists', () => {
    expect(normaliseIsbn('0-306-40615-2')).toEqual({ isbn13: '9780306406157', isbn10: '0306406152' });
    expect(normaliseIsbn(' 978 0 306 40615 7 ')).toEqual({ isbn13: '9780306406157', isbn10: '0306406152' });
    expect(normaliseIsbn('080442957x')).toEqual({ isbn13: '9780804429573', isbn10: '080442957X' });
    expect(normaliseIsbn('979-10-90636-07-1')).toEqual({ isbn13: '9791090636071', isbn10: null });
    expect(toIsbn10('9780804429573')).toBe('080442957X');
    for (const bad of ['', '12345', '0306406153', 'ISBN 0306406152', '0306406152 or so', '9'.repeat(41)]) {
      expect(normaliseIsbn(bad)).toBeNull();
    }
  });
});
