import { Migration } from '@mikro-orm/migrations';

export class Migration20261124001127_assignee extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`tasks\` add \`assignee_id\` varchar(36) null;`);
    this.addSql(`alter table \`tasks\` add index \`tasks_assignee_id_created_at_index\`(\`assignee_id\`, \`created_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`tasks\` drop index \`tasks_assignee_id_created_at_index\`;`);
    this.addSql(`alter table \`tasks\` drop column \`assignee_id\`;`);
  }
}
