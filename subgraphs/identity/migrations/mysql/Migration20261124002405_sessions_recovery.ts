import { Migration } from '@mikro-orm/migrations';

export class Migration20261124002405_sessions_recovery extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`action_tokens\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`token_hash\` varchar(64) not null, \`purpose\` enum('PASSWORD_RESET', 'EMAIL_VERIFICATION') not null, \`user_id\` varchar(36) not null, \`email\` varchar(254) not null, \`expires_at\` datetime(3) not null, \`used_at\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`action_tokens\` add unique \`action_tokens_token_hash_unique\`(\`token_hash\`);`);
    this.addSql(`alter table \`action_tokens\` add index \`action_tokens_user_id_purpose_index\`(\`user_id\`, \`purpose\`);`);

    this.addSql(
      `create table \`rate_limit_hits\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`bucket\` varchar(120) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`rate_limit_hits\` add index \`rate_limit_hits_bucket_created_at_index\`(\`bucket\`, \`created_at\`);`);
    this.addSql(`alter table \`rate_limit_hits\` add index \`rate_limit_hits_created_at_index\`(\`created_at\`);`);

    this.addSql(
      `create table \`refresh_families\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`user_id\` varchar(36) not null, \`expires_at\` datetime(3) not null, \`revoked_at\` datetime(3) null, \`revoked_reason\` enum('LOG_OUT', 'LOG_OUT_EVERYWHERE', 'REUSE_DETECTED', 'PASSWORD_RESET', 'USER_GONE') null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`refresh_families\` add index \`refresh_families_user_id_index\`(\`user_id\`);`);

    this.addSql(
      `create table \`refresh_tokens\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`token_hash\` varchar(64) not null, \`family_id\` varchar(36) not null, \`user_id\` varchar(36) not null, \`parent_id\` varchar(36) null, \`expires_at\` datetime(3) not null, \`used_at\` datetime(3) null, \`replaced_by_id\` varchar(36) null, \`revoked_at\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`refresh_tokens\` add unique \`refresh_tokens_token_hash_unique\`(\`token_hash\`);`);
    this.addSql(`alter table \`refresh_tokens\` add index \`refresh_tokens_family_id_index\`(\`family_id\`);`);
    this.addSql(`alter table \`refresh_tokens\` add index \`refresh_tokens_user_id_index\`(\`user_id\`);`);

    this.addSql(`alter table \`signing_keys\` add \`activated_at\` datetime(3) null;`);
    // Keys from before this migration that still sign are the active ones (there were no next keys then).
    this.addSql(`update \`signing_keys\` set \`activated_at\` = \`created_at\` where \`retired_at\` is null;`);

    this.addSql(`alter table \`users\` add \`email_verified\` tinyint(1) not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`action_tokens\`;`);

    this.addSql(`drop table if exists \`rate_limit_hits\`;`);

    this.addSql(`drop table if exists \`refresh_families\`;`);

    this.addSql(`drop table if exists \`refresh_tokens\`;`);

    this.addSql(`alter table \`signing_keys\` drop column \`activated_at\`;`);

    this.addSql(`alter table \`users\` drop column \`email_verified\`;`);
  }
}
