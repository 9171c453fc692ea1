import { Migration } from '@mikro-orm/migrations';

export class Migration20261204053912_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`authors\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`name\` varchar(200) not null, \`sort_name\` varchar(200) not null, \`search_text\` text not null, \`birth_year\` int null, \`death_year\` int null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`authors\` add index \`authors_sort_name_index\`(\`sort_name\`);`);
    this.addSql(`alter table \`authors\` add fulltext index \`authors_search_text_index\`(\`search_text\`);`);

    this.addSql(
      `create table \`copies\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`work_id\` varchar(36) not null, \`edition_id\` varchar(36) null, \`barcode\` varchar(32) not null, \`location\` varchar(100) not null, \`status\` enum('AVAILABLE', 'ON_LOAN', 'ON_HOLD_SHELF') not null, \`hold_id\` varchar(36) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`copies\` add index \`copies_work_id_index\`(\`work_id\`);`);
    this.addSql(`alter table \`copies\` add unique \`copies_barcode_unique\`(\`barcode\`);`);
    this.addSql(`alter table \`copies\` add index \`copies_work_id_status_index\`(\`work_id\`, \`status\`);`);

    this.addSql(
      `create table \`editions\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`work_id\` varchar(36) not null, \`isbn13\` varchar(13) not null, \`isbn10\` varchar(10) null, \`publisher\` varchar(200) null, \`published_year\` int null, \`language\` varchar(3) null, \`page_count\` int null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`editions\` add index \`editions_work_id_index\`(\`work_id\`);`);
    this.addSql(`alter table \`editions\` add unique \`editions_isbn13_unique\`(\`isbn13\`);`);

    this.addSql(
      `create table \`failed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`type\` varchar(120) not null, \`event\` json not null, \`attempts\` int not null, \`last_error\` varchar(1000) not null, \`first_failed_at\` datetime(3) not null, \`last_failed_at\` datetime(3) not null, \`next_attempt_at\` datetime(3) null, \`dead_at\` datetime(3) null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`failed_events\` add index \`failed_events_next_attempt_at_index\`(\`next_attempt_at\`);`);
    this.addSql(`alter table \`failed_events\` add index \`failed_events_dead_at_index\`(\`dead_at\`);`);

    this.addSql(
      `create table \`fines\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`loan_id\` varchar(36) not null, \`patron_id\` varchar(36) not null, \`amount\` int not null, \`currency\` varchar(3) not null, \`days_overdue\` int not null, \`status\` enum('OPEN', 'PAID', 'WAIVED') not null, \`settled_at\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`fines\` add unique \`fines_loan_id_unique\`(\`loan_id\`);`);
    this.addSql(`alter table \`fines\` add index \`fines_patron_id_index\`(\`patron_id\`);`);

    this.addSql(
      `create table \`holds\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`work_id\` varchar(36) not null, \`patron_id\` varchar(36) not null, \`status\` enum('WAITING', 'READY', 'FULFILLED', 'CANCELLED', 'EXPIRED') not null, \`placed_at\` datetime(3) not null, \`copy_id\` varchar(36) null, \`ready_at\` datetime(3) null, \`expires_at\` datetime(3) null, \`active_key\` varchar(80) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`holds\` add index \`holds_patron_id_index\`(\`patron_id\`);`);
    this.addSql(`alter table \`holds\` add unique \`holds_active_key_unique\`(\`active_key\`);`);
    this.addSql(`alter table \`holds\` add index \`holds_work_id_status_placed_at_index\`(\`work_id\`, \`status\`, \`placed_at\`);`);
    this.addSql(`alter table \`holds\` add index \`holds_status_expires_at_index\`(\`status\`, \`expires_at\`);`);

    this.addSql(
      `create table \`loans\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`copy_id\` varchar(36) not null, \`work_id\` varchar(36) not null, \`patron_id\` varchar(36) not null, \`loaned_at\` datetime(3) not null, \`due_at\` datetime(3) not null, \`returned_at\` datetime(3) null, \`renewals\` int not null default 0, \`active_copy_id\` varchar(36) null, \`fine_amount\` int not null default 0, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`loans\` add index \`loans_copy_id_index\`(\`copy_id\`);`);
    this.addSql(`alter table \`loans\` add unique \`loans_active_copy_id_unique\`(\`active_copy_id\`);`);
    this.addSql(`alter table \`loans\` add index \`loans_patron_id_returned_at_index\`(\`patron_id\`, \`returned_at\`);`);
    this.addSql(`alter table \`loans\` add index \`loans_returned_at_due_at_index\`(\`returned_at\`, \`due_at\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`type\` varchar(120) not null, \`tenant_id\` varchar(36) null, \`payload\` json not null, \`published_at\` datetime(3) null, \`claimed_by\` varchar(60) null, \`claimed_until\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`outbox_events\` add index \`outbox_events_published_at_index\`(\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`processed_at\` datetime(3) not null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`processed_events\` add index \`processed_events_processed_at_index\`(\`processed_at\`);`);

    this.addSql(
      `create table \`works\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`title\` varchar(300) not null, \`subtitle\` varchar(300) null, \`sort_title\` varchar(300) not null, \`author_ids\` json not null, \`author_key\` varchar(400) not null, \`subjects\` json not null, \`subject_key\` text not null, \`first_published_year\` int null, \`language\` varchar(3) null, \`title_text\` text not null, \`author_text\` text not null, \`search_text\` text not null, \`available_copies\` int not null default 0, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`works\` add index \`works_sort_title_index\`(\`sort_title\`);`);
    this.addSql(`alter table \`works\` add index \`works_first_published_year_index\`(\`first_published_year\`);`);
    this.addSql(`alter table \`works\` add fulltext index \`works_search_text_index\`(\`search_text\`);`);

    this.addSql(
      `create table \`work_subjects\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`work_id\` varchar(36) not null, \`subject\` varchar(40) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`work_subjects\` add index \`work_subjects_subject_index\`(\`subject\`);`);
    this.addSql(`alter table \`work_subjects\` add unique \`work_subjects_work_id_subject_unique\`(\`work_id\`, \`subject\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`authors\`;`);

    this.addSql(`drop table if exists \`copies\`;`);

    this.addSql(`drop table if exists \`editions\`;`);

    this.addSql(`drop table if exists \`failed_events\`;`);

    this.addSql(`drop table if exists \`fines\`;`);

    this.addSql(`drop table if exists \`holds\`;`);

    this.addSql(`drop table if exists \`loans\`;`);

    this.addSql(`drop table if exists \`outbox_events\`;`);

    this.addSql(`drop table if exists \`processed_events\`;`);

    this.addSql(`drop table if exists \`works\`;`);

    this.addSql(`drop table if exists \`work_subjects\`;`);
  }
}
