import { Migration } from '@mikro-orm/migrations';

export class Migration20261205032218 extends Migration {
  override async up(): Promise<void> {
    // Learning becomes tenant-owned. SQLite cannot add a NOT NULL column without a default: rows written
    // before tenants get the empty tenant, which no request acts in, so no one sees them (see the README).
    this.addSql(`alter table \`learning_certificates\` add column \`tenant_id\` text not null default '';`);
    this.addSql(`create index \`learning_certificates_tenant_id_index\` on \`learning_certificates\` (\`tenant_id\`);`);

    this.addSql(`alter table \`learning_courses\` add column \`tenant_id\` text not null default '';`);
    this.addSql(`create index \`learning_courses_tenant_id_index\` on \`learning_courses\` (\`tenant_id\`);`);

    this.addSql(`alter table \`learning_enrolments\` add column \`tenant_id\` text not null default '';`);
    this.addSql(`create index \`learning_enrolments_tenant_id_index\` on \`learning_enrolments\` (\`tenant_id\`);`);

    this.addSql(`alter table \`learning_lessons\` add column \`tenant_id\` text not null default '';`);
    this.addSql(`create index \`learning_lessons_tenant_id_index\` on \`learning_lessons\` (\`tenant_id\`);`);

    this.addSql(`alter table \`learning_lesson_progress\` add column \`tenant_id\` text not null default '';`);
    this.addSql(`create index \`learning_lesson_progress_tenant_id_index\` on \`learning_lesson_progress\` (\`tenant_id\`);`);

    this.addSql(`alter table \`learning_modules\` add column \`tenant_id\` text not null default '';`);
    this.addSql(`create index \`learning_modules_tenant_id_index\` on \`learning_modules\` (\`tenant_id\`);`);

    this.addSql(`alter table \`learning_questions\` add column \`tenant_id\` text not null default '';`);
    this.addSql(`create index \`learning_questions_tenant_id_index\` on \`learning_questions\` (\`tenant_id\`);`);

    this.addSql(`alter table \`learning_quizzes\` add column \`tenant_id\` text not null default '';`);
    this.addSql(`create index \`learning_quizzes_tenant_id_index\` on \`learning_quizzes\` (\`tenant_id\`);`);

    this.addSql(`alter table \`learning_quiz_attempts\` add column \`tenant_id\` text not null default '';`);
    this.addSql(`create index \`learning_quiz_attempts_tenant_id_index\` on \`learning_quiz_attempts\` (\`tenant_id\`);`);
    // Rebuild each table without the default, so it matches the entity (tenantId has none), as work's did.
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(
      `create table \`learning_certificates__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`course_id\` text not null, \`user_id\` text not null, \`enrolment_id\` text not null, \`code\` text not null, \`holder_name\` text not null, \`course_title\` text not null, \`issued_at\` datetime not null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(
      `insert into \`learning_certificates__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`course_id\`, \`user_id\`, \`enrolment_id\`, \`code\`, \`holder_name\`, \`course_title\`, \`issued_at\`, \`tenant_id\` from \`learning_certificates\`;`,
    );
    this.addSql(`drop table \`learning_certificates\`;`);
    this.addSql(`alter table \`learning_certificates__temp_alter\` rename to \`learning_certificates\`;`);
    this.addSql(`create unique index \`learning_certificates_enrolment_id_unique\` on \`learning_certificates\` (\`enrolment_id\`);`);
    this.addSql(`create unique index \`learning_certificates_code_unique\` on \`learning_certificates\` (\`code\`);`);
    this.addSql(`create index \`learning_certificates_tenant_id_index\` on \`learning_certificates\` (\`tenant_id\`);`);
    this.addSql(`pragma foreign_keys = on;`);
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(
      `create table \`learning_courses__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`instructor_id\` text not null, \`title\` text not null, \`summary\` text not null, \`enrolment_mode\` text check (\`enrolment_mode\` in ('OPEN', 'KEY', 'INSTRUCTOR')) not null, \`enrolment_key\` text null, \`published\` integer not null default false, \`min_lesson_percent\` integer not null default 100, \`require_quizzes_passed\` integer not null default true, \`lesson_count\` integer not null default 0, \`module_count\` integer not null default 0, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(
      `insert into \`learning_courses__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`instructor_id\`, \`title\`, \`summary\`, \`enrolment_mode\`, \`enrolment_key\`, \`published\`, \`min_lesson_percent\`, \`require_quizzes_passed\`, \`lesson_count\`, \`module_count\`, \`tenant_id\` from \`learning_courses\`;`,
    );
    this.addSql(`drop table \`learning_courses\`;`);
    this.addSql(`alter table \`learning_courses__temp_alter\` rename to \`learning_courses\`;`);
    this.addSql(`create index \`learning_courses_instructor_id_index\` on \`learning_courses\` (\`instructor_id\`);`);
    this.addSql(`create index \`learning_courses_published_index\` on \`learning_courses\` (\`published\`);`);
    this.addSql(`create index \`learning_courses_tenant_id_index\` on \`learning_courses\` (\`tenant_id\`);`);
    this.addSql(`pragma foreign_keys = on;`);
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(
      `create table \`learning_enrolments__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`course_id\` text not null, \`user_id\` text not null, \`enrolled_by\` text not null, \`starts_at\` datetime not null, \`ends_at\` datetime null, \`status\` text check (\`status\` in ('ACTIVE', 'COMPLETED')) not null default 'ACTIVE', \`completed_at\` datetime null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(
      `insert into \`learning_enrolments__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`course_id\`, \`user_id\`, \`enrolled_by\`, \`starts_at\`, \`ends_at\`, \`status\`, \`completed_at\`, \`tenant_id\` from \`learning_enrolments\`;`,
    );
    this.addSql(`drop table \`learning_enrolments\`;`);
    this.addSql(`alter table \`learning_enrolments__temp_alter\` rename to \`learning_enrolments\`;`);
    this.addSql(`create index \`learning_enrolments_user_id_index\` on \`learning_enrolments\` (\`user_id\`);`);
    this.addSql(`create index \`learning_enrolments_tenant_id_index\` on \`learning_enrolments\` (\`tenant_id\`);`);
    this.addSql(
      `create unique index \`learning_enrolments_course_id_user_id_unique\` on \`learning_enrolments\` (\`course_id\`, \`user_id\`);`,
    );
    this.addSql(`pragma foreign_keys = on;`);
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(
      `create table \`learning_lessons__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`course_id\` text not null, \`module_id\` text not null, \`title\` text not null, \`kind\` text check (\`kind\` in ('TEXT', 'VIDEO', 'QUIZ')) not null, \`position\` integer not null, \`body\` text not null, \`video_url\` text null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(
      `insert into \`learning_lessons__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`course_id\`, \`module_id\`, \`title\`, \`kind\`, \`position\`, \`body\`, \`video_url\`, \`tenant_id\` from \`learning_lessons\`;`,
    );
    this.addSql(`drop table \`learning_lessons\`;`);
    this.addSql(`alter table \`learning_lessons__temp_alter\` rename to \`learning_lessons\`;`);
    this.addSql(`create index \`learning_lessons_course_id_index\` on \`learning_lessons\` (\`course_id\`);`);
    this.addSql(`create index \`learning_lessons_tenant_id_index\` on \`learning_lessons\` (\`tenant_id\`);`);
    this.addSql(
      `create unique index \`learning_lessons_module_id_position_unique\` on \`learning_lessons\` (\`module_id\`, \`position\`);`,
    );
    this.addSql(`pragma foreign_keys = on;`);
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(
      `create table \`learning_lesson_progress__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`enrolment_id\` text not null, \`lesson_id\` text not null, \`completed_at\` datetime not null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(
      `insert into \`learning_lesson_progress__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`enrolment_id\`, \`lesson_id\`, \`completed_at\`, \`tenant_id\` from \`learning_lesson_progress\`;`,
    );
    this.addSql(`drop table \`learning_lesson_progress\`;`);
    this.addSql(`alter table \`learning_lesson_progress__temp_alter\` rename to \`learning_lesson_progress\`;`);
    this.addSql(`create index \`learning_lesson_progress_tenant_id_index\` on \`learning_lesson_progress\` (\`tenant_id\`);`);
    this.addSql(
      `create unique index \`learning_lesson_progress_enrolment_id_lesson_id_unique\` on \`learning_lesson_progress\` (\`enrolment_id\`, \`lesson_id\`);`,
    );
    this.addSql(`pragma foreign_keys = on;`);
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(
      `create table \`learning_modules__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`course_id\` text not null, \`title\` text not null, \`position\` integer not null, \`lesson_count\` integer not null default 0, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(
      `insert into \`learning_modules__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`course_id\`, \`title\`, \`position\`, \`lesson_count\`, \`tenant_id\` from \`learning_modules\`;`,
    );
    this.addSql(`drop table \`learning_modules\`;`);
    this.addSql(`alter table \`learning_modules__temp_alter\` rename to \`learning_modules\`;`);
    this.addSql(`create index \`learning_modules_tenant_id_index\` on \`learning_modules\` (\`tenant_id\`);`);
    this.addSql(
      `create unique index \`learning_modules_course_id_position_unique\` on \`learning_modules\` (\`course_id\`, \`position\`);`,
    );
    this.addSql(`pragma foreign_keys = on;`);
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(
      `create table \`learning_questions__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`quiz_id\` text not null, \`position\` integer not null, \`kind\` text check (\`kind\` in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SHORT_ANSWER')) not null, \`prompt\` text not null, \`options\` json not null, \`correct_options\` json not null, \`accepted_answers\` json not null, \`points\` integer not null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(
      `insert into \`learning_questions__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`quiz_id\`, \`position\`, \`kind\`, \`prompt\`, \`options\`, \`correct_options\`, \`accepted_answers\`, \`points\`, \`tenant_id\` from \`learning_questions\`;`,
    );
    this.addSql(`drop table \`learning_questions\`;`);
    this.addSql(`alter table \`learning_questions__temp_alter\` rename to \`learning_questions\`;`);
    this.addSql(`create index \`learning_questions_tenant_id_index\` on \`learning_questions\` (\`tenant_id\`);`);
    this.addSql(
      `create unique index \`learning_questions_quiz_id_position_unique\` on \`learning_questions\` (\`quiz_id\`, \`position\`);`,
    );
    this.addSql(`pragma foreign_keys = on;`);
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(
      `create table \`learning_quizzes__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`course_id\` text not null, \`lesson_id\` text not null, \`time_limit_seconds\` integer not null, \`max_attempts\` integer not null, \`pass_percent\` integer not null, \`max_score\` integer not null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(
      `insert into \`learning_quizzes__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`course_id\`, \`lesson_id\`, \`time_limit_seconds\`, \`max_attempts\`, \`pass_percent\`, \`max_score\`, \`tenant_id\` from \`learning_quizzes\`;`,
    );
    this.addSql(`drop table \`learning_quizzes\`;`);
    this.addSql(`alter table \`learning_quizzes__temp_alter\` rename to \`learning_quizzes\`;`);
    this.addSql(`create index \`learning_quizzes_course_id_index\` on \`learning_quizzes\` (\`course_id\`);`);
    this.addSql(`create unique index \`learning_quizzes_lesson_id_unique\` on \`learning_quizzes\` (\`lesson_id\`);`);
    this.addSql(`create index \`learning_quizzes_tenant_id_index\` on \`learning_quizzes\` (\`tenant_id\`);`);
    this.addSql(`pragma foreign_keys = on;`);
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(
      `create table \`learning_quiz_attempts__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`quiz_id\` text not null, \`lesson_id\` text not null, \`course_id\` text not null, \`enrolment_id\` text not null, \`user_id\` text not null, \`number\` integer not null, \`status\` text check (\`status\` in ('IN_PROGRESS', 'GRADED', 'EXPIRED')) not null default 'IN_PROGRESS', \`started_at\` datetime not null, \`deadline\` datetime not null, \`submitted_at\` datetime null, \`score\` integer null, \`max_score\` integer not null, \`passed\` integer null, \`outcomes\` json null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(
      `insert into \`learning_quiz_attempts__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`quiz_id\`, \`lesson_id\`, \`course_id\`, \`enrolment_id\`, \`user_id\`, \`number\`, \`status\`, \`started_at\`, \`deadline\`, \`submitted_at\`, \`score\`, \`max_score\`, \`passed\`, \`outcomes\`, \`tenant_id\` from \`learning_quiz_attempts\`;`,
    );
    this.addSql(`drop table \`learning_quiz_attempts\`;`);
    this.addSql(`alter table \`learning_quiz_attempts__temp_alter\` rename to \`learning_quiz_attempts\`;`);
    this.addSql(`create index \`learning_quiz_attempts_enrolment_id_index\` on \`learning_quiz_attempts\` (\`enrolment_id\`);`);
    this.addSql(`create index \`learning_quiz_attempts_tenant_id_index\` on \`learning_quiz_attempts\` (\`tenant_id\`);`);
    this.addSql(
      `create unique index \`learning_quiz_attempts_quiz_id_user_id_number_unique\` on \`learning_quiz_attempts\` (\`quiz_id\`, \`user_id\`, \`number\`);`,
    );
    this.addSql(`pragma foreign_keys = on;`);
  }
}
