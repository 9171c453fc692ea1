import { Migration } from '@mikro-orm/migrations';

export class Migration20261204194206_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`failed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`type\` text not null, \`event\` json not null, \`attempts\` integer not null, \`last_error\` text not null, \`first_failed_at\` datetime not null, \`last_failed_at\` datetime not null, \`next_attempt_at\` datetime null, \`dead_at\` datetime null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`failed_events_next_attempt_at_index\` on \`failed_events\` (\`next_attempt_at\`);`);
    this.addSql(`create index \`failed_events_dead_at_index\` on \`failed_events\` (\`dead_at\`);`);

    this.addSql(
      `create table \`moderation_cases\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`content_type\` text not null, \`content_id\` text not null, \`author_id\` text not null, \`excerpt\` text not null, \`verdict\` text not null, \`score\` double not null, \`reasons\` json not null, \`status\` text not null, \`appealed\` integer not null default false, \`appeal_reason\` text null, \`decided_by\` text null, \`decided_at\` datetime null, \`decision_note\` text null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`moderation_cases_author_id_index\` on \`moderation_cases\` (\`author_id\`);`);
    this.addSql(`create index \`moderation_cases_status_created_at_index\` on \`moderation_cases\` (\`status\`, \`created_at\`);`);
    this.addSql(`create index \`moderation_cases_author_id_created_at_index\` on \`moderation_cases\` (\`author_id\`, \`created_at\`);`);
    this.addSql(
      `create unique index \`moderation_cases_content_type_content_id_unique\` on \`moderation_cases\` (\`content_type\`, \`content_id\`);`,
    );

    this.addSql(
      `create table \`moderation_reputations\` (\`user_id\` text not null, \`score\` integer not null default 0, \`upheld\` integer not null default 0, \`overturned\` integer not null default 0, primary key (\`user_id\`));`,
    );

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
