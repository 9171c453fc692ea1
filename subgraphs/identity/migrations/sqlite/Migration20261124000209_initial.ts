import { Migration } from '@mikro-orm/migrations';

export class Migration20261124000209_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`outbox_events\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`type\` text not null, \`tenant_id\` text null, \`payload\` json not null, \`published_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`outbox_events_published_at_index\` on \`outbox_events\` (\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`,
    );

    this.addSql(
      `create table \`signing_keys\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`kid\` text not null, \`alg\` text not null, \`private_jwk\` json not null, \`public_jwk\` json not null, \`retired_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`signing_keys_kid_unique\` on \`signing_keys\` (\`kid\`);`);

    this.addSql(
      `create table \`users\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`email\` text not null, \`display_name\` text not null, \`password_hash\` text not null, \`roles\` json not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`users_email_unique\` on \`users\` (\`email\`);`);
  }
}
