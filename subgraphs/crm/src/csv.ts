/** A CSV text that cannot be read, with the record (1-based, the header being 1) where reading stopped. */
export class CsvError extends Error {
  constructor(
    readonly record: number,
    message: string,
  ) {
    super(`Record ${record}: ${message}`);
    this.name = 'CsvError';
  }
}

export interface CsvLimits {
  /** Most records, header included; one more is an error. */
  maxRecords: number;
  /** Most cells in one record. */
  maxCells: number;
}

/**
 * Parses CSV as RFC 4180 describes it, plus what real exports do: a UTF-8 byte-order mark is dropped;
 * records end with CRLF, LF or a lone CR; a cell in double quotes may hold commas, line breaks and
 * doubled quotes (`""` is one `"`); a final line break does not start an empty record. Refused, with
 * the record number: a quote inside an unquoted cell, text after a closing quote, an unterminated
 * quoted cell, and going over the limits.
 */
export function parseCsv(input: string, limits: CsvLimits): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let i = 0;
  const n = text.length;
  let quotedStart = 0;

  const endCell = () => {
    record.push(cell);
    cell = '';
    if (record.length > limits.maxCells) {
      throw new CsvError(records.length + 1, `more than ${limits.maxCells} cells.`);
    }
  };
  const endRecord = () => {
    endCell();
    records.push(record);
    record = [];
    if (records.length > limits.maxRecords) {
      throw new CsvError(records.length, `more than ${limits.maxRecords - 1} data rows.`);
    }
  };

  if (n === 0) return records;
  while (i < n) {
    const ch = text[i];
    if (ch === '"') {
      if (cell.length > 0)
        throw new CsvError(records.length + 1, 'a double quote inside an unquoted cell (quote the whole cell and double the quote).');
      // Quoted cell: read to the closing quote.
      quotedStart = records.length + 1;
      i++;
      for (;;) {
        if (i >= n) throw new CsvError(quotedStart, 'a quoted cell is never closed.');
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += c;
        i++;
      }
      // After the closing quote: a separator, a line break or the end.
      const next = text[i];
      if (i < n && next !== ',' && next !== '\r' && next !== '\n') {
        throw new CsvError(records.length + 1, 'text after the closing quote of a cell.');
      }
      // An empty quoted cell ("") leaves `cell` empty but is still a cell; mark it so endCell runs.
      if (i >= n) break;
      continue;
    }
    if (ch === ',') {
      endCell();
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    cell += ch;
    i++;
  }
  // The last record, unless the text ended with a line break.
  const last = text[n - 1];
  if (last !== '\n' && last !== '\r') endRecord();
  else if (record.length > 0 || cell.length > 0) endRecord();
  return records;
}
