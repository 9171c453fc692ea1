import { Migration } from '@mikro-orm/migrations';

export class Migration20261204085849_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`analytics_daily_actors\` (\`id\` varchar(64) not null, \`project_id\` varchar(36) not null, \`day\` varchar(10) not null, \`event\` varchar(200) not null, \`distinct_id\` varchar(200) not null, \`first_at\` double not null, \`last_at\` double not null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`analytics_daily_actors\` add index \`analytics_daily_actors_tenant_id_index\`(\`tenant_id\`);`);
    this.addSql(
      `alter table \`analytics_daily_actors\` add index \`analytics_daily_actors_project_id_event_day_index\`(\`project_id\`, \`event\`, \`day\`);`,
    );
    this.addSql(
      `alter table \`analytics_daily_actors\` add index \`analytics_daily_actors_project_id_day_index\`(\`project_id\`, \`day\`);`,
    );

    this.addSql(
      `create table \`analytics_daily_counts\` (\`id\` varchar(64) not null, \`project_id\` varchar(36) not null, \`day\` varchar(10) not null, \`event\` varchar(200) not null, \`count\` int not null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`analytics_daily_counts\` add index \`analytics_daily_counts_tenant_id_index\`(\`tenant_id\`);`);
    this.addSql(
      `alter table \`analytics_daily_counts\` add index \`analytics_daily_counts_project_id_day_index\`(\`project_id\`, \`day\`);`,
    );

    this.addSql(
      `create table \`analytics_events\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`project_id\` varchar(36) not null, \`uuid\` varchar(36) not null, \`event\` varchar(200) not null, \`distinct_id\` varchar(200) not null, \`properties_json\` mediumtext not null, \`timestamp\` datetime(3) not null, \`day\` varchar(10) not null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`analytics_events\` add index \`analytics_events_tenant_id_index\`(\`tenant_id\`);`);
    this.addSql(
      `alter table \`analytics_events\` add index \`analytics_events_project_id_timestamp_index\`(\`project_id\`, \`timestamp\`);`,
    );
    this.addSql(`alter table \`analytics_events\` add unique \`analytics_events_uuid_project_id_unique\`(\`uuid\`, \`project_id\`);`);

    this.addSql(
      `create table \`analytics_projects\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`name\` varchar(200) not null, \`api_key\` varchar(64) not null, \`created_by_id\` varchar(36) not null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`analytics_projects\` add unique \`analytics_projects_api_key_unique\`(\`api_key\`);`);
    this.addSql(`alter table \`analytics_projects\` add index \`analytics_projects_tenant_id_index\`(\`tenant_id\`);`);
    this.addSql(`alter table \`analytics_projects\` add index \`analytics_projects_created_at_index\`(\`created_at\`);`);

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
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`analytics_daily_actors\`;`);

    this.addSql(`drop table if exists \`analytics_daily_counts\`;`);

    this.addSql(`drop table if exists \`analytics_events\`;`);

    this.addSql(`drop table if exists \`analytics_projects\`;`);

    this.addSql(`drop table if exists \`failed_events\`;`);

    this.addSql(`drop table if exists \`outbox_events\`;`);

    this.addSql(`drop table if exists \`processed_events\`;`);
  }
}
