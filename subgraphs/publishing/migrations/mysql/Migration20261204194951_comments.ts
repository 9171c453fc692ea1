import { Migration } from '@mikro-orm/migrations';

export class Migration20261204194951_comments extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`post_comments\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`post_id\` varchar(36) not null, \`author_id\` varchar(36) not null, \`text\` varchar(2000) not null, \`moderation_status\` varchar(10) not null default 'PUBLISHED', primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`post_comments\` add index \`post_comments_post_id_created_at_index\`(\`post_id\`, \`created_at\`);`);
    this.addSql(`alter table \`post_comments\` add index \`post_comments_author_id_created_at_index\`(\`author_id\`, \`created_at\`);`);

    this.addSql(
      `create table \`publishing_author_reputations\` (\`user_id\` varchar(36) not null, \`reputation\` int not null default 0, primary key (\`user_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`post_comments\`;`);

    this.addSql(`drop table if exists \`publishing_author_reputations\`;`);
  }
}
