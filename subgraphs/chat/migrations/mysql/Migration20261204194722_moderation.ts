import { Migration } from '@mikro-orm/migrations';

export class Migration20261204194722_moderation extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`chat_author_reputations\` (\`user_id\` varchar(36) not null, \`reputation\` int not null default 0, primary key (\`user_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );

    this.addSql(`alter table \`messages\` add \`moderation_status\` varchar(10) not null default 'PUBLISHED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`chat_author_reputations\`;`);

    this.addSql(`alter table \`messages\` drop column \`moderation_status\`;`);
  }
}
