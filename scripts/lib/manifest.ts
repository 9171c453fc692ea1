import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { print, type DocumentNode } from 'graphql';
import { repoRoot } from '../../kit';
import * as sdk from '../../sdk/src/generated';

export const MANIFEST_PATH = join(repoRoot, 'sdk', 'persisted-documents.json');

/**
 * The SDK's persisted-documents manifest: every generated operation document, printed exactly as
 * HubgraphClient sends it, keyed by its sha256. The router's trusted-documents mode runs only these.
 */
export function buildManifest(): string {
  const entries: [string, string][] = [];
  for (const [name, value] of Object.entries(sdk)) {
    if (!name.endsWith('Document') || typeof value !== 'object' || value === null || (value as DocumentNode).kind !== 'Document') continue;
    const text = print(value as DocumentNode);
    entries.push([createHash('sha256').update(text).digest('hex'), text]);
  }
  entries.sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify(Object.fromEntries(entries), null, 2) + '\n';
}
