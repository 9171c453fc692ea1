import { Migration } from '@mikro-orm/migrations';

export class Migration20261204060441_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`bank_accounts\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`kind\` text check (\`kind\` in ('PERSONAL', 'BUSINESS', 'OPERATOR')) not null, \`owner_id\` text null, \`business_tenant_id\` text null, \`operator_ledger\` text null, \`name\` text not null, \`ledger\` text not null, \`debits_must_not_exceed_credits\` integer not null, \`credits_must_not_exceed_debits\` integer not null, \`closed\` integer not null, \`debits_posted\` bigint not null, \`credits_posted\` bigint not null, \`debits_pending\` bigint not null, \`credits_pending\` bigint not null, \`entry_seq\` bigint not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`bank_accounts_operator_ledger_unique\` on \`bank_accounts\` (\`operator_ledger\`);`);
    this.addSql(`create index \`bank_accounts_owner_id_created_at_index\` on \`bank_accounts\` (\`owner_id\`, \`created_at\`);`);
    this.addSql(
      `create index \`bank_accounts_business_tenant_id_created_at_index\` on \`bank_accounts\` (\`business_tenant_id\`, \`created_at\`);`,
    );

    this.addSql(
      `create table \`banking_audit\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`actor_id\` text null, \`action\` text not null, \`account_id\` text null, \`subject_id\` text null, \`detail\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`banking_audit_actor_id_created_at_index\` on \`banking_audit\` (\`actor_id\`, \`created_at\`);`);
    this.addSql(`create index \`banking_audit_account_id_created_at_index\` on \`banking_audit\` (\`account_id\`, \`created_at\`);`);

    this.addSql(
      `create table \`failed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`type\` text not null, \`event\` json not null, \`attempts\` integer not null, \`last_error\` text not null, \`first_failed_at\` datetime not null, \`last_failed_at\` datetime not null, \`next_attempt_at\` datetime null, \`dead_at\` datetime null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`failed_events_next_attempt_at_index\` on \`failed_events\` (\`next_attempt_at\`);`);
    this.addSql(`create index \`failed_events_dead_at_index\` on \`failed_events\` (\`dead_at\`);`);

    this.addSql(
      `create table \`ledger_entries\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`account_id\` text not null, \`seq\` bigint not null, \`transfer_id\` text not null, \`amount\` bigint not null, \`balance\` bigint not null, \`posted_at\` datetime not null, \`reference\` text null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`ledger_entries_account_id_posted_at_index\` on \`ledger_entries\` (\`account_id\`, \`posted_at\`);`);
    this.addSql(`create unique index \`ledger_entries_account_id_seq_unique\` on \`ledger_entries\` (\`account_id\`, \`seq\`);`);
    this.addSql(
      `create unique index \`ledger_entries_account_id_transfer_id_unique\` on \`ledger_entries\` (\`account_id\`, \`transfer_id\`);`,
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
      `create table \`scheduled_transfers\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`owner_id\` text not null, \`debit_account_id\` text not null, \`credit_account_id\` text not null, \`amount\` bigint not null, \`reference\` text null, \`frequency\` text check (\`frequency\` in ('ONCE', 'DAILY', 'WEEKLY', 'MONTHLY')) not null, \`next_at\` datetime null, \`end_at\` datetime null, \`occurrences\` integer not null, \`last_result\` text null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`scheduled_transfers_next_at_index\` on \`scheduled_transfers\` (\`next_at\`);`);
    this.addSql(
      `create index \`scheduled_transfers_owner_id_created_at_index\` on \`scheduled_transfers\` (\`owner_id\`, \`created_at\`);`,
    );

    this.addSql(
      `create table \`transfers\` (\`id\` text not null, \`kind\` text check (\`kind\` in ('SINGLE_PHASE', 'PENDING', 'POST_PENDING', 'VOID_PENDING')) not null, \`debit_account_id\` text not null, \`credit_account_id\` text not null, \`amount\` bigint not null, \`ledger\` text not null, \`code\` integer not null, \`reference\` text null, \`pending_id\` text null, \`timeout_seconds\` integer not null, \`expires_at\` datetime null, \`pending_state\` text check (\`pending_state\` in ('PENDING', 'POSTED', 'VOIDED', 'EXPIRED')) null, \`linked\` integer not null, \`created_by\` text null, \`created_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`transfers_debit_account_id_created_at_index\` on \`transfers\` (\`debit_account_id\`, \`created_at\`);`);
    this.addSql(`create index \`transfers_credit_account_id_created_at_index\` on \`transfers\` (\`credit_account_id\`, \`created_at\`);`);
    this.addSql(`create index \`transfers_pending_state_expires_at_index\` on \`transfers\` (\`pending_state\`, \`expires_at\`);`);
  }
}
