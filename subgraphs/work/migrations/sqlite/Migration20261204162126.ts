import { Migration } from '@mikro-orm/migrations';

export class Migration20261204162126 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`projects\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`created_by_id\` text not null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`projects_tenant_id_index\` on \`projects\` (\`tenant_id\`);`);

    this.addSql(
      `create table \`project_members\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`project_id\` text not null, \`user_id\` text not null, \`role\` text check (\`role\` in ('ADMIN', 'MEMBER', 'VIEWER')) not null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`project_members_user_id_index\` on \`project_members\` (\`user_id\`);`);
    this.addSql(`create index \`project_members_tenant_id_index\` on \`project_members\` (\`tenant_id\`);`);
    this.addSql(`create unique index \`project_members_project_id_user_id_unique\` on \`project_members\` (\`project_id\`, \`user_id\`);`);

    this.addSql(
      `create table \`project_states\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`project_id\` text not null, \`name\` text not null, \`group\` text check (\`group\` in ('BACKLOG', 'TODO', 'IN_PROGRESS', 'DONE')) not null, \`position\` integer not null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`project_states_project_id_index\` on \`project_states\` (\`project_id\`);`);
    this.addSql(`create index \`project_states_tenant_id_index\` on \`project_states\` (\`tenant_id\`);`);

    this.addSql(
      `create table \`task_activities\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`task_id\` text not null, \`actor_id\` text not null, \`field\` text not null, \`from_value\` text null, \`to_value\` text null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`task_activities_tenant_id_index\` on \`task_activities\` (\`tenant_id\`);`);
    this.addSql(`create index \`task_activities_task_id_created_at_index\` on \`task_activities\` (\`task_id\`, \`created_at\`);`);

    this.addSql(`alter table \`tasks\` add column \`project_id\` text null;`);
    this.addSql(`alter table \`tasks\` add column \`state_id\` text null;`);
    this.addSql(`alter table \`tasks\` add column \`parent_id\` text null;`);
    this.addSql(`alter table \`tasks\` add column \`estimate\` integer null;`);
    this.addSql(`alter table \`tasks\` add column \`position\` integer not null default 0;`);
    this.addSql(`create index \`tasks_state_id_position_index\` on \`tasks\` (\`state_id\`, \`position\`);`);
    this.addSql(`create index \`tasks_project_id_created_at_index\` on \`tasks\` (\`project_id\`, \`created_at\`);`);
    this.addSql(`create index \`tasks_parent_id_created_at_index\` on \`tasks\` (\`parent_id\`, \`created_at\`);`);
  }
}
