/**
 * The archive format: one storage object per table ("entry"), gzip-compressed and optionally
 * encrypted, holding JSON lines: a header (format, dialect, database, table, DDL, columns), one line
 * per row (an array of cells), and a trailer (row count and SHA-256 of the row lines). An entry can
 * be read on its own, without the manifest.
 */
import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { z } from 'zod';

export const FORMAT = 'hubgraph-db-backup/1';

/** A cell: null, a string or number as it is, bytes as base64, a 64-bit integer beyond 2^53 as a decimal string. */
export type Cell = null | string | number | { b64: string } | { int: string };

export function encodeCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : { int: value.toString() };
  }
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return { b64: Buffer.from(value).toString('base64') };
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

export function decodeCell(cell: Cell): unknown {
  if (cell !== null && typeof cell === 'object') {
    if ('b64' in cell) return Buffer.from(cell.b64, 'base64');
    if ('int' in cell) return BigInt(cell.int);
  }
  return cell;
}

export const entryHeaderSchema = z.object({
  format: z.literal(FORMAT),
  dialect: z.enum(['mysql', 'sqlite']),
  database: z.string(),
  table: z.string(),
  /** Statements that recreate the table (CREATE TABLE, then its indexes and triggers on SQLite). */
  ddl: z.array(z.string()).min(1),
  columns: z.array(z.string()).min(1),
});
export type EntryHeader = z.infer<typeof entryHeaderSchema>;

export const entryTrailerSchema = z.object({
  end: z.literal(true),
  rows: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type EntryTrailer = z.infer<typeof entryTrailerSchema>;

/** SHA-256 over row lines (each JSON line plus "\n"), the same for a backup and for a table read back. */
export class RowHasher {
  private readonly hash: Hash = createHash('sha256');
  rows = 0;
  bytes = 0;

  line(row: unknown[]): string {
    const text = `${JSON.stringify(row.map(encodeCell))}\n`;
    this.hash.update(text);
    this.rows += 1;
    this.bytes += text.length;
    return text;
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/** Object-mode rows in, entry text out (header, rows, trailer); `done` has the count and checksum. */
export class EntryEncoder extends Transform {
  readonly hasher = new RowHasher();
  trailer?: EntryTrailer;
  private pending: string[] = [];
  private pendingBytes = 0;

  constructor(header: EntryHeader) {
    super({ writableObjectMode: true, writableHighWaterMark: 256 });
    this.push(`${JSON.stringify(header)}\n`);
  }

  override _transform(row: unknown[], _enc: BufferEncoding, callback: TransformCallback): void {
    const text = this.hasher.line(row);
    // Rows are batched into ~64 KiB chunks: one push per row costs more than the rest of the pipeline.
    this.pending.push(text);
    this.pendingBytes += text.length;
    if (this.pendingBytes >= 65536) this.flushPending();
    callback();
  }

  private flushPending(): void {
    if (this.pending.length) this.push(this.pending.join(''));
    this.pending = [];
    this.pendingBytes = 0;
  }

  override _flush(callback: TransformCallback): void {
    this.flushPending();
    this.trailer = { end: true, rows: this.hasher.rows, sha256: this.hasher.digest() };
    this.push(`${JSON.stringify(this.trailer)}\n`);
    callback();
  }
}

export class ArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArchiveError';
  }
}

/**
 * Entry text in, objects out: `{ header }` first, then each row as an array of decoded values;
 * checks the header, and at the end
 * that the trailer's count and checksum match the rows read (an {@link ArchiveError} otherwise).
 */
export class EntryDecoder extends Transform {
  header?: EntryHeader;
  trailer?: EntryTrailer;
  private rest = '';
  private readonly hash = createHash('sha256');
  private rows = 0;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(private readonly what: string) {
    super({ readableObjectMode: true, readableHighWaterMark: 256 });
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, callback: TransformCallback): void {
    try {
      const text = this.rest + this.decoder.decode(chunk, { stream: true });
      const lines = text.split('\n');
      this.rest = lines.pop() ?? '';
      for (const line of lines) this.line(line);
      callback();
    } catch (error) {
      callback(error instanceof ArchiveError ? error : new ArchiveError(`${this.what}: ${(error as Error).message}`));
    }
  }

  private line(line: string): void {
    if (this.trailer) throw new ArchiveError(`${this.what}: data after the trailer`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new ArchiveError(`${this.what}: line ${this.rows + 2} is not JSON`);
    }
    if (!this.header) {
      const header = entryHeaderSchema.safeParse(parsed);
      if (!header.success) throw new ArchiveError(`${this.what}: not a ${FORMAT} entry`);
      this.header = header.data;
      // The header is the first object out, so a reader can create the table before any row.
      this.push({ header: header.data });
      return;
    }
    if (Array.isArray(parsed)) {
      if (parsed.length !== this.header.columns.length)
        throw new ArchiveError(`${this.what}: row ${this.rows + 1} has ${parsed.length} cells, not ${this.header.columns.length}`);
      this.hash.update(`${line}\n`);
      this.rows += 1;
      this.push((parsed as Cell[]).map(decodeCell));
      return;
    }
    const trailer = entryTrailerSchema.safeParse(parsed);
    if (!trailer.success) throw new ArchiveError(`${this.what}: line ${this.rows + 2} is neither a row nor the trailer`);
    this.trailer = trailer.data;
  }

  override _flush(callback: TransformCallback): void {
    if (this.rest !== '') return callback(new ArchiveError(`${this.what}: truncated (no newline at the end)`));
    if (!this.header) return callback(new ArchiveError(`${this.what}: empty entry`));
    if (!this.trailer) return callback(new ArchiveError(`${this.what}: truncated (no trailer)`));
    if (this.trailer.rows !== this.rows)
      return callback(new ArchiveError(`${this.what}: ${this.rows} rows, the trailer says ${this.trailer.rows}`));
    if (this.trailer.sha256 !== this.hash.digest('hex')) return callback(new ArchiveError(`${this.what}: checksum mismatch`));
    callback();
  }
}
