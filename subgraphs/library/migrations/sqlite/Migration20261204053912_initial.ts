import { Migration } from '@mikro-orm/migrations';

export class Migration20261204053912_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`authors\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`sort_name\` text not null, \`search_text\` text not null, \`birth_year\` integer null, \`death_year\` integer null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`authors_sort_name_index\` on \`authors\` (\`sort_name\`);`);

    this.addSql(
      `create table \`copies\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`work_id\` text not null, \`edition_id\` text null, \`barcode\` text not null, \`location\` text not null, \`status\` text check (\`status\` in ('AVAILABLE', 'ON_LOAN', 'ON_HOLD_SHELF')) not null, \`hold_id\` text null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`copies_work_id_index\` on \`copies\` (\`work_id\`);`);
    this.addSql(`create unique index \`copies_barcode_unique\` on \`copies\` (\`barcode\`);`);
    this.addSql(`create index \`copies_work_id_status_index\` on \`copies\` (\`work_id\`, \`status\`);`);

    this.addSql(
      `create table \`editions\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`work_id\` text not null, \`isbn13\` text not null, \`isbn10\` text null, \`publisher\` text null, \`published_year\` integer null, \`language\` text null, \`page_count\` integer null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`editions_work_id_index\` on \`editions\` (\`work_id\`);`);
    this.addSql(`create unique index \`editions_isbn13_unique\` on \`editions\` (\`isbn13\`);`);

    this.addSql(
      `create table \`failed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`type\` text not null, \`event\` json not null, \`attempts\` integer not null, \`last_error\` text not null, \`first_failed_at\` datetime not null, \`last_failed_at\` datetime not null, \`next_attempt_at\` datetime null, \`dead_at\` datetime null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`failed_events_next_attempt_at_index\` on \`failed_events\` (\`next_attempt_at\`);`);
    this.addSql(`create index \`failed_events_dead_at_index\` on \`failed_events\` (\`dead_at\`);`);

    this.addSql(
      `create table \`fines\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`loan_id\` text not null, \`patron_id\` text not null, \`amount\` integer not null, \`currency\` text not null, \`days_overdue\` integer not null, \`status\` text check (\`status\` in ('OPEN', 'PAID', 'WAIVED')) not null, \`settled_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`fines_loan_id_unique\` on \`fines\` (\`loan_id\`);`);
    this.addSql(`create index \`fines_patron_id_index\` on \`fines\` (\`patron_id\`);`);

    this.addSql(
      `create table \`holds\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`work_id\` text not null, \`patron_id\` text not null, \`status\` text check (\`status\` in ('WAITING', 'READY', 'FULFILLED', 'CANCELLED', 'EXPIRED')) not null, \`placed_at\` datetime not null, \`copy_id\` text null, \`ready_at\` datetime null, \`expires_at\` datetime null, \`active_key\` text null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`holds_patron_id_index\` on \`holds\` (\`patron_id\`);`);
    this.addSql(`create unique index \`holds_active_key_unique\` on \`holds\` (\`active_key\`);`);
    this.addSql(`create index \`holds_work_id_status_placed_at_index\` on \`holds\` (\`work_id\`, \`status\`, \`placed_at\`);`);
    this.addSql(`create index \`holds_status_expires_at_index\` on \`holds\` (\`status\`, \`expires_at\`);`);

    this.addSql(
      `create table \`loans\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`copy_id\` text not null, \`work_id\` text not null, \`patron_id\` text not null, \`loaned_at\` datetime not null, \`due_at\` datetime not null, \`returned_at\` datetime null, \`renewals\` integer not null default 0, \`active_copy_id\` text null, \`fine_amount\` integer not null default 0, primary key (\`id\`));`,
    );
    this.addSql(`create index \`loans_copy_id_index\` on \`loans\` (\`copy_id\`);`);
    this.addSql(`create unique index \`loans_active_copy_id_unique\` on \`loans\` (\`active_copy_id\`);`);
    this.addSql(`create index \`loans_patron_id_returned_at_index\` on \`loans\` (\`patron_id\`, \`returned_at\`);`);
    this.addSql(`create index \`loans_returned_at_due_at_index\` on \`loans\` (\`returned_at\`, \`due_at\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`type\` text not null, \`tenant_id\` text null, \`payload\` json not null, \`published_at\` datetime null, \`claimed_by\` text null, \`claimed_until\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`outbox_events_published_at_index\` on \`outbox_events\` (\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`processed_events_processed_at_index\` on \`processed_events\` (\`processed_at\`);`);

    this.addSql(
      `create table \`works\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`title\` text not null, \`subtitle\` text null, \`sort_title\` text not null, \`author_ids\` json not null, \`author_key\` text not null, \`subjects\` json not null, \`subject_key\` text not null, \`first_published_year\` integer null, \`language\` text null, \`title_text\` text not null, \`author_text\` text not null, \`search_text\` text not null, \`available_copies\` integer not null default 0, primary key (\`id\`));`,
    );
    this.addSql(`create index \`works_sort_title_index\` on \`works\` (\`sort_title\`);`);
    this.addSql(`create index \`works_first_published_year_index\` on \`works\` (\`first_published_year\`);`);

    this.addSql(
      `create table \`work_subjects\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`work_id\` text not null, \`subject\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`work_subjects_subject_index\` on \`work_subjects\` (\`subject\`);`);
    this.addSql(`create unique index \`work_subjects_work_id_subject_unique\` on \`work_subjects\` (\`work_id\`, \`subject\`);`);
  }
}
