import { Migration } from '@mikro-orm/migrations';

export class Migration20261205030926 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`tenant_deletions\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`tenant_id\` varchar(36) not null, \`tenant_name\` varchar(80) not null, \`requested_by\` varchar(36) not null, \`status\` enum('EXPORTING', 'PURGING', 'DONE') not null, \`expected\` json not null, \`exports\` json not null, \`purges\` json not null, \`archive_key\` varchar(200) null, \`archive_bytes\` bigint null, \`archive_sha256\` varchar(64) null, \`archive_expires_at\` datetime(3) null, \`completed_at\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`tenant_deletions\` add unique \`tenant_deletions_tenant_id_unique\`(\`tenant_id\`);`);
    this.addSql(`alter table \`tenant_deletions\` add index \`tenant_deletions_requested_by_index\`(\`requested_by\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`tenant_deletions\`;`);
  }
}
