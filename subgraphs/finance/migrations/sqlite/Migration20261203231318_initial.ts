import { Migration } from '@mikro-orm/migrations';

export class Migration20261203231318_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`budgets\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`owner_id\` text not null, \`category_key\` text not null, \`amount\` integer not null, \`currency\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`budgets_owner_id_category_key_unique\` on \`budgets\` (\`owner_id\`, \`category_key\`);`);

    this.addSql(
      `create table \`categories\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`owner_id\` text not null, \`name\` text not null, \`name_key\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`categories_owner_id_name_key_unique\` on \`categories\` (\`owner_id\`, \`name_key\`);`);

    this.addSql(
      `create table \`expenses\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`owner_id\` text not null, \`amount\` integer not null, \`currency\` text not null, \`description\` text not null, \`category\` text not null, \`spent_on\` text not null, \`notes\` text null, \`recurring_id\` text null, \`occurrence_on\` text null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`expenses_owner_id_spent_on_index\` on \`expenses\` (\`owner_id\`, \`spent_on\`);`);
    this.addSql(`create index \`expenses_owner_id_category_spent_on_index\` on \`expenses\` (\`owner_id\`, \`category\`, \`spent_on\`);`);
    this.addSql(`create index \`expenses_owner_id_amount_index\` on \`expenses\` (\`owner_id\`, \`amount\`);`);
    this.addSql(`create unique index \`expenses_recurring_occurrence_unique\` on \`expenses\` (\`recurring_id\`, \`occurrence_on\`);`);

    this.addSql(
      `create table \`failed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`type\` text not null, \`event\` json not null, \`attempts\` integer not null, \`last_error\` text not null, \`first_failed_at\` datetime not null, \`last_failed_at\` datetime not null, \`next_attempt_at\` datetime null, \`dead_at\` datetime null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`failed_events_next_attempt_at_index\` on \`failed_events\` (\`next_attempt_at\`);`);
    this.addSql(`create index \`failed_events_dead_at_index\` on \`failed_events\` (\`dead_at\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`type\` text not null, \`tenant_id\` text null, \`payload\` json not null, \`published_at\` datetime null, \`claimed_by\` text null, \`claimed_until\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`outbox_events_published_at_index\` on \`outbox_events\` (\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`processed_events_processed_at_index\` on \`processed_events\` (\`processed_at\`);`);

    this.addSql(
      `create table \`recurring_expenses\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`owner_id\` text not null, \`amount\` integer not null, \`currency\` text not null, \`description\` text not null, \`category\` text not null, \`notes\` text null, \`frequency\` text check (\`frequency\` in ('DAILY', 'WEEKLY', 'MONTHLY')) not null, \`start_on\` text not null, \`end_on\` text null, \`next_on\` text null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`recurring_expenses_next_on_index\` on \`recurring_expenses\` (\`next_on\`);`);
    this.addSql(`create index \`recurring_expenses_owner_id_created_at_index\` on \`recurring_expenses\` (\`owner_id\`, \`created_at\`);`);
  }
}
