import { Migration } from '@mikro-orm/migrations';

export class Migration20261124001127_assignee extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`tasks\` add column \`assignee_id\` text null;`);
    this.addSql(`create index \`tasks_assignee_id_created_at_index\` on \`tasks\` (\`assignee_id\`, \`created_at\`);`);
  }
}
