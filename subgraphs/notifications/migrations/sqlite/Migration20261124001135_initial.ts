import { Migration } from '@mikro-orm/migrations';

export class Migration20261124001135_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`notifications\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`recipient_id\` text not null, \`kind\` text not null, \`event_id\` text not null, \`event_type\` text not null, \`source\` text not null, \`title\` text not null, \`body\` text not null, \`actor_id\` text null, \`subject_type\` text null, \`subject_id\` text null, \`in_app\` integer not null, \`read_at\` datetime null, \`email_status\` text check (\`email_status\` in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'SKIPPED')) null, \`email_attempts\` integer not null default 0, \`emailed_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`notifications_recipient_id_created_at_index\` on \`notifications\` (\`recipient_id\`, \`created_at\`);`);
    this.addSql(`create index \`notifications_recipient_id_read_at_index\` on \`notifications\` (\`recipient_id\`, \`read_at\`);`);
    this.addSql(`create index \`notifications_email_status_updated_at_index\` on \`notifications\` (\`email_status\`, \`updated_at\`);`);
    this.addSql(
      `create unique index \`notifications_event_id_recipient_id_unique\` on \`notifications\` (\`event_id\`, \`recipient_id\`);`,
    );

    this.addSql(
      `create table \`notification_preferences\` (\`user_id\` text not null, \`kind\` text not null, \`channel\` text check (\`channel\` in ('IN_APP', 'EMAIL')) not null, \`enabled\` integer not null, \`updated_at\` datetime not null, primary key (\`user_id\`, \`kind\`, \`channel\`));`,
    );

    this.addSql(
      `create table \`notification_recipients\` (\`user_id\` text not null, \`email\` text not null, \`updated_at\` datetime not null, primary key (\`user_id\`));`,
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
