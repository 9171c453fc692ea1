import { Migration } from '@mikro-orm/migrations';

export class Migration20261124022616_oauth extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`oauth_identities\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`provider\` enum('GOOGLE', 'GITHUB', 'FACEBOOK') not null, \`subject\` varchar(255) not null, \`user_id\` varchar(36) not null, \`email\` varchar(254) null, \`email_verified\` tinyint(1) not null default false, \`origin\` enum('SIGN_UP', 'EMAIL_MATCH', 'LINK') not null, \`last_used_at\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`oauth_identities\` add index \`oauth_identities_user_id_index\`(\`user_id\`);`);
    this.addSql(`alter table \`oauth_identities\` add unique \`oauth_identities_provider_subject_unique\`(\`provider\`, \`subject\`);`);
    this.addSql(`alter table \`oauth_identities\` add unique \`oauth_identities_user_id_provider_unique\`(\`user_id\`, \`provider\`);`);

    this.addSql(
      `create table \`oauth_states\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`state_hash\` varchar(64) not null, \`provider\` enum('GOOGLE', 'GITHUB', 'FACEBOOK') not null, \`code_verifier\` varchar(128) not null, \`nonce\` varchar(64) not null, \`redirect_uri\` varchar(2000) not null, \`link_user_id\` varchar(36) null, \`expires_at\` datetime(3) not null, \`used_at\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`oauth_states\` add unique \`oauth_states_state_hash_unique\`(\`state_hash\`);`);
    this.addSql(`alter table \`oauth_states\` add index \`oauth_states_expires_at_index\`(\`expires_at\`);`);

    this.addSql(`alter table \`users\` modify \`password_hash\` varchar(255) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`oauth_identities\`;`);

    this.addSql(`drop table if exists \`oauth_states\`;`);

    this.addSql(`alter table \`users\` modify \`password_hash\` varchar(255) not null;`);
  }
}
