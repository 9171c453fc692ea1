import { Migration } from '@mikro-orm/migrations';

export class Migration20261204201341_cycles extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`cycles\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`project_id\` varchar(36) not null, \`name\` varchar(120) not null, \`starts_at\` datetime(3) not null, \`ends_at\` datetime(3) not null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`cycles\` add index \`cycles_tenant_id_index\`(\`tenant_id\`);`);
    this.addSql(`alter table \`cycles\` add index \`cycles_project_id_starts_at_index\`(\`project_id\`, \`starts_at\`);`);

    this.addSql(`alter table \`tasks\` add \`cycle_id\` varchar(36) null;`);
    this.addSql(`alter table \`tasks\` add index \`tasks_cycle_id_created_at_index\`(\`cycle_id\`, \`created_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`cycles\`;`);

    this.addSql(`alter table \`tasks\` drop index \`tasks_cycle_id_created_at_index\`;`);
    this.addSql(`alter table \`tasks\` drop column \`cycle_id\`;`);
  }
}
