import { Migration } from '@mikro-orm/migrations';

export class Migration20261204053440_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`failed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`type\` varchar(120) not null, \`event\` json not null, \`attempts\` int not null, \`last_error\` varchar(1000) not null, \`first_failed_at\` datetime(3) not null, \`last_failed_at\` datetime(3) not null, \`next_attempt_at\` datetime(3) null, \`dead_at\` datetime(3) null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`failed_events\` add index \`failed_events_next_attempt_at_index\`(\`next_attempt_at\`);`);
    this.addSql(`alter table \`failed_events\` add index \`failed_events_dead_at_index\`(\`dead_at\`);`);

    this.addSql(
      `create table \`notes\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`owner_id\` varchar(36) not null, \`title\` varchar(200) not null, \`tags\` json not null, \`tag_key\` varchar(1000) not null, \`search_text\` text not null, \`revision\` int not null, \`body_key\` varchar(300) not null, \`body_bytes\` int not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`notes\` add index \`notes_owner_id_updated_at_index\`(\`owner_id\`, \`updated_at\`);`);
    this.addSql(`alter table \`notes\` add fulltext index \`notes_search_text_index\`(\`search_text\`);`);

    this.addSql(
      `create table \`note_revisions\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`note_id\` varchar(36) not null, \`number\` int not null, \`title\` varchar(200) not null, \`body_key\` varchar(300) not null, \`body_bytes\` int not null, \`source\` enum('TEXT', 'UPLOAD', 'RESTORE') not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`note_revisions\` add unique \`note_revisions_note_id_number_unique\`(\`note_id\`, \`number\`);`);

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

    this.addSql(`drop table if exists \`notes\`;`);

    this.addSql(`drop table if exists \`note_revisions\`;`);

    this.addSql(`drop table if exists \`outbox_events\`;`);

    this.addSql(`drop table if exists \`processed_events\`;`);
  }
}
