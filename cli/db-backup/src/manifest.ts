/** The manifest: one JSON object per backup, written last (a backup without one is incomplete). */
import { z } from 'zod';
import { FORMAT } from './format';

export const tableEntrySchema = z.object({
  name: z.string(),
  rows: z.number().int().min(0),
  /** SHA-256 of the row lines (see format.ts). */
  sha256: z.string(),
  /** The source's change marker (see SourceReader.fingerprint): equal means unchanged. */
  fingerprint: z.string(),
  ddlSha256: z.string(),
  columns: z.array(z.string()),
  orderBy: z.array(z.string()),
  /** Stored size (compressed, encrypted) and the size of the row text. */
  bytes: z.number().int().min(0),
  rawBytes: z.number().int().min(0),
  /** The storage key of the entry, and the backup it belongs to (this one, or an ancestor's for an unchanged table). */
  object: z.string(),
  storedIn: z.string(),
});
export type TableEntry = z.infer<typeof tableEntrySchema>;

export const databaseEntrySchema = z.object({
  name: z.string(),
  dialect: z.enum(['mysql', 'sqlite']),
  tables: z.array(tableEntrySchema),
});
export type DatabaseEntry = z.infer<typeof databaseEntrySchema>;

export const manifestSchema = z.object({
  format: z.literal(FORMAT),
  id: z.string(),
  type: z.enum(['full', 'differential']),
  parent: z.string().optional(),
  startedAt: z.string(),
  finishedAt: z.string(),
  source: z.string(),
  encryption: z
    .object({
      cipher: z.literal('aes-256-gcm'),
      kdf: z.literal('scrypt'),
      N: z.number(),
      r: z.number(),
      p: z.number(),
      salt: z.string(),
      check: z.string(),
    })
    .optional(),
  databases: z.array(databaseEntrySchema),
  totals: z.object({
    databases: z.number(),
    tables: z.number(),
    rows: z.number(),
    /** Bytes stored by this backup (not counting entries it references). */
    bytes: z.number(),
    written: z.number(),
    skipped: z.number(),
  }),
});
export type Manifest = z.infer<typeof manifestSchema>;

export const ID_PATTERN = /^\d{8}T\d{6}\d{3}Z-[0-9a-f]{6}$/;

export function manifestKey(id: string): string {
  return `${id}/manifest.json`;
}

/** A database or table name as one storage key segment (anything outside [A-Za-z0-9_-] as =XX). */
export function keySegment(name: string): string {
  return Buffer.from(name, 'utf8')
    .toString('latin1')
    .replace(/[^A-Za-z0-9_-]/g, (c) => `=${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
