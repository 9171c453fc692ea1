import { Migration } from '@mikro-orm/migrations';

export class Migration20261124001135_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`notifications\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`recipient_id\` varchar(36) not null, \`kind\` varchar(40) not null, \`event_id\` varchar(36) not null, \`event_type\` varchar(120) not null, \`source\` varchar(60) not null, \`title\` varchar(200) not null, \`body\` varchar(1000) not null, \`actor_id\` varchar(36) null, \`subject_type\` varchar(60) null, \`subject_id\` varchar(64) null, \`in_app\` tinyint(1) not null, \`read_at\` datetime(3) null, \`email_status\` enum('PENDING', 'SENDING', 'SENT', 'FAILED', 'SKIPPED') null, \`email_attempts\` int not null default 0, \`emailed_at\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(
      `alter table \`notifications\` add index \`notifications_recipient_id_created_at_index\`(\`recipient_id\`, \`created_at\`);`,
    );
    this.addSql(`alter table \`notifications\` add index \`notifications_recipient_id_read_at_index\`(\`recipient_id\`, \`read_at\`);`);
    this.addSql(
      `alter table \`notifications\` add index \`notifications_email_status_updated_at_index\`(\`email_status\`, \`updated_at\`);`,
    );
    this.addSql(`alter table \`notifications\` add unique \`notifications_event_id_recipient_id_unique\`(\`event_id\`, \`recipient_id\`);`);

    this.addSql(
      `create table \`notification_preferences\` (\`user_id\` varchar(36) not null, \`kind\` varchar(40) not null, \`channel\` enum('IN_APP', 'EMAIL') not null, \`enabled\` tinyint(1) not null, \`updated_at\` datetime(3) not null, primary key (\`user_id\`, \`kind\`, \`channel\`)) default character set utf8mb4 engine = InnoDB;`,
    );

    this.addSql(
      `create table \`notification_recipients\` (\`user_id\` varchar(36) not null, \`email\` varchar(254) not null, \`updated_at\` datetime(3) not null, primary key (\`user_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );

    this.addSql(
      `create table \`outbox_events\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`type\` varchar(120) not null, \`tenant_id\` varchar(36) null, \`payload\` json not null, \`published_at\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`outbox_events\` add index \`outbox_events_published_at_index\`(\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`processed_at\` datetime(3) not null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`notifications\`;`);

    this.addSql(`drop table if exists \`notification_preferences\`;`);

    this.addSql(`drop table if exists \`notification_recipients\`;`);

    this.addSql(`drop table if exists \`outbox_events\`;`);

    this.addSql(`drop table if exists \`processed_events\`;`);
  }
}
