import { Migration } from '@mikro-orm/migrations';

export class Migration20261124000212_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`outbox_events\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`type\` text not null, \`tenant_id\` text null, \`payload\` json not null, \`published_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`outbox_events_published_at_index\` on \`outbox_events\` (\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`,
    );

    this.addSql(
      `create table \`tasks\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`owner_id\` text not null, \`title\` text not null, \`description\` text null, \`status\` text check (\`status\` in ('TODO', 'IN_PROGRESS', 'DONE')) not null, \`priority\` text check (\`priority\` in ('LOW', 'MEDIUM', 'HIGH')) not null, \`due_at\` datetime null, \`tags\` json not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`tasks_owner_id_created_at_index\` on \`tasks\` (\`owner_id\`, \`created_at\`);`);
    this.addSql(`create index \`tasks_owner_id_status_index\` on \`tasks\` (\`owner_id\`, \`status\`);`);
  }
}
