import { Migration } from '@mikro-orm/migrations';

export class Migration20261124002404_sessions_recovery extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`action_tokens\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`token_hash\` text not null, \`purpose\` text check (\`purpose\` in ('PASSWORD_RESET', 'EMAIL_VERIFICATION')) not null, \`user_id\` text not null, \`email\` text not null, \`expires_at\` datetime not null, \`used_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`action_tokens_token_hash_unique\` on \`action_tokens\` (\`token_hash\`);`);
    this.addSql(`create index \`action_tokens_user_id_purpose_index\` on \`action_tokens\` (\`user_id\`, \`purpose\`);`);

    this.addSql(
      `create table \`rate_limit_hits\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`bucket\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`rate_limit_hits_bucket_created_at_index\` on \`rate_limit_hits\` (\`bucket\`, \`created_at\`);`);
    this.addSql(`create index \`rate_limit_hits_created_at_index\` on \`rate_limit_hits\` (\`created_at\`);`);

    this.addSql(
      `create table \`refresh_families\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` text not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, \`revoked_reason\` text check (\`revoked_reason\` in ('LOG_OUT', 'LOG_OUT_EVERYWHERE', 'REUSE_DETECTED', 'PASSWORD_RESET', 'USER_GONE')) null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`refresh_families_user_id_index\` on \`refresh_families\` (\`user_id\`);`);

    this.addSql(
      `create table \`refresh_tokens\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`token_hash\` text not null, \`family_id\` text not null, \`user_id\` text not null, \`parent_id\` text null, \`expires_at\` datetime not null, \`used_at\` datetime null, \`replaced_by_id\` text null, \`revoked_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`refresh_tokens_token_hash_unique\` on \`refresh_tokens\` (\`token_hash\`);`);
    this.addSql(`create index \`refresh_tokens_family_id_index\` on \`refresh_tokens\` (\`family_id\`);`);
    this.addSql(`create index \`refresh_tokens_user_id_index\` on \`refresh_tokens\` (\`user_id\`);`);

    this.addSql(`alter table \`signing_keys\` add column \`activated_at\` datetime null;`);
    // Keys from before this migration that still sign are the active ones (there were no next keys then).
    this.addSql(`update \`signing_keys\` set \`activated_at\` = \`created_at\` where \`retired_at\` is null;`);

    this.addSql(`alter table \`users\` add column \`email_verified\` integer not null default false;`);
  }
}
