import { Migration } from '@mikro-orm/migrations';

export class Migration20261204060424_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`payment_charges\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`payment_intent_id\` text not null, \`amount\` integer not null, \`outcome\` text not null, \`decline_code\` text null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`payment_charges_payment_intent_id_index\` on \`payment_charges\` (\`payment_intent_id\`);`);

    this.addSql(
      `create table \`failed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`type\` text not null, \`event\` json not null, \`attempts\` integer not null, \`last_error\` text not null, \`first_failed_at\` datetime not null, \`last_failed_at\` datetime not null, \`next_attempt_at\` datetime null, \`dead_at\` datetime null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`failed_events_next_attempt_at_index\` on \`failed_events\` (\`next_attempt_at\`);`);
    this.addSql(`create index \`failed_events_dead_at_index\` on \`failed_events\` (\`dead_at\`);`);

    this.addSql(
      `create table \`idempotency_keys\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` text not null, \`key\` text not null, \`operation\` text not null, \`params_hash\` text not null, \`state\` text not null, \`response\` json null, \`expires_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`idempotency_keys_expires_at_index\` on \`idempotency_keys\` (\`expires_at\`);`);
    this.addSql(`create unique index \`idempotency_keys_user_key_unique\` on \`idempotency_keys\` (\`user_id\`, \`key\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`type\` text not null, \`tenant_id\` text null, \`payload\` json not null, \`published_at\` datetime null, \`claimed_by\` text null, \`claimed_until\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`outbox_events_published_at_index\` on \`outbox_events\` (\`published_at\`);`);

    this.addSql(
      `create table \`payment_intents\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`owner_id\` text not null, \`amount\` integer not null, \`currency\` text not null, \`status\` text not null, \`capture_method\` text not null, \`reference\` text null, \`description\` text null, \`payment_method\` text null, \`payment_method_token\` text null, \`amount_capturable\` integer not null, \`amount_received\` integer not null, \`amount_refunded\` integer not null, \`last_error_code\` text null, \`last_decline_code\` text null, \`last_error_message\` text null, \`next_action_type\` text null, \`processor\` text not null, \`provider_id\` text null, \`cancellation_reason\` text null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`payment_intents_owner_id_created_at_index\` on \`payment_intents\` (\`owner_id\`, \`created_at\`);`);
    this.addSql(`create index \`payment_intents_reference_created_at_index\` on \`payment_intents\` (\`reference\`, \`created_at\`);`);
    this.addSql(`create index \`payment_intents_provider_id_index\` on \`payment_intents\` (\`provider_id\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`processed_events_processed_at_index\` on \`processed_events\` (\`processed_at\`);`);

    this.addSql(
      `create table \`payment_provider_events\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`event_id\` text not null, \`type\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`payment_provider_events_event_id_unique\` on \`payment_provider_events\` (\`event_id\`);`);

    this.addSql(
      `create table \`payment_refunds\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`payment_intent_id\` text not null, \`owner_id\` text not null, \`amount\` integer not null, \`currency\` text not null, \`status\` text not null, \`reason\` text null, \`provider_id\` text null, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`payment_refunds_payment_intent_id_created_at_index\` on \`payment_refunds\` (\`payment_intent_id\`, \`created_at\`);`,
    );

    this.addSql(
      `create table \`payment_webhook_deliveries\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`endpoint_id\` text not null, \`owner_id\` text not null, \`event_id\` text not null, \`event_type\` text not null, \`payload\` text not null, \`status\` text not null, \`attempts\` integer not null, \`last_status_code\` integer null, \`last_error\` text null, \`next_attempt_at\` datetime null, \`delivered_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`payment_webhook_deliveries_endpoint_id_created_at_index\` on \`payment_webhook_deliveries\` (\`endpoint_id\`, \`created_at\`);`,
    );
    this.addSql(
      `create index \`payment_webhook_deliveries_status_next_attempt_at_index\` on \`payment_webhook_deliveries\` (\`status\`, \`next_attempt_at\`);`,
    );

    this.addSql(
      `create table \`payment_webhook_endpoints\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`owner_id\` text not null, \`url\` text not null, \`secret\` text not null, \`all_users\` integer not null, \`enabled\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`payment_webhook_endpoints_owner_id_index\` on \`payment_webhook_endpoints\` (\`owner_id\`);`);
  }
}
