import { Migration } from '@mikro-orm/migrations';

export class Migration20261204053346_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`failed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`type\` varchar(120) not null, \`event\` json not null, \`attempts\` int not null, \`last_error\` varchar(1000) not null, \`first_failed_at\` datetime(3) not null, \`last_failed_at\` datetime(3) not null, \`next_attempt_at\` datetime(3) null, \`dead_at\` datetime(3) null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`failed_events\` add index \`failed_events_next_attempt_at_index\`(\`next_attempt_at\`);`);
    this.addSql(`alter table \`failed_events\` add index \`failed_events_dead_at_index\`(\`dead_at\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`type\` varchar(120) not null, \`tenant_id\` varchar(36) null, \`payload\` json not null, \`published_at\` datetime(3) null, \`claimed_by\` varchar(60) null, \`claimed_until\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`outbox_events\` add index \`outbox_events_published_at_index\`(\`published_at\`);`);

    this.addSql(
      `create table \`posts\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`owner_id\` varchar(36) not null, \`author_ids\` json not null, \`author_key\` varchar(400) not null, \`title\` varchar(200) not null, \`title_key\` varchar(200) not null, \`slug\` varchar(80) not null, \`content\` mediumtext not null, \`excerpt\` varchar(500) not null, \`custom_excerpt\` tinyint(1) not null, \`category\` varchar(50) null, \`category_key\` varchar(50) null, \`tags\` json not null, \`tag_key\` varchar(1000) not null, \`status\` enum('DRAFT', 'PUBLISHED', 'SCHEDULED') not null, \`published_at\` datetime(3) null, \`sort_at\` datetime(3) not null, \`search_text\` text not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`posts\` add index \`posts_status_sort_at_index\`(\`status\`, \`sort_at\`);`);
    this.addSql(`alter table \`posts\` add index \`posts_category_key_sort_at_index\`(\`category_key\`, \`sort_at\`);`);
    this.addSql(`alter table \`posts\` add fulltext index \`posts_search_text_index\`(\`search_text\`);`);
    this.addSql(`alter table \`posts\` add unique \`posts_owner_id_slug_unique\`(\`owner_id\`, \`slug\`);`);

    this.addSql(
      `create table \`post_slugs\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`owner_id\` varchar(36) not null, \`slug\` varchar(80) not null, \`post_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`post_slugs\` add index \`post_slugs_post_id_index\`(\`post_id\`);`);
    this.addSql(`alter table \`post_slugs\` add unique \`post_slugs_owner_id_slug_unique\`(\`owner_id\`, \`slug\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`processed_at\` datetime(3) not null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`processed_events\` add index \`processed_events_processed_at_index\`(\`processed_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`failed_events\`;`);

    this.addSql(`drop table if exists \`outbox_events\`;`);

    this.addSql(`drop table if exists \`posts\`;`);

    this.addSql(`drop table if exists \`post_slugs\`;`);

    this.addSql(`drop table if exists \`processed_events\`;`);
  }
}
