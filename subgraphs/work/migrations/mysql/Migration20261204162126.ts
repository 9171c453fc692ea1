import { Migration } from '@mikro-orm/migrations';

export class Migration20261204162126 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`projects\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`name\` varchar(120) not null, \`created_by_id\` varchar(36) not null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`projects\` add index \`projects_tenant_id_index\`(\`tenant_id\`);`);

    this.addSql(
      `create table \`project_members\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`project_id\` varchar(36) not null, \`user_id\` varchar(36) not null, \`role\` enum('ADMIN', 'MEMBER', 'VIEWER') not null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`project_members\` add index \`project_members_user_id_index\`(\`user_id\`);`);
    this.addSql(`alter table \`project_members\` add index \`project_members_tenant_id_index\`(\`tenant_id\`);`);
    this.addSql(`alter table \`project_members\` add unique \`project_members_project_id_user_id_unique\`(\`project_id\`, \`user_id\`);`);

    this.addSql(
      `create table \`project_states\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`project_id\` varchar(36) not null, \`name\` varchar(60) not null, \`group\` enum('BACKLOG', 'TODO', 'IN_PROGRESS', 'DONE') not null, \`position\` int not null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`project_states\` add index \`project_states_project_id_index\`(\`project_id\`);`);
    this.addSql(`alter table \`project_states\` add index \`project_states_tenant_id_index\`(\`tenant_id\`);`);

    this.addSql(
      `create table \`task_activities\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`task_id\` varchar(36) not null, \`actor_id\` varchar(36) not null, \`field\` varchar(40) not null, \`from_value\` varchar(300) null, \`to_value\` varchar(300) null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`task_activities\` add index \`task_activities_tenant_id_index\`(\`tenant_id\`);`);
    this.addSql(`alter table \`task_activities\` add index \`task_activities_task_id_created_at_index\`(\`task_id\`, \`created_at\`);`);

    this.addSql(
      `alter table \`tasks\` add \`project_id\` varchar(36) null, add \`state_id\` varchar(36) null, add \`parent_id\` varchar(36) null, add \`estimate\` int null, add \`position\` int not null default 0;`,
    );
    this.addSql(`alter table \`tasks\` add index \`tasks_state_id_position_index\`(\`state_id\`, \`position\`);`);
    this.addSql(`alter table \`tasks\` add index \`tasks_project_id_created_at_index\`(\`project_id\`, \`created_at\`);`);
    this.addSql(`alter table \`tasks\` add index \`tasks_parent_id_created_at_index\`(\`parent_id\`, \`created_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`projects\`;`);

    this.addSql(`drop table if exists \`project_members\`;`);

    this.addSql(`drop table if exists \`project_states\`;`);

    this.addSql(`drop table if exists \`task_activities\`;`);

    this.addSql(`alter table \`tasks\` drop index \`tasks_state_id_position_index\`;`);
    this.addSql(`alter table \`tasks\` drop index \`tasks_project_id_created_at_index\`;`);
    this.addSql(`alter table \`tasks\` drop index \`tasks_parent_id_created_at_index\`;`);
    this.addSql(
      `alter table \`tasks\` drop column \`project_id\`, drop column \`state_id\`, drop column \`parent_id\`, drop column \`estimate\`, drop column \`position\`;`,
    );
  }
}
