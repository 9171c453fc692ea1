import { parseConfig, storageEnvSchema, subgraphEnvSchema, z, type SubgraphConfig } from '../../../kit';

/** The notes subgraph's settings: the shared subgraph settings, the kit's storage ones and its own. */
export const notesEnvSchema = subgraphEnvSchema.extend(storageEnvSchema.shape).extend({
  /** The longest note body, in bytes of UTF-8 (saved as text or uploaded). */
  NOTES_MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10_000_000).default(1_000_000),
  /** The largest attachment, in bytes. */
  NOTES_MAX_ATTACHMENT_BYTES: z.coerce.number().int().min(1024).max(100_000_000).default(10_000_000),
  /** How long a signed upload URL from `requestNoteUpload` stays valid. */
  NOTES_UPLOAD_TTL_SECONDS: z.coerce.number().int().min(10).max(86_400).default(300),
  /** A LanguageTool-compatible server (`POST /v2/check`); unset: the offline checker (nspell + write-good). */
  NOTES_LANGUAGETOOL_URL: z.string().url().optional(),
  /** Whole-call timeout of the LanguageTool client. */
  NOTES_LANGUAGETOOL_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
});
export type NotesConfig = z.infer<typeof notesEnvSchema>;

/** Parses the notes settings from `env`, listing every problem at once; the kit's parsed `base` wins. */
export function loadNotesConfig(base: SubgraphConfig, env: Record<string, string | undefined>): NotesConfig {
  return { ...parseConfig(notesEnvSchema, env), ...base };
}
