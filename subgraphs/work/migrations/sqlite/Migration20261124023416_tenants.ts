import { Migration } from '@mikro-orm/migrations';

export class Migration20261124023416_tenants extends Migration {

  override async up(): Promise<void> {
    // SQLite cannot add a NOT NULL column without a default. Tasks written before tenants existed get
    // an empty tenant: no tenant sees them (the owners can re-create them; see the work README).
    this.addSql(`alter table \`tasks\` add column \`tenant_id\` text not null default '';`);
    this.addSql(`create index \`tasks_tenant_id_index\` on \`tasks\` (\`tenant_id\`);`);
  }

}
