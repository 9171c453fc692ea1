/**
 * db-backup's settings from the environment, parsed once with the kit's schemas: the MySQL server
 * (MYSQL_URL, MYSQL_PASSWORD, MYSQL_DATABASE_PREFIX), DATA_DIR for SQLite files, the storage
 * (DB_BACKUP_STORAGE_URL and the kit's S3_* settings) and DB_BACKUP_PASSPHRASE.
 */
import { baseEnvSchema, parseConfig, z } from '../../../kit/src/config';
import { storageEnvSchema } from '../../../kit/src/storage';

export const dbBackupEnvSchema = baseEnvSchema.extend(storageEnvSchema.shape).extend({
  /** Where backups go: a directory or s3://bucket/prefix (default <DATA_DIR>/backups). */
  DB_BACKUP_STORAGE_URL: storageEnvSchema.shape.STORAGE_URL,
  /** Encrypts backups (and is needed to restore them); --passphrase-file is the other way to give it. */
  DB_BACKUP_PASSPHRASE: z.string().min(8, 'at least 8 characters').max(1024).optional(),
  /** A file each run appends its log line to (besides stderr). */
  DB_BACKUP_LOG_FILE: z.string().min(1).optional(),
});

export type DbBackupConfig = z.infer<typeof dbBackupEnvSchema>;

export function loadConfig(): DbBackupConfig {
  // The AWS SDK warns on stderr about Node 20 at its first client; a CLI's stderr is for its own messages.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  return parseConfig(dbBackupEnvSchema, process.env);
}
