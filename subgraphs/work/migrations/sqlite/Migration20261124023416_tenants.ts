import { Migration } from '@mikro-orm/migrations';

export class Migration20261124023416_tenants extends Migration {
  override async up(): Promise<void> {
    // SQLite cannot add a NOT NULL column without a default. Tasks written before tenants existed get
    // an empty tenant: no tenant sees them (the owners can re-create them; see the work README).
    this.addSql(`alter table \`tasks\` add column \`tenant_id\` text not null default '';`);
    // Rebuild the table without the default, so it matches the entity (tenantId has none).
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(
      `create table \`tasks__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`owner_id\` text not null, \`title\` text not null, \`description\` text null, \`status\` text check (\`status\` in ('TODO', 'IN_PROGRESS', 'DONE')) not null, \`priority\` text check (\`priority\` in ('LOW', 'MEDIUM', 'HIGH')) not null, \`due_at\` datetime null, \`tags\` json not null, \`assignee_id\` text null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(
      `insert into \`tasks__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`owner_id\`, \`title\`, \`description\`, \`status\`, \`priority\`, \`due_at\`, \`tags\`, \`assignee_id\`, \`tenant_id\` from \`tasks\`;`,
    );
    this.addSql(`drop table \`tasks\`;`);
    this.addSql(`alter table \`tasks__temp_alter\` rename to \`tasks\`;`);
    this.addSql(`create index \`tasks_tenant_id_index\` on \`tasks\` (\`tenant_id\`);`);
    this.addSql(`create index \`tasks_owner_id_created_at_index\` on \`tasks\` (\`owner_id\`, \`created_at\`);`);
    this.addSql(`create index \`tasks_owner_id_status_index\` on \`tasks\` (\`owner_id\`, \`status\`);`);
    this.addSql(`create index \`tasks_assignee_id_created_at_index\` on \`tasks\` (\`assignee_id\`, \`created_at\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }
}
