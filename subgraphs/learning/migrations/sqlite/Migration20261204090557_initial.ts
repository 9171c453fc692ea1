import { Migration } from '@mikro-orm/migrations';

export class Migration20261204090557_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`learning_certificates\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`course_id\` text not null, \`user_id\` text not null, \`enrolment_id\` text not null, \`code\` text not null, \`holder_name\` text not null, \`course_title\` text not null, \`issued_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`learning_certificates_enrolment_id_unique\` on \`learning_certificates\` (\`enrolment_id\`);`);
    this.addSql(`create unique index \`learning_certificates_code_unique\` on \`learning_certificates\` (\`code\`);`);

    this.addSql(
      `create table \`learning_courses\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`instructor_id\` text not null, \`title\` text not null, \`summary\` text not null, \`enrolment_mode\` text check (\`enrolment_mode\` in ('OPEN', 'KEY', 'INSTRUCTOR')) not null, \`enrolment_key\` text null, \`published\` integer not null default false, \`min_lesson_percent\` integer not null default 100, \`require_quizzes_passed\` integer not null default true, \`lesson_count\` integer not null default 0, \`module_count\` integer not null default 0, primary key (\`id\`));`,
    );
    this.addSql(`create index \`learning_courses_instructor_id_index\` on \`learning_courses\` (\`instructor_id\`);`);
    this.addSql(`create index \`learning_courses_published_index\` on \`learning_courses\` (\`published\`);`);

    this.addSql(
      `create table \`learning_enrolments\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`course_id\` text not null, \`user_id\` text not null, \`enrolled_by\` text not null, \`starts_at\` datetime not null, \`ends_at\` datetime null, \`status\` text check (\`status\` in ('ACTIVE', 'COMPLETED')) not null default 'ACTIVE', \`completed_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`learning_enrolments_user_id_index\` on \`learning_enrolments\` (\`user_id\`);`);
    this.addSql(
      `create unique index \`learning_enrolments_course_id_user_id_unique\` on \`learning_enrolments\` (\`course_id\`, \`user_id\`);`,
    );

    this.addSql(
      `create table \`failed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`type\` text not null, \`event\` json not null, \`attempts\` integer not null, \`last_error\` text not null, \`first_failed_at\` datetime not null, \`last_failed_at\` datetime not null, \`next_attempt_at\` datetime null, \`dead_at\` datetime null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`failed_events_next_attempt_at_index\` on \`failed_events\` (\`next_attempt_at\`);`);
    this.addSql(`create index \`failed_events_dead_at_index\` on \`failed_events\` (\`dead_at\`);`);

    this.addSql(
      `create table \`learning_lessons\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`course_id\` text not null, \`module_id\` text not null, \`title\` text not null, \`kind\` text check (\`kind\` in ('TEXT', 'VIDEO', 'QUIZ')) not null, \`position\` integer not null, \`body\` text not null, \`video_url\` text null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`learning_lessons_course_id_index\` on \`learning_lessons\` (\`course_id\`);`);
    this.addSql(
      `create unique index \`learning_lessons_module_id_position_unique\` on \`learning_lessons\` (\`module_id\`, \`position\`);`,
    );

    this.addSql(
      `create table \`learning_lesson_progress\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`enrolment_id\` text not null, \`lesson_id\` text not null, \`completed_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create unique index \`learning_lesson_progress_enrolment_id_lesson_id_unique\` on \`learning_lesson_progress\` (\`enrolment_id\`, \`lesson_id\`);`,
    );

    this.addSql(
      `create table \`learning_modules\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`course_id\` text not null, \`title\` text not null, \`position\` integer not null, \`lesson_count\` integer not null default 0, primary key (\`id\`));`,
    );
    this.addSql(
      `create unique index \`learning_modules_course_id_position_unique\` on \`learning_modules\` (\`course_id\`, \`position\`);`,
    );

    this.addSql(
      `create table \`outbox_events\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`type\` text not null, \`tenant_id\` text null, \`payload\` json not null, \`published_at\` datetime null, \`claimed_by\` text null, \`claimed_until\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`outbox_events_published_at_index\` on \`outbox_events\` (\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`processed_events_processed_at_index\` on \`processed_events\` (\`processed_at\`);`);

    this.addSql(
      `create table \`learning_questions\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`quiz_id\` text not null, \`position\` integer not null, \`kind\` text check (\`kind\` in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SHORT_ANSWER')) not null, \`prompt\` text not null, \`options\` json not null, \`correct_options\` json not null, \`accepted_answers\` json not null, \`points\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create unique index \`learning_questions_quiz_id_position_unique\` on \`learning_questions\` (\`quiz_id\`, \`position\`);`,
    );

    this.addSql(
      `create table \`learning_quizzes\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`course_id\` text not null, \`lesson_id\` text not null, \`time_limit_seconds\` integer not null, \`max_attempts\` integer not null, \`pass_percent\` integer not null, \`max_score\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`learning_quizzes_course_id_index\` on \`learning_quizzes\` (\`course_id\`);`);
    this.addSql(`create unique index \`learning_quizzes_lesson_id_unique\` on \`learning_quizzes\` (\`lesson_id\`);`);

    this.addSql(
      `create table \`learning_quiz_attempts\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`quiz_id\` text not null, \`lesson_id\` text not null, \`course_id\` text not null, \`enrolment_id\` text not null, \`user_id\` text not null, \`number\` integer not null, \`status\` text check (\`status\` in ('IN_PROGRESS', 'GRADED', 'EXPIRED')) not null default 'IN_PROGRESS', \`started_at\` datetime not null, \`deadline\` datetime not null, \`submitted_at\` datetime null, \`score\` integer null, \`max_score\` integer not null, \`passed\` integer null, \`outcomes\` json null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`learning_quiz_attempts_enrolment_id_index\` on \`learning_quiz_attempts\` (\`enrolment_id\`);`);
    this.addSql(
      `create unique index \`learning_quiz_attempts_quiz_id_user_id_number_unique\` on \`learning_quiz_attempts\` (\`quiz_id\`, \`user_id\`, \`number\`);`,
    );
  }
}
