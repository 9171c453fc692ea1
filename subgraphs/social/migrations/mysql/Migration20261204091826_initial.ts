import { Migration } from '@mikro-orm/migrations';

export class Migration20261204091826_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`social_blocks\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`blocker_id\` varchar(36) not null, \`blocked_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`social_blocks\` add index \`social_blocks_blocked_id_index\`(\`blocked_id\`);`);
    this.addSql(`alter table \`social_blocks\` add unique \`social_blocks_blocker_id_blocked_id_unique\`(\`blocker_id\`, \`blocked_id\`);`);

    this.addSql(
      `create table \`failed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`type\` varchar(120) not null, \`event\` json not null, \`attempts\` int not null, \`last_error\` varchar(1000) not null, \`first_failed_at\` datetime(3) not null, \`last_failed_at\` datetime(3) not null, \`next_attempt_at\` datetime(3) null, \`dead_at\` datetime(3) null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`failed_events\` add index \`failed_events_next_attempt_at_index\`(\`next_attempt_at\`);`);
    this.addSql(`alter table \`failed_events\` add index \`failed_events_dead_at_index\`(\`dead_at\`);`);

    this.addSql(
      `create table \`social_follows\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`follower_id\` varchar(36) not null, \`followee_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`social_follows\` add index \`social_follows_followee_id_index\`(\`followee_id\`);`);
    this.addSql(
      `alter table \`social_follows\` add unique \`social_follows_follower_id_followee_id_unique\`(\`follower_id\`, \`followee_id\`);`,
    );

    this.addSql(
      `create table \`social_likes\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`user_id\` varchar(36) not null, \`post_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`social_likes\` add index \`social_likes_post_id_index\`(\`post_id\`);`);
    this.addSql(`alter table \`social_likes\` add unique \`social_likes_user_id_post_id_unique\`(\`user_id\`, \`post_id\`);`);

    this.addSql(
      `create table \`social_mutes\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`muter_id\` varchar(36) not null, \`muted_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`social_mutes\` add unique \`social_mutes_muter_id_muted_id_unique\`(\`muter_id\`, \`muted_id\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`type\` varchar(120) not null, \`tenant_id\` varchar(36) null, \`payload\` json not null, \`published_at\` datetime(3) null, \`claimed_by\` varchar(60) null, \`claimed_until\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`outbox_events\` add index \`outbox_events_published_at_index\`(\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`processed_at\` datetime(3) not null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`processed_events\` add index \`processed_events_processed_at_index\`(\`processed_at\`);`);

    this.addSql(
      `create table \`social_posts\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`author_id\` varchar(36) not null, \`text\` varchar(500) not null, \`media_refs\` json not null, \`mention_ids\` json not null, \`reply_to_id\` varchar(36) null, \`repost_of_id\` varchar(36) null, \`like_count\` int not null default 0, \`reply_count\` int not null default 0, \`repost_count\` int not null default 0, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`social_posts\` add index \`social_posts_reply_to_id_index\`(\`reply_to_id\`);`);
    this.addSql(`alter table \`social_posts\` add index \`social_posts_author_id_created_at_index\`(\`author_id\`, \`created_at\`);`);
    this.addSql(`alter table \`social_posts\` add unique \`social_posts_author_id_repost_of_id_unique\`(\`author_id\`, \`repost_of_id\`);`);

    this.addSql(
      `create table \`social_profiles\` (\`user_id\` varchar(36) not null, \`follower_count\` int not null default 0, \`following_count\` int not null default 0, primary key (\`user_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`social_profiles\` add index \`social_profiles_follower_count_index\`(\`follower_count\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`social_blocks\`;`);

    this.addSql(`drop table if exists \`failed_events\`;`);

    this.addSql(`drop table if exists \`social_follows\`;`);

    this.addSql(`drop table if exists \`social_likes\`;`);

    this.addSql(`drop table if exists \`social_mutes\`;`);

    this.addSql(`drop table if exists \`outbox_events\`;`);

    this.addSql(`drop table if exists \`processed_events\`;`);

    this.addSql(`drop table if exists \`social_posts\`;`);

    this.addSql(`drop table if exists \`social_profiles\`;`);
  }
}
