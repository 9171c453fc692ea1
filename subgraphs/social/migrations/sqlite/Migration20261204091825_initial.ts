import { Migration } from '@mikro-orm/migrations';

export class Migration20261204091825_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`social_blocks\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`blocker_id\` text not null, \`blocked_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`social_blocks_blocked_id_index\` on \`social_blocks\` (\`blocked_id\`);`);
    this.addSql(
      `create unique index \`social_blocks_blocker_id_blocked_id_unique\` on \`social_blocks\` (\`blocker_id\`, \`blocked_id\`);`,
    );

    this.addSql(
      `create table \`failed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`type\` text not null, \`event\` json not null, \`attempts\` integer not null, \`last_error\` text not null, \`first_failed_at\` datetime not null, \`last_failed_at\` datetime not null, \`next_attempt_at\` datetime null, \`dead_at\` datetime null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`failed_events_next_attempt_at_index\` on \`failed_events\` (\`next_attempt_at\`);`);
    this.addSql(`create index \`failed_events_dead_at_index\` on \`failed_events\` (\`dead_at\`);`);

    this.addSql(
      `create table \`social_follows\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`follower_id\` text not null, \`followee_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`social_follows_followee_id_index\` on \`social_follows\` (\`followee_id\`);`);
    this.addSql(
      `create unique index \`social_follows_follower_id_followee_id_unique\` on \`social_follows\` (\`follower_id\`, \`followee_id\`);`,
    );

    this.addSql(
      `create table \`social_likes\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` text not null, \`post_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`social_likes_post_id_index\` on \`social_likes\` (\`post_id\`);`);
    this.addSql(`create unique index \`social_likes_user_id_post_id_unique\` on \`social_likes\` (\`user_id\`, \`post_id\`);`);

    this.addSql(
      `create table \`social_mutes\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`muter_id\` text not null, \`muted_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`social_mutes_muter_id_muted_id_unique\` on \`social_mutes\` (\`muter_id\`, \`muted_id\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`type\` text not null, \`tenant_id\` text null, \`payload\` json not null, \`published_at\` datetime null, \`claimed_by\` text null, \`claimed_until\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`outbox_events_published_at_index\` on \`outbox_events\` (\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`processed_events_processed_at_index\` on \`processed_events\` (\`processed_at\`);`);

    this.addSql(
      `create table \`social_posts\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`author_id\` text not null, \`text\` text not null, \`media_refs\` json not null, \`mention_ids\` json not null, \`reply_to_id\` text null, \`repost_of_id\` text null, \`like_count\` integer not null default 0, \`reply_count\` integer not null default 0, \`repost_count\` integer not null default 0, primary key (\`id\`));`,
    );
    this.addSql(`create index \`social_posts_reply_to_id_index\` on \`social_posts\` (\`reply_to_id\`);`);
    this.addSql(`create index \`social_posts_author_id_created_at_index\` on \`social_posts\` (\`author_id\`, \`created_at\`);`);
    this.addSql(
      `create unique index \`social_posts_author_id_repost_of_id_unique\` on \`social_posts\` (\`author_id\`, \`repost_of_id\`);`,
    );

    this.addSql(
      `create table \`social_profiles\` (\`user_id\` text not null, \`follower_count\` integer not null default 0, \`following_count\` integer not null default 0, primary key (\`user_id\`));`,
    );
    this.addSql(`create index \`social_profiles_follower_count_index\` on \`social_profiles\` (\`follower_count\`);`);
  }
}
