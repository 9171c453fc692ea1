import { Migration } from '@mikro-orm/migrations';

export class Migration20261204054114_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`failed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`type\` text not null, \`event\` json not null, \`attempts\` integer not null, \`last_error\` text not null, \`first_failed_at\` datetime not null, \`last_failed_at\` datetime not null, \`next_attempt_at\` datetime null, \`dead_at\` datetime null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`failed_events_next_attempt_at_index\` on \`failed_events\` (\`next_attempt_at\`);`);
    this.addSql(`create index \`failed_events_dead_at_index\` on \`failed_events\` (\`dead_at\`);`);

    this.addSql(
      `create table \`link_visits\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`link_id\` text not null, \`visited_at\` datetime not null, \`day\` text not null, \`referrer_host\` text null, \`device\` text check (\`device\` in ('DESKTOP', 'MOBILE', 'TABLET', 'BOT')) not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`link_visits_link_id_day_index\` on \`link_visits\` (\`link_id\`, \`day\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`type\` text not null, \`tenant_id\` text null, \`payload\` json not null, \`published_at\` datetime null, \`claimed_by\` text null, \`claimed_until\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`outbox_events_published_at_index\` on \`outbox_events\` (\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`processed_events_processed_at_index\` on \`processed_events\` (\`processed_at\`);`);

    this.addSql(
      `create table \`short_links\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`owner_id\` text not null, \`code\` text not null, \`target\` text not null, \`tags\` json not null, \`valid_from\` datetime null, \`valid_until\` datetime null, \`max_visits\` integer null, \`visit_count\` integer not null default 0, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`short_links_code_unique\` on \`short_links\` (\`code\`);`);
    this.addSql(`create index \`short_links_owner_id_created_at_index\` on \`short_links\` (\`owner_id\`, \`created_at\`);`);
  }
}
