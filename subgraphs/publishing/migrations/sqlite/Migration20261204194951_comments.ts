import { Migration } from '@mikro-orm/migrations';

export class Migration20261204194951_comments extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`post_comments\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`post_id\` text not null, \`author_id\` text not null, \`text\` text not null, \`moderation_status\` text not null default 'PUBLISHED', primary key (\`id\`));`,
    );
    this.addSql(`create index \`post_comments_post_id_created_at_index\` on \`post_comments\` (\`post_id\`, \`created_at\`);`);
    this.addSql(`create index \`post_comments_author_id_created_at_index\` on \`post_comments\` (\`author_id\`, \`created_at\`);`);

    this.addSql(
      `create table \`publishing_author_reputations\` (\`user_id\` text not null, \`reputation\` integer not null default 0, primary key (\`user_id\`));`,
    );
  }
}
