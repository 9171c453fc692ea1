import { Migration } from '@mikro-orm/migrations';

export class Migration20261204200842_comments extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`task_comments\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`task_id\` text not null, \`author_id\` text not null, \`body\` text not null, \`mention_ids\` json not null, \`edited_at\` datetime null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`task_comments_tenant_id_index\` on \`task_comments\` (\`tenant_id\`);`);
    this.addSql(`create index \`task_comments_task_id_created_at_index\` on \`task_comments\` (\`task_id\`, \`created_at\`);`);
  }
}
