import { Migration } from '@mikro-orm/migrations';

export class Migration20261204085849_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`analytics_daily_actors\` (\`id\` text not null, \`project_id\` text not null, \`day\` text not null, \`event\` text not null, \`distinct_id\` text not null, \`first_at\` double not null, \`last_at\` double not null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`analytics_daily_actors_tenant_id_index\` on \`analytics_daily_actors\` (\`tenant_id\`);`);
    this.addSql(
      `create index \`analytics_daily_actors_project_id_event_day_index\` on \`analytics_daily_actors\` (\`project_id\`, \`event\`, \`day\`);`,
    );
    this.addSql(`create index \`analytics_daily_actors_project_id_day_index\` on \`analytics_daily_actors\` (\`project_id\`, \`day\`);`);

    this.addSql(
      `create table \`analytics_daily_counts\` (\`id\` text not null, \`project_id\` text not null, \`day\` text not null, \`event\` text not null, \`count\` integer not null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`analytics_daily_counts_tenant_id_index\` on \`analytics_daily_counts\` (\`tenant_id\`);`);
    this.addSql(`create index \`analytics_daily_counts_project_id_day_index\` on \`analytics_daily_counts\` (\`project_id\`, \`day\`);`);

    this.addSql(
      `create table \`analytics_events\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`project_id\` text not null, \`uuid\` text not null, \`event\` text not null, \`distinct_id\` text not null, \`properties_json\` mediumtext not null, \`timestamp\` datetime not null, \`day\` text not null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`analytics_events_tenant_id_index\` on \`analytics_events\` (\`tenant_id\`);`);
    this.addSql(`create index \`analytics_events_project_id_timestamp_index\` on \`analytics_events\` (\`project_id\`, \`timestamp\`);`);
    this.addSql(`create unique index \`analytics_events_uuid_project_id_unique\` on \`analytics_events\` (\`uuid\`, \`project_id\`);`);

    this.addSql(
      `create table \`analytics_projects\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`api_key\` text not null, \`created_by_id\` text not null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`analytics_projects_api_key_unique\` on \`analytics_projects\` (\`api_key\`);`);
    this.addSql(`create index \`analytics_projects_tenant_id_index\` on \`analytics_projects\` (\`tenant_id\`);`);
    this.addSql(`create index \`analytics_projects_created_at_index\` on \`analytics_projects\` (\`created_at\`);`);

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
  }
}
