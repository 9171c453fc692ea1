import { Migration } from '@mikro-orm/migrations';

export class Migration20261204060442_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`bank_accounts\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`kind\` enum('PERSONAL', 'BUSINESS', 'OPERATOR') not null, \`owner_id\` varchar(36) null, \`business_tenant_id\` varchar(36) null, \`operator_ledger\` varchar(3) null, \`name\` varchar(100) not null, \`ledger\` varchar(3) not null, \`debits_must_not_exceed_credits\` tinyint(1) not null, \`credits_must_not_exceed_debits\` tinyint(1) not null, \`closed\` tinyint(1) not null, \`debits_posted\` bigint not null, \`credits_posted\` bigint not null, \`debits_pending\` bigint not null, \`credits_pending\` bigint not null, \`entry_seq\` bigint not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`bank_accounts\` add unique \`bank_accounts_operator_ledger_unique\`(\`operator_ledger\`);`);
    this.addSql(`alter table \`bank_accounts\` add index \`bank_accounts_owner_id_created_at_index\`(\`owner_id\`, \`created_at\`);`);
    this.addSql(
      `alter table \`bank_accounts\` add index \`bank_accounts_business_tenant_id_created_at_index\`(\`business_tenant_id\`, \`created_at\`);`,
    );

    this.addSql(
      `create table \`banking_audit\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`actor_id\` varchar(36) null, \`action\` varchar(40) not null, \`account_id\` varchar(36) null, \`subject_id\` varchar(64) null, \`detail\` varchar(500) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`banking_audit\` add index \`banking_audit_actor_id_created_at_index\`(\`actor_id\`, \`created_at\`);`);
    this.addSql(`alter table \`banking_audit\` add index \`banking_audit_account_id_created_at_index\`(\`account_id\`, \`created_at\`);`);

    this.addSql(
      `create table \`failed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`type\` varchar(120) not null, \`event\` json not null, \`attempts\` int not null, \`last_error\` varchar(1000) not null, \`first_failed_at\` datetime(3) not null, \`last_failed_at\` datetime(3) not null, \`next_attempt_at\` datetime(3) null, \`dead_at\` datetime(3) null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`failed_events\` add index \`failed_events_next_attempt_at_index\`(\`next_attempt_at\`);`);
    this.addSql(`alter table \`failed_events\` add index \`failed_events_dead_at_index\`(\`dead_at\`);`);

    this.addSql(
      `create table \`ledger_entries\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`account_id\` varchar(36) not null, \`seq\` bigint not null, \`transfer_id\` varchar(64) not null, \`amount\` bigint not null, \`balance\` bigint not null, \`posted_at\` datetime(3) not null, \`reference\` varchar(200) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`ledger_entries\` add index \`ledger_entries_account_id_posted_at_index\`(\`account_id\`, \`posted_at\`);`);
    this.addSql(`alter table \`ledger_entries\` add unique \`ledger_entries_account_id_seq_unique\`(\`account_id\`, \`seq\`);`);
    this.addSql(
      `alter table \`ledger_entries\` add unique \`ledger_entries_account_id_transfer_id_unique\`(\`account_id\`, \`transfer_id\`);`,
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
      `create table \`scheduled_transfers\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`owner_id\` varchar(36) not null, \`debit_account_id\` varchar(36) not null, \`credit_account_id\` varchar(36) not null, \`amount\` bigint not null, \`reference\` varchar(200) null, \`frequency\` enum('ONCE', 'DAILY', 'WEEKLY', 'MONTHLY') not null, \`next_at\` datetime(3) null, \`end_at\` datetime(3) null, \`occurrences\` int not null, \`last_result\` varchar(60) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`scheduled_transfers\` add index \`scheduled_transfers_next_at_index\`(\`next_at\`);`);
    this.addSql(
      `alter table \`scheduled_transfers\` add index \`scheduled_transfers_owner_id_created_at_index\`(\`owner_id\`, \`created_at\`);`,
    );

    this.addSql(
      `create table \`transfers\` (\`id\` varchar(64) not null, \`kind\` enum('SINGLE_PHASE', 'PENDING', 'POST_PENDING', 'VOID_PENDING') not null, \`debit_account_id\` varchar(36) not null, \`credit_account_id\` varchar(36) not null, \`amount\` bigint not null, \`ledger\` varchar(3) not null, \`code\` int not null, \`reference\` varchar(200) null, \`pending_id\` varchar(64) null, \`timeout_seconds\` int not null, \`expires_at\` datetime(3) null, \`pending_state\` enum('PENDING', 'POSTED', 'VOIDED', 'EXPIRED') null, \`linked\` tinyint(1) not null, \`created_by\` varchar(36) null, \`created_at\` datetime(3) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(
      `alter table \`transfers\` add index \`transfers_debit_account_id_created_at_index\`(\`debit_account_id\`, \`created_at\`);`,
    );
    this.addSql(
      `alter table \`transfers\` add index \`transfers_credit_account_id_created_at_index\`(\`credit_account_id\`, \`created_at\`);`,
    );
    this.addSql(`alter table \`transfers\` add index \`transfers_pending_state_expires_at_index\`(\`pending_state\`, \`expires_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`bank_accounts\`;`);

    this.addSql(`drop table if exists \`banking_audit\`;`);

    this.addSql(`drop table if exists \`failed_events\`;`);

    this.addSql(`drop table if exists \`ledger_entries\`;`);

    this.addSql(`drop table if exists \`outbox_events\`;`);

    this.addSql(`drop table if exists \`processed_events\`;`);

    this.addSql(`drop table if exists \`scheduled_transfers\`;`);

    this.addSql(`drop table if exists \`transfers\`;`);
  }
}
