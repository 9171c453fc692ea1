import { Migration } from '@mikro-orm/migrations';

export class Migration20261204090055_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`job_applications\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`job_id\` text not null, \`candidate_id\` text not null, \`cover_letter\` text null, \`answers\` json not null, \`cv_key\` text not null, \`cv_file_name\` text not null, \`cv_content_type\` text not null, \`cv_size\` integer not null, \`cv_text\` text null, \`search_text\` text not null, \`stage_id\` text not null, \`status\` text check (\`status\` in ('ACTIVE', 'HIRED', 'REJECTED', 'WITHDRAWN')) not null, \`note\` text null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`job_applications_tenant_id_index\` on \`job_applications\` (\`tenant_id\`);`);
    this.addSql(`create index \`job_applications_tenant_id_created_at_index\` on \`job_applications\` (\`tenant_id\`, \`created_at\`);`);
    this.addSql(`create index \`job_applications_tenant_id_job_id_index\` on \`job_applications\` (\`tenant_id\`, \`job_id\`);`);
    this.addSql(
      `create unique index \`job_applications_job_id_candidate_id_unique\` on \`job_applications\` (\`job_id\`, \`candidate_id\`);`,
    );

    this.addSql(
      `create table \`interviewer_availability\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`interviewer_id\` text not null, \`starts_at\` datetime not null, \`ends_at\` datetime not null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`interviewer_availability_tenant_id_index\` on \`interviewer_availability\` (\`tenant_id\`);`);
    this.addSql(
      `create index \`interviewer_availability_tenant_id_interviewer_id_starts_at_index\` on \`interviewer_availability\` (\`tenant_id\`, \`interviewer_id\`, \`starts_at\`);`,
    );

    this.addSql(
      `create table \`candidate_applications\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` text not null, \`application_id\` text not null, \`job_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`candidate_applications_application_id_unique\` on \`candidate_applications\` (\`application_id\`);`);
    this.addSql(
      `create index \`candidate_applications_user_id_created_at_index\` on \`candidate_applications\` (\`user_id\`, \`created_at\`);`,
    );

    this.addSql(
      `create table \`failed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`type\` text not null, \`event\` json not null, \`attempts\` integer not null, \`last_error\` text not null, \`first_failed_at\` datetime not null, \`last_failed_at\` datetime not null, \`next_attempt_at\` datetime null, \`dead_at\` datetime null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`failed_events_next_attempt_at_index\` on \`failed_events\` (\`next_attempt_at\`);`);
    this.addSql(`create index \`failed_events_dead_at_index\` on \`failed_events\` (\`dead_at\`);`);

    this.addSql(
      `create table \`job_interviews\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`application_id\` text not null, \`job_id\` text not null, \`starts_at\` datetime not null, \`ends_at\` datetime not null, \`interviewer_ids\` json not null, \`status\` text check (\`status\` in ('SCHEDULED', 'CANCELLED')) not null, \`scheduled_by_user_id\` text not null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`job_interviews_tenant_id_index\` on \`job_interviews\` (\`tenant_id\`);`);
    this.addSql(
      `create index \`job_interviews_tenant_id_application_id_index\` on \`job_interviews\` (\`tenant_id\`, \`application_id\`);`,
    );

    this.addSql(
      `create table \`job_interview_seats\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`interview_id\` text not null, \`interviewer_id\` text not null, \`starts_at\` datetime not null, \`ends_at\` datetime not null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`job_interview_seats_tenant_id_index\` on \`job_interview_seats\` (\`tenant_id\`);`);
    this.addSql(
      `create index \`job_interview_seats_tenant_id_interviewer_id_starts_at_index\` on \`job_interview_seats\` (\`tenant_id\`, \`interviewer_id\`, \`starts_at\`);`,
    );
    this.addSql(`create index \`job_interview_seats_interview_id_index\` on \`job_interview_seats\` (\`interview_id\`);`);

    this.addSql(
      `create table \`jobs\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`company_id\` text not null, \`company_name\` text not null, \`title\` text not null, \`sort_title\` text not null, \`description\` text not null, \`location\` text null, \`location_key\` text null, \`remote\` text check (\`remote\` in ('ON_SITE', 'HYBRID', 'REMOTE')) not null, \`salary_min\` integer null, \`salary_max\` integer null, \`salary_currency\` text null, \`sort_salary\` integer not null, \`skills\` json not null, \`skill_key\` text not null, \`questions\` json not null, \`status\` text check (\`status\` in ('OPEN', 'CLOSED')) not null, \`search_text\` text not null, \`posted_by_user_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`jobs_status_created_at_index\` on \`jobs\` (\`status\`, \`created_at\`);`);
    this.addSql(`create index \`jobs_company_id_created_at_index\` on \`jobs\` (\`company_id\`, \`created_at\`);`);

    this.addSql(
      `create table \`job_skills\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`job_id\` text not null, \`skill\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`job_skills_job_id_index\` on \`job_skills\` (\`job_id\`);`);
    this.addSql(`create index \`job_skills_skill_index\` on \`job_skills\` (\`skill\`);`);

    this.addSql(
      `create table \`job_stages\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`job_id\` text not null, \`name\` text not null, \`position\` integer not null, \`kind\` text check (\`kind\` in ('ACTIVE', 'HIRED', 'REJECTED')) not null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`job_stages_tenant_id_index\` on \`job_stages\` (\`tenant_id\`);`);
    this.addSql(`create index \`job_stages_tenant_id_job_id_position_index\` on \`job_stages\` (\`tenant_id\`, \`job_id\`, \`position\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`type\` text not null, \`tenant_id\` text null, \`payload\` json not null, \`published_at\` datetime null, \`claimed_by\` text null, \`claimed_until\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`outbox_events_published_at_index\` on \`outbox_events\` (\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`processed_events_processed_at_index\` on \`processed_events\` (\`processed_at\`);`);

    this.addSql(
      `create table \`job_scorecards\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`application_id\` text not null, \`interview_id\` text null, \`author_id\` text not null, \`rating\` integer not null, \`recommendation\` text check (\`recommendation\` in ('STRONG_NO', 'NO', 'YES', 'STRONG_YES')) not null, \`notes\` text null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`job_scorecards_tenant_id_index\` on \`job_scorecards\` (\`tenant_id\`);`);
    this.addSql(
      `create index \`job_scorecards_tenant_id_application_id_created_at_index\` on \`job_scorecards\` (\`tenant_id\`, \`application_id\`, \`created_at\`);`,
    );
    this.addSql(
      `create unique index \`job_scorecards_application_id_author_id_unique\` on \`job_scorecards\` (\`application_id\`, \`author_id\`);`,
    );

    this.addSql(
      `create table \`job_stage_moves\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`application_id\` text not null, \`from_stage_id\` text null, \`from_stage_name\` text null, \`to_stage_id\` text not null, \`to_stage_name\` text not null, \`moved_by_user_id\` text not null, \`reason\` text null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`job_stage_moves_tenant_id_index\` on \`job_stage_moves\` (\`tenant_id\`);`);
    this.addSql(
      `create index \`job_stage_moves_tenant_id_application_id_created_at_index\` on \`job_stage_moves\` (\`tenant_id\`, \`application_id\`, \`created_at\`);`,
    );
  }
}
