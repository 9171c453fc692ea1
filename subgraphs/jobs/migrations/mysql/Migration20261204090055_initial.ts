import { Migration } from '@mikro-orm/migrations';

export class Migration20261204090055_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`job_applications\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`job_id\` varchar(36) not null, \`candidate_id\` varchar(36) not null, \`cover_letter\` text null, \`answers\` json not null, \`cv_key\` varchar(300) not null, \`cv_file_name\` varchar(200) not null, \`cv_content_type\` varchar(100) not null, \`cv_size\` int not null, \`cv_text\` text null, \`search_text\` text not null, \`stage_id\` varchar(36) not null, \`status\` enum('ACTIVE', 'HIRED', 'REJECTED', 'WITHDRAWN') not null, \`note\` varchar(2000) null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`job_applications\` add index \`job_applications_tenant_id_index\`(\`tenant_id\`);`);
    this.addSql(
      `alter table \`job_applications\` add index \`job_applications_tenant_id_created_at_index\`(\`tenant_id\`, \`created_at\`);`,
    );
    this.addSql(`alter table \`job_applications\` add index \`job_applications_tenant_id_job_id_index\`(\`tenant_id\`, \`job_id\`);`);
    this.addSql(`alter table \`job_applications\` add fulltext index \`job_applications_search_text_index\`(\`search_text\`);`);
    this.addSql(
      `alter table \`job_applications\` add unique \`job_applications_job_id_candidate_id_unique\`(\`job_id\`, \`candidate_id\`);`,
    );

    this.addSql(
      `create table \`interviewer_availability\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`interviewer_id\` varchar(36) not null, \`starts_at\` datetime(3) not null, \`ends_at\` datetime(3) not null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`interviewer_availability\` add index \`interviewer_availability_tenant_id_index\`(\`tenant_id\`);`);
    this.addSql(
      `alter table \`interviewer_availability\` add index \`interviewer_availability_tenant_id_interviewer_id_s_eb9b5_index\`(\`tenant_id\`, \`interviewer_id\`, \`starts_at\`);`,
    );

    this.addSql(
      `create table \`candidate_applications\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`user_id\` varchar(36) not null, \`application_id\` varchar(36) not null, \`job_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`candidate_applications\` add unique \`candidate_applications_application_id_unique\`(\`application_id\`);`);
    this.addSql(
      `alter table \`candidate_applications\` add index \`candidate_applications_user_id_created_at_index\`(\`user_id\`, \`created_at\`);`,
    );

    this.addSql(
      `create table \`failed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`type\` varchar(120) not null, \`event\` json not null, \`attempts\` int not null, \`last_error\` varchar(1000) not null, \`first_failed_at\` datetime(3) not null, \`last_failed_at\` datetime(3) not null, \`next_attempt_at\` datetime(3) null, \`dead_at\` datetime(3) null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`failed_events\` add index \`failed_events_next_attempt_at_index\`(\`next_attempt_at\`);`);
    this.addSql(`alter table \`failed_events\` add index \`failed_events_dead_at_index\`(\`dead_at\`);`);

    this.addSql(
      `create table \`job_interviews\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`application_id\` varchar(36) not null, \`job_id\` varchar(36) not null, \`starts_at\` datetime(3) not null, \`ends_at\` datetime(3) not null, \`interviewer_ids\` json not null, \`status\` enum('SCHEDULED', 'CANCELLED') not null, \`scheduled_by_user_id\` varchar(36) not null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`job_interviews\` add index \`job_interviews_tenant_id_index\`(\`tenant_id\`);`);
    this.addSql(
      `alter table \`job_interviews\` add index \`job_interviews_tenant_id_application_id_index\`(\`tenant_id\`, \`application_id\`);`,
    );

    this.addSql(
      `create table \`job_interview_seats\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`interview_id\` varchar(36) not null, \`interviewer_id\` varchar(36) not null, \`starts_at\` datetime(3) not null, \`ends_at\` datetime(3) not null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`job_interview_seats\` add index \`job_interview_seats_tenant_id_index\`(\`tenant_id\`);`);
    this.addSql(
      `alter table \`job_interview_seats\` add index \`job_interview_seats_tenant_id_interviewer_id_starts_at_index\`(\`tenant_id\`, \`interviewer_id\`, \`starts_at\`);`,
    );
    this.addSql(`alter table \`job_interview_seats\` add index \`job_interview_seats_interview_id_index\`(\`interview_id\`);`);

    this.addSql(
      `create table \`jobs\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`company_id\` varchar(36) not null, \`company_name\` varchar(200) not null, \`title\` varchar(200) not null, \`sort_title\` varchar(200) not null, \`description\` text not null, \`location\` varchar(200) null, \`location_key\` varchar(200) null, \`remote\` enum('ON_SITE', 'HYBRID', 'REMOTE') not null, \`salary_min\` int null, \`salary_max\` int null, \`salary_currency\` varchar(3) null, \`sort_salary\` int not null, \`skills\` json not null, \`skill_key\` varchar(1000) not null, \`questions\` json not null, \`status\` enum('OPEN', 'CLOSED') not null, \`search_text\` text not null, \`posted_by_user_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`jobs\` add index \`jobs_status_created_at_index\`(\`status\`, \`created_at\`);`);
    this.addSql(`alter table \`jobs\` add index \`jobs_company_id_created_at_index\`(\`company_id\`, \`created_at\`);`);
    this.addSql(`alter table \`jobs\` add fulltext index \`jobs_search_text_index\`(\`search_text\`);`);

    this.addSql(
      `create table \`job_skills\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`job_id\` varchar(36) not null, \`skill\` varchar(40) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`job_skills\` add index \`job_skills_job_id_index\`(\`job_id\`);`);
    this.addSql(`alter table \`job_skills\` add index \`job_skills_skill_index\`(\`skill\`);`);

    this.addSql(
      `create table \`job_stages\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`job_id\` varchar(36) not null, \`name\` varchar(60) not null, \`position\` int not null, \`kind\` enum('ACTIVE', 'HIRED', 'REJECTED') not null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`job_stages\` add index \`job_stages_tenant_id_index\`(\`tenant_id\`);`);
    this.addSql(
      `alter table \`job_stages\` add index \`job_stages_tenant_id_job_id_position_index\`(\`tenant_id\`, \`job_id\`, \`position\`);`,
    );

    this.addSql(
      `create table \`outbox_events\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`type\` varchar(120) not null, \`tenant_id\` varchar(36) null, \`payload\` json not null, \`published_at\` datetime(3) null, \`claimed_by\` varchar(60) null, \`claimed_until\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`outbox_events\` add index \`outbox_events_published_at_index\`(\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`processed_at\` datetime(3) not null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`processed_events\` add index \`processed_events_processed_at_index\`(\`processed_at\`);`);

    this.addSql(
      `create table \`job_scorecards\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`application_id\` varchar(36) not null, \`interview_id\` varchar(36) null, \`author_id\` varchar(36) not null, \`rating\` int not null, \`recommendation\` enum('STRONG_NO', 'NO', 'YES', 'STRONG_YES') not null, \`notes\` text null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`job_scorecards\` add index \`job_scorecards_tenant_id_index\`(\`tenant_id\`);`);
    this.addSql(
      `alter table \`job_scorecards\` add index \`job_scorecards_tenant_id_application_id_created_at_index\`(\`tenant_id\`, \`application_id\`, \`created_at\`);`,
    );
    this.addSql(
      `alter table \`job_scorecards\` add unique \`job_scorecards_application_id_author_id_unique\`(\`application_id\`, \`author_id\`);`,
    );

    this.addSql(
      `create table \`job_stage_moves\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`application_id\` varchar(36) not null, \`from_stage_id\` varchar(36) null, \`from_stage_name\` varchar(60) null, \`to_stage_id\` varchar(36) not null, \`to_stage_name\` varchar(60) not null, \`moved_by_user_id\` varchar(36) not null, \`reason\` varchar(500) null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`job_stage_moves\` add index \`job_stage_moves_tenant_id_index\`(\`tenant_id\`);`);
    this.addSql(
      `alter table \`job_stage_moves\` add index \`job_stage_moves_tenant_id_application_id_created_at_index\`(\`tenant_id\`, \`application_id\`, \`created_at\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`job_applications\`;`);

    this.addSql(`drop table if exists \`interviewer_availability\`;`);

    this.addSql(`drop table if exists \`candidate_applications\`;`);

    this.addSql(`drop table if exists \`failed_events\`;`);

    this.addSql(`drop table if exists \`job_interviews\`;`);

    this.addSql(`drop table if exists \`job_interview_seats\`;`);

    this.addSql(`drop table if exists \`jobs\`;`);

    this.addSql(`drop table if exists \`job_skills\`;`);

    this.addSql(`drop table if exists \`job_stages\`;`);

    this.addSql(`drop table if exists \`outbox_events\`;`);

    this.addSql(`drop table if exists \`processed_events\`;`);

    this.addSql(`drop table if exists \`job_scorecards\`;`);

    this.addSql(`drop table if exists \`job_stage_moves\`;`);
  }
}
