import { Migration } from '@mikro-orm/migrations';

export class Migration20261124000212_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`outbox_events\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`type\` varchar(120) not null, \`tenant_id\` varchar(36) null, \`payload\` json not null, \`published_at\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`outbox_events\` add index \`outbox_events_published_at_index\`(\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`processed_at\` datetime(3) not null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );

    this.addSql(
      `create table \`tasks\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`owner_id\` varchar(36) not null, \`title\` varchar(200) not null, \`description\` text null, \`status\` enum('TODO', 'IN_PROGRESS', 'DONE') not null, \`priority\` enum('LOW', 'MEDIUM', 'HIGH') not null, \`due_at\` datetime(3) null, \`tags\` json not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`tasks\` add index \`tasks_owner_id_created_at_index\`(\`owner_id\`, \`created_at\`);`);
    this.addSql(`alter table \`tasks\` add index \`tasks_owner_id_status_index\`(\`owner_id\`, \`status\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`outbox_events\`;`);

    this.addSql(`drop table if exists \`processed_events\`;`);

    this.addSql(`drop table if exists \`tasks\`;`);
  }
}
