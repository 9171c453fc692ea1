import { Migration } from '@mikro-orm/migrations';

export class Migration20261204200842_comments extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`task_comments\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`task_id\` varchar(36) not null, \`author_id\` varchar(36) not null, \`body\` text not null, \`mention_ids\` json not null, \`edited_at\` datetime null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`task_comments\` add index \`task_comments_tenant_id_index\`(\`tenant_id\`);`);
    this.addSql(`alter table \`task_comments\` add index \`task_comments_task_id_created_at_index\`(\`task_id\`, \`created_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`task_comments\`;`);
  }
}
