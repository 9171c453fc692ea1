import { Migration } from '@mikro-orm/migrations';

export class Migration20261124000215_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`counters\` (\`name\` text not null, \`value\` bigint not null, \`updated_at\` datetime not null, primary key (\`name\`));`,
    );

    this.addSql(
      `create table \`outbox_events\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`type\` text not null, \`tenant_id\` text null, \`payload\` json not null, \`published_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`outbox_events_published_at_index\` on \`outbox_events\` (\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`,
    );
  }
}
