import { Migration } from '@mikro-orm/migrations';

export class Migration20261204194722_moderation extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`chat_author_reputations\` (\`user_id\` text not null, \`reputation\` integer not null default 0, primary key (\`user_id\`));`,
    );

    this.addSql(`alter table \`messages\` add column \`moderation_status\` text not null default 'PUBLISHED';`);
  }
}
