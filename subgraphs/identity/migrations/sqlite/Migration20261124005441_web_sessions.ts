import { Migration } from '@mikro-orm/migrations';

export class Migration20261124005441_web_sessions extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`web_sessions\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`token_hash\` text not null, \`user_id\` text not null, \`roles\` text not null, \`idle_expires_at\` datetime not null, \`expires_at\` datetime not null, \`rotated_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`web_sessions_token_hash_unique\` on \`web_sessions\` (\`token_hash\`);`);
    this.addSql(`create index \`web_sessions_user_id_index\` on \`web_sessions\` (\`user_id\`);`);
    this.addSql(`create index \`web_sessions_idle_expires_at_index\` on \`web_sessions\` (\`idle_expires_at\`);`);
  }
}
