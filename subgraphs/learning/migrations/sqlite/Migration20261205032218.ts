import { Migration } from '@mikro-orm/migrations';

export class Migration20261205032218 extends Migration {
  override async up(): Promise<void> {
    // Learning becomes tenant-owned. SQLite cannot add a NOT NULL column without a default: rows written
    // before tenants get the empty tenant, which no request acts in, so no one sees them (see the README).
    // The default stays on the column; every insert names its tenant.
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
  }
}
