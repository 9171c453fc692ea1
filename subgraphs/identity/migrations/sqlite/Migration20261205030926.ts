import { Migration } from '@mikro-orm/migrations';

export class Migration20261205030926 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`tenant_deletions\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`tenant_id\` text not null, \`tenant_name\` text not null, \`requested_by\` text not null, \`status\` text check (\`status\` in ('EXPORTING', 'PURGING', 'DONE')) not null, \`expected\` json not null, \`exports\` json not null, \`purges\` json not null, \`archive_key\` text null, \`archive_bytes\` bigint null, \`archive_sha256\` text null, \`archive_expires_at\` datetime null, \`completed_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`tenant_deletions_tenant_id_unique\` on \`tenant_deletions\` (\`tenant_id\`);`);
    this.addSql(`create index \`tenant_deletions_requested_by_index\` on \`tenant_deletions\` (\`requested_by\`);`);
  }
}
