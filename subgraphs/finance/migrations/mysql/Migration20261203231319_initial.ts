import { Migration } from '@mikro-orm/migrations';

export class Migration20261203231319_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`budgets\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`owner_id\` varchar(36) not null, \`category_key\` varchar(40) not null, \`amount\` int not null, \`currency\` varchar(3) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`budgets\` add unique \`budgets_owner_id_category_key_unique\`(\`owner_id\`, \`category_key\`);`);

    this.addSql(
      `create table \`categories\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`owner_id\` varchar(36) not null, \`name\` varchar(40) not null, \`name_key\` varchar(40) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`categories\` add unique \`categories_owner_id_name_key_unique\`(\`owner_id\`, \`name_key\`);`);

    this.addSql(
      `create table \`expenses\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`owner_id\` varchar(36) not null, \`amount\` int not null, \`currency\` varchar(3) not null, \`description\` varchar(200) not null, \`category\` varchar(40) not null, \`spent_on\` varchar(10) not null, \`notes\` text null, \`recurring_id\` varchar(36) null, \`occurrence_on\` varchar(10) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`expenses\` add index \`expenses_owner_id_spent_on_index\`(\`owner_id\`, \`spent_on\`);`);
    this.addSql(
      `alter table \`expenses\` add index \`expenses_owner_id_category_spent_on_index\`(\`owner_id\`, \`category\`, \`spent_on\`);`,
    );
    this.addSql(`alter table \`expenses\` add index \`expenses_owner_id_amount_index\`(\`owner_id\`, \`amount\`);`);
    this.addSql(`alter table \`expenses\` add unique \`expenses_recurring_occurrence_unique\`(\`recurring_id\`, \`occurrence_on\`);`);

    this.addSql(
      `create table \`failed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`type\` varchar(120) not null, \`event\` json not null, \`attempts\` int not null, \`last_error\` varchar(1000) not null, \`first_failed_at\` datetime(3) not null, \`last_failed_at\` datetime(3) not null, \`next_attempt_at\` datetime(3) null, \`dead_at\` datetime(3) null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`failed_events\` add index \`failed_events_next_attempt_at_index\`(\`next_attempt_at\`);`);
    this.addSql(`alter table \`failed_events\` add index \`failed_events_dead_at_index\`(\`dead_at\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`type\` varchar(120) not null, \`tenant_id\` varchar(36) null, \`payload\` json not null, \`published_at\` datetime(3) null, \`claimed_by\` varchar(60) null, \`claimed_until\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`outbox_events\` add index \`outbox_events_published_at_index\`(\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`processed_at\` datetime(3) not null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`processed_events\` add index \`processed_events_processed_at_index\`(\`processed_at\`);`);

    this.addSql(
      `create table \`recurring_expenses\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`owner_id\` varchar(36) not null, \`amount\` int not null, \`currency\` varchar(3) not null, \`description\` varchar(200) not null, \`category\` varchar(40) not null, \`notes\` text null, \`frequency\` enum('DAILY', 'WEEKLY', 'MONTHLY') not null, \`start_on\` varchar(10) not null, \`end_on\` varchar(10) null, \`next_on\` varchar(10) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`recurring_expenses\` add index \`recurring_expenses_next_on_index\`(\`next_on\`);`);
    this.addSql(
      `alter table \`recurring_expenses\` add index \`recurring_expenses_owner_id_created_at_index\`(\`owner_id\`, \`created_at\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`budgets\`;`);

    this.addSql(`drop table if exists \`categories\`;`);

    this.addSql(`drop table if exists \`expenses\`;`);

    this.addSql(`drop table if exists \`failed_events\`;`);

    this.addSql(`drop table if exists \`outbox_events\`;`);

    this.addSql(`drop table if exists \`processed_events\`;`);

    this.addSql(`drop table if exists \`recurring_expenses\`;`);
  }
}
