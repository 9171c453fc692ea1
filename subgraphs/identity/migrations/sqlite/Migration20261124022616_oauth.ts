import { Migration } from '@mikro-orm/migrations';

export class Migration20261124022616_oauth extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`oauth_identities\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`provider\` text check (\`provider\` in ('GOOGLE', 'GITHUB', 'FACEBOOK')) not null, \`subject\` text not null, \`user_id\` text not null, \`email\` text null, \`email_verified\` integer not null default false, \`origin\` text check (\`origin\` in ('SIGN_UP', 'EMAIL_MATCH', 'LINK')) not null, \`last_used_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`oauth_identities_user_id_index\` on \`oauth_identities\` (\`user_id\`);`);
    this.addSql(`create unique index \`oauth_identities_provider_subject_unique\` on \`oauth_identities\` (\`provider\`, \`subject\`);`);
    this.addSql(`create unique index \`oauth_identities_user_id_provider_unique\` on \`oauth_identities\` (\`user_id\`, \`provider\`);`);

    this.addSql(
      `create table \`oauth_states\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`state_hash\` text not null, \`provider\` text check (\`provider\` in ('GOOGLE', 'GITHUB', 'FACEBOOK')) not null, \`code_verifier\` text not null, \`nonce\` text not null, \`redirect_uri\` text not null, \`link_user_id\` text null, \`expires_at\` datetime not null, \`used_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`oauth_states_state_hash_unique\` on \`oauth_states\` (\`state_hash\`);`);
    this.addSql(`create index \`oauth_states_expires_at_index\` on \`oauth_states\` (\`expires_at\`);`);

    // users.password_hash becomes nullable: SQLite needs the table rebuilt.
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(
      `create table \`users__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`email\` text not null, \`display_name\` text not null, \`password_hash\` text null, \`roles\` json not null, \`email_verified\` integer not null default false, primary key (\`id\`));`,
    );
    this.addSql(
      `insert into \`users__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`email\`, \`display_name\`, \`password_hash\`, \`roles\`, \`email_verified\` from \`users\`;`,
    );
    this.addSql(`drop table \`users\`;`);
    this.addSql(`alter table \`users__temp_alter\` rename to \`users\`;`);
    this.addSql(`create unique index \`users_email_unique\` on \`users\` (\`email\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }
}
