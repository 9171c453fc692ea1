import { Migration } from '@mikro-orm/migrations';

export class Migration20261124005441_web_sessions extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`web_sessions\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`token_hash\` varchar(64) not null, \`user_id\` varchar(36) not null, \`roles\` varchar(500) not null, \`idle_expires_at\` datetime(3) not null, \`expires_at\` datetime(3) not null, \`rotated_at\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`web_sessions\` add unique \`web_sessions_token_hash_unique\`(\`token_hash\`);`);
    this.addSql(`alter table \`web_sessions\` add index \`web_sessions_user_id_index\`(\`user_id\`);`);
    this.addSql(`alter table \`web_sessions\` add index \`web_sessions_idle_expires_at_index\`(\`idle_expires_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`web_sessions\`;`);
  }
}
