import { Migration } from '@mikro-orm/migrations';

export class Migration20261203080404_event_pipeline extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`failed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`type\` varchar(120) not null, \`event\` json not null, \`attempts\` int not null, \`last_error\` varchar(1000) not null, \`first_failed_at\` datetime(3) not null, \`last_failed_at\` datetime(3) not null, \`next_attempt_at\` datetime(3) null, \`dead_at\` datetime(3) null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`failed_events\` add index \`failed_events_next_attempt_at_index\`(\`next_attempt_at\`);`);
    this.addSql(`alter table \`failed_events\` add index \`failed_events_dead_at_index\`(\`dead_at\`);`);

    this.addSql(`alter table \`outbox_events\` add \`claimed_by\` varchar(60) null, add \`claimed_until\` datetime(3) null;`);

    this.addSql(`alter table \`processed_events\` add index \`processed_events_processed_at_index\`(\`processed_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`failed_events\`;`);

    this.addSql(`alter table \`outbox_events\` drop column \`claimed_by\`, drop column \`claimed_until\`;`);

    this.addSql(`alter table \`processed_events\` drop index \`processed_events_processed_at_index\`;`);
  }
}
