import { Migration } from '@mikro-orm/migrations';

export class Migration20261204194206_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`failed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`type\` varchar(120) not null, \`event\` json not null, \`attempts\` int not null, \`last_error\` varchar(1000) not null, \`first_failed_at\` datetime(3) not null, \`last_failed_at\` datetime(3) not null, \`next_attempt_at\` datetime(3) null, \`dead_at\` datetime(3) null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`failed_events\` add index \`failed_events_next_attempt_at_index\`(\`next_attempt_at\`);`);
    this.addSql(`alter table \`failed_events\` add index \`failed_events_dead_at_index\`(\`dead_at\`);`);

    this.addSql(
      `create table \`moderation_cases\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`content_type\` varchar(32) not null, \`content_id\` varchar(64) not null, \`author_id\` varchar(36) not null, \`excerpt\` varchar(500) not null, \`verdict\` varchar(8) not null, \`score\` double not null, \`reasons\` json not null, \`status\` varchar(12) not null, \`appealed\` tinyint(1) not null default false, \`appeal_reason\` varchar(1000) null, \`decided_by\` varchar(36) null, \`decided_at\` datetime null, \`decision_note\` varchar(1000) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`moderation_cases\` add index \`moderation_cases_author_id_index\`(\`author_id\`);`);
    this.addSql(`alter table \`moderation_cases\` add index \`moderation_cases_status_created_at_index\`(\`status\`, \`created_at\`);`);
    this.addSql(
      `alter table \`moderation_cases\` add index \`moderation_cases_author_id_created_at_index\`(\`author_id\`, \`created_at\`);`,
    );
    this.addSql(
      `alter table \`moderation_cases\` add unique \`moderation_cases_content_type_content_id_unique\`(\`content_type\`, \`content_id\`);`,
    );

    this.addSql(
      `create table \`moderation_reputations\` (\`user_id\` varchar(36) not null, \`score\` int not null default 0, \`upheld\` int not null default 0, \`overturned\` int not null default 0, primary key (\`user_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );

    this.addSql(
      `create table \`outbox_events\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`type\` varchar(120) not null, \`tenant_id\` varchar(36) null, \`payload\` json not null, \`published_at\` datetime(3) null, \`claimed_by\` varchar(60) null, \`claimed_until\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`outbox_events\` add index \`outbox_events_published_at_index\`(\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`processed_at\` datetime(3) not null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`processed_events\` add index \`processed_events_processed_at_index\`(\`processed_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`failed_events\`;`);

    this.addSql(`drop table if exists \`moderation_cases\`;`);

    this.addSql(`drop table if exists \`moderation_reputations\`;`);

    this.addSql(`drop table if exists \`outbox_events\`;`);

    this.addSql(`drop table if exists \`processed_events\`;`);
  }
}
