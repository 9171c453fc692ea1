import { Migration } from '@mikro-orm/migrations';

export class Migration20261205032218 extends Migration {
  override async up(): Promise<void> {
    // Learning becomes tenant-owned. Rows written before tenants get the empty tenant (MariaDB's implicit
    // default for the new NOT NULL column), which no request acts in, so no one sees them (see the README).
    this.addSql(`alter table \`learning_certificates\` add \`tenant_id\` varchar(36) not null;`);
    this.addSql(`alter table \`learning_certificates\` add index \`learning_certificates_tenant_id_index\`(\`tenant_id\`);`);

    this.addSql(`alter table \`learning_courses\` add \`tenant_id\` varchar(36) not null;`);
    this.addSql(`alter table \`learning_courses\` add index \`learning_courses_tenant_id_index\`(\`tenant_id\`);`);

    this.addSql(`alter table \`learning_enrolments\` add \`tenant_id\` varchar(36) not null;`);
    this.addSql(`alter table \`learning_enrolments\` add index \`learning_enrolments_tenant_id_index\`(\`tenant_id\`);`);

    this.addSql(`alter table \`learning_lessons\` add \`tenant_id\` varchar(36) not null;`);
    this.addSql(`alter table \`learning_lessons\` add index \`learning_lessons_tenant_id_index\`(\`tenant_id\`);`);

    this.addSql(`alter table \`learning_lesson_progress\` add \`tenant_id\` varchar(36) not null;`);
    this.addSql(`alter table \`learning_lesson_progress\` add index \`learning_lesson_progress_tenant_id_index\`(\`tenant_id\`);`);

    this.addSql(`alter table \`learning_modules\` add \`tenant_id\` varchar(36) not null;`);
    this.addSql(`alter table \`learning_modules\` add index \`learning_modules_tenant_id_index\`(\`tenant_id\`);`);

    this.addSql(`alter table \`learning_questions\` add \`tenant_id\` varchar(36) not null;`);
    this.addSql(`alter table \`learning_questions\` add index \`learning_questions_tenant_id_index\`(\`tenant_id\`);`);

    this.addSql(`alter table \`learning_quizzes\` add \`tenant_id\` varchar(36) not null;`);
    this.addSql(`alter table \`learning_quizzes\` add index \`learning_quizzes_tenant_id_index\`(\`tenant_id\`);`);

    this.addSql(`alter table \`learning_quiz_attempts\` add \`tenant_id\` varchar(36) not null;`);
    this.addSql(`alter table \`learning_quiz_attempts\` add index \`learning_quiz_attempts_tenant_id_index\`(\`tenant_id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`learning_certificates\` drop index \`learning_certificates_tenant_id_index\`;`);
    this.addSql(`alter table \`learning_certificates\` drop column \`tenant_id\`;`);

    this.addSql(`alter table \`learning_courses\` drop index \`learning_courses_tenant_id_index\`;`);
    this.addSql(`alter table \`learning_courses\` drop column \`tenant_id\`;`);

    this.addSql(`alter table \`learning_enrolments\` drop index \`learning_enrolments_tenant_id_index\`;`);
    this.addSql(`alter table \`learning_enrolments\` drop column \`tenant_id\`;`);

    this.addSql(`alter table \`learning_lessons\` drop index \`learning_lessons_tenant_id_index\`;`);
    this.addSql(`alter table \`learning_lessons\` drop column \`tenant_id\`;`);

    this.addSql(`alter table \`learning_lesson_progress\` drop index \`learning_lesson_progress_tenant_id_index\`;`);
    this.addSql(`alter table \`learning_lesson_progress\` drop column \`tenant_id\`;`);

    this.addSql(`alter table \`learning_modules\` drop index \`learning_modules_tenant_id_index\`;`);
    this.addSql(`alter table \`learning_modules\` drop column \`tenant_id\`;`);

    this.addSql(`alter table \`learning_questions\` drop index \`learning_questions_tenant_id_index\`;`);
    this.addSql(`alter table \`learning_questions\` drop column \`tenant_id\`;`);

    this.addSql(`alter table \`learning_quizzes\` drop index \`learning_quizzes_tenant_id_index\`;`);
    this.addSql(`alter table \`learning_quizzes\` drop column \`tenant_id\`;`);

    this.addSql(`alter table \`learning_quiz_attempts\` drop index \`learning_quiz_attempts_tenant_id_index\`;`);
    this.addSql(`alter table \`learning_quiz_attempts\` drop column \`tenant_id\`;`);
  }
}
