import { Migration } from '@mikro-orm/migrations';

export class Migration20261204154500_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`distributions\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`created_by_id\` text not null, \`name\` text not null, \`origin_url\` text not null, \`strategy\` text check (\`strategy\` in ('ROUND_ROBIN', 'LEAST_CONNECTIONS', 'CONSISTENT_HASH')) not null, \`node_count\` integer not null, \`cache_bytes\` integer not null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`distributions_tenant_id_index\` on \`distributions\` (\`tenant_id\`);`);
    this.addSql(`create index \`distributions_created_at_index\` on \`distributions\` (\`created_at\`);`);

    this.addSql(
      `create table \`failed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`type\` text not null, \`event\` json not null, \`attempts\` integer not null, \`last_error\` text not null, \`first_failed_at\` datetime not null, \`last_failed_at\` datetime not null, \`next_attempt_at\` datetime null, \`dead_at\` datetime null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`failed_events_next_attempt_at_index\` on \`failed_events\` (\`next_attempt_at\`);`);
    this.addSql(`create index \`failed_events_dead_at_index\` on \`failed_events\` (\`dead_at\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`type\` text not null, \`tenant_id\` text null, \`payload\` json not null, \`published_at\` datetime null, \`claimed_by\` text null, \`claimed_until\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`outbox_events_published_at_index\` on \`outbox_events\` (\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`processed_events_processed_at_index\` on \`processed_events\` (\`processed_at\`);`);
  }
}
