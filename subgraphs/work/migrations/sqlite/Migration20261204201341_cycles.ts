import { Migration } from '@mikro-orm/migrations';

export class Migration20261204201341_cycles extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`cycles\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`project_id\` text not null, \`name\` text not null, \`starts_at\` datetime not null, \`ends_at\` datetime not null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`cycles_tenant_id_index\` on \`cycles\` (\`tenant_id\`);`);
    this.addSql(`create index \`cycles_project_id_starts_at_index\` on \`cycles\` (\`project_id\`, \`starts_at\`);`);

    this.addSql(`alter table \`tasks\` add column \`cycle_id\` text null;`);
    this.addSql(`create index \`tasks_cycle_id_created_at_index\` on \`tasks\` (\`cycle_id\`, \`created_at\`);`);
  }
}
