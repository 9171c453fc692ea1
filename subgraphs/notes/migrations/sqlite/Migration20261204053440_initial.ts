import { Migration } from '@mikro-orm/migrations';

export class Migration20261204053440_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`failed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`type\` text not null, \`event\` json not null, \`attempts\` integer not null, \`last_error\` text not null, \`first_failed_at\` datetime not null, \`last_failed_at\` datetime not null, \`next_attempt_at\` datetime null, \`dead_at\` datetime null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`failed_events_next_attempt_at_index\` on \`failed_events\` (\`next_attempt_at\`);`);
    this.addSql(`create index \`failed_events_dead_at_index\` on \`failed_events\` (\`dead_at\`);`);

    this.addSql(
      `create table \`notes\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`owner_id\` text not null, \`title\` text not null, \`tags\` json not null, \`tag_key\` text not null, \`search_text\` text not null, \`revision\` integer not null, \`body_key\` text not null, \`body_bytes\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`notes_owner_id_updated_at_index\` on \`notes\` (\`owner_id\`, \`updated_at\`);`);

    this.addSql(
      `create table \`note_revisions\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`note_id\` text not null, \`number\` integer not null, \`title\` text not null, \`body_key\` text not null, \`body_bytes\` integer not null, \`source\` text check (\`source\` in ('TEXT', 'UPLOAD', 'RESTORE')) not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`note_revisions_note_id_number_unique\` on \`note_revisions\` (\`note_id\`, \`number\`);`);

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
