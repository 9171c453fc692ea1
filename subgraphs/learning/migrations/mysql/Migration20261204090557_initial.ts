import { Migration } from '@mikro-orm/migrations';

export class Migration20261204090557_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`learning_certificates\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`course_id\` varchar(36) not null, \`user_id\` varchar(36) not null, \`enrolment_id\` varchar(36) not null, \`code\` varchar(32) not null, \`holder_name\` varchar(200) not null, \`course_title\` varchar(200) not null, \`issued_at\` datetime not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`learning_certificates\` add unique \`learning_certificates_enrolment_id_unique\`(\`enrolment_id\`);`);
    this.addSql(`alter table \`learning_certificates\` add unique \`learning_certificates_code_unique\`(\`code\`);`);

    this.addSql(
      `create table \`learning_courses\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`instructor_id\` varchar(36) not null, \`title\` varchar(200) not null, \`summary\` text not null, \`enrolment_mode\` enum('OPEN', 'KEY', 'INSTRUCTOR') not null, \`enrolment_key\` varchar(100) null, \`published\` tinyint(1) not null default false, \`min_lesson_percent\` int not null default 100, \`require_quizzes_passed\` tinyint(1) not null default true, \`lesson_count\` int not null default 0, \`module_count\` int not null default 0, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`learning_courses\` add index \`learning_courses_instructor_id_index\`(\`instructor_id\`);`);
    this.addSql(`alter table \`learning_courses\` add index \`learning_courses_published_index\`(\`published\`);`);

    this.addSql(
      `create table \`learning_enrolments\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`course_id\` varchar(36) not null, \`user_id\` varchar(36) not null, \`enrolled_by\` varchar(36) not null, \`starts_at\` datetime not null, \`ends_at\` datetime null, \`status\` enum('ACTIVE', 'COMPLETED') not null default 'ACTIVE', \`completed_at\` datetime null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`learning_enrolments\` add index \`learning_enrolments_user_id_index\`(\`user_id\`);`);
    this.addSql(
      `alter table \`learning_enrolments\` add unique \`learning_enrolments_course_id_user_id_unique\`(\`course_id\`, \`user_id\`);`,
    );

    this.addSql(
      `create table \`failed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`type\` varchar(120) not null, \`event\` json not null, \`attempts\` int not null, \`last_error\` varchar(1000) not null, \`first_failed_at\` datetime(3) not null, \`last_failed_at\` datetime(3) not null, \`next_attempt_at\` datetime(3) null, \`dead_at\` datetime(3) null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`failed_events\` add index \`failed_events_next_attempt_at_index\`(\`next_attempt_at\`);`);
    this.addSql(`alter table \`failed_events\` add index \`failed_events_dead_at_index\`(\`dead_at\`);`);

    this.addSql(
      `create table \`learning_lessons\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`course_id\` varchar(36) not null, \`module_id\` varchar(36) not null, \`title\` varchar(200) not null, \`kind\` enum('TEXT', 'VIDEO', 'QUIZ') not null, \`position\` int not null, \`body\` text not null, \`video_url\` varchar(2000) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`learning_lessons\` add index \`learning_lessons_course_id_index\`(\`course_id\`);`);
    this.addSql(`alter table \`learning_lessons\` add unique \`learning_lessons_module_id_position_unique\`(\`module_id\`, \`position\`);`);

    this.addSql(
      `create table \`learning_lesson_progress\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`enrolment_id\` varchar(36) not null, \`lesson_id\` varchar(36) not null, \`completed_at\` datetime not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(
      `alter table \`learning_lesson_progress\` add unique \`learning_lesson_progress_enrolment_id_lesson_id_unique\`(\`enrolment_id\`, \`lesson_id\`);`,
    );

    this.addSql(
      `create table \`learning_modules\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`course_id\` varchar(36) not null, \`title\` varchar(200) not null, \`position\` int not null, \`lesson_count\` int not null default 0, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`learning_modules\` add unique \`learning_modules_course_id_position_unique\`(\`course_id\`, \`position\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`type\` varchar(120) not null, \`tenant_id\` varchar(36) null, \`payload\` json not null, \`published_at\` datetime(3) null, \`claimed_by\` varchar(60) null, \`claimed_until\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`outbox_events\` add index \`outbox_events_published_at_index\`(\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`processed_at\` datetime(3) not null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`processed_events\` add index \`processed_events_processed_at_index\`(\`processed_at\`);`);

    this.addSql(
      `create table \`learning_questions\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`quiz_id\` varchar(36) not null, \`position\` int not null, \`kind\` enum('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SHORT_ANSWER') not null, \`prompt\` text not null, \`options\` json not null, \`correct_options\` json not null, \`accepted_answers\` json not null, \`points\` int not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`learning_questions\` add unique \`learning_questions_quiz_id_position_unique\`(\`quiz_id\`, \`position\`);`);

    this.addSql(
      `create table \`learning_quizzes\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`course_id\` varchar(36) not null, \`lesson_id\` varchar(36) not null, \`time_limit_seconds\` int not null, \`max_attempts\` int not null, \`pass_percent\` int not null, \`max_score\` int not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`learning_quizzes\` add index \`learning_quizzes_course_id_index\`(\`course_id\`);`);
    this.addSql(`alter table \`learning_quizzes\` add unique \`learning_quizzes_lesson_id_unique\`(\`lesson_id\`);`);

    this.addSql(
      `create table \`learning_quiz_attempts\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`quiz_id\` varchar(36) not null, \`lesson_id\` varchar(36) not null, \`course_id\` varchar(36) not null, \`enrolment_id\` varchar(36) not null, \`user_id\` varchar(36) not null, \`number\` int not null, \`status\` enum('IN_PROGRESS', 'GRADED', 'EXPIRED') not null default 'IN_PROGRESS', \`started_at\` datetime not null, \`deadline\` datetime not null, \`submitted_at\` datetime null, \`score\` int null, \`max_score\` int not null, \`passed\` tinyint(1) null, \`outcomes\` json null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`learning_quiz_attempts\` add index \`learning_quiz_attempts_enrolment_id_index\`(\`enrolment_id\`);`);
    this.addSql(
      `alter table \`learning_quiz_attempts\` add unique \`learning_quiz_attempts_quiz_id_user_id_number_unique\`(\`quiz_id\`, \`user_id\`, \`number\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`learning_certificates\`;`);

    this.addSql(`drop table if exists \`learning_courses\`;`);

    this.addSql(`drop table if exists \`learning_enrolments\`;`);

    this.addSql(`drop table if exists \`failed_events\`;`);

    this.addSql(`drop table if exists \`learning_lessons\`;`);

    this.addSql(`drop table if exists \`learning_lesson_progress\`;`);

    this.addSql(`drop table if exists \`learning_modules\`;`);

    this.addSql(`drop table if exists \`outbox_events\`;`);

    this.addSql(`drop table if exists \`processed_events\`;`);

    this.addSql(`drop table if exists \`learning_questions\`;`);

    this.addSql(`drop table if exists \`learning_quizzes\`;`);

    this.addSql(`drop table if exists \`learning_quiz_attempts\`;`);
  }
}
