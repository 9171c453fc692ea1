import { Migration } from '@mikro-orm/migrations';

export class Migration20261124023417_tenants extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`tasks\` add \`tenant_id\` varchar(36) not null;`);
    this.addSql(`alter table \`tasks\` add index \`tasks_tenant_id_index\`(\`tenant_id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`tasks\` drop index \`tasks_tenant_id_index\`;`);
    this.addSql(`alter table \`tasks\` drop column \`tenant_id\`;`);
  }
}
