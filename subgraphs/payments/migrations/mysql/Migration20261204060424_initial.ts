import { Migration } from '@mikro-orm/migrations';

export class Migration20261204060424_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`payment_charges\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`payment_intent_id\` varchar(36) not null, \`amount\` int not null, \`outcome\` varchar(32) not null, \`decline_code\` varchar(60) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`payment_charges\` add index \`payment_charges_payment_intent_id_index\`(\`payment_intent_id\`);`);

    this.addSql(
      `create table \`failed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`type\` varchar(120) not null, \`event\` json not null, \`attempts\` int not null, \`last_error\` varchar(1000) not null, \`first_failed_at\` datetime(3) not null, \`last_failed_at\` datetime(3) not null, \`next_attempt_at\` datetime(3) null, \`dead_at\` datetime(3) null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`failed_events\` add index \`failed_events_next_attempt_at_index\`(\`next_attempt_at\`);`);
    this.addSql(`alter table \`failed_events\` add index \`failed_events_dead_at_index\`(\`dead_at\`);`);

    this.addSql(
      `create table \`idempotency_keys\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`user_id\` varchar(36) not null, \`key\` varchar(255) not null, \`operation\` varchar(80) not null, \`params_hash\` varchar(64) not null, \`state\` varchar(16) not null, \`response\` json null, \`expires_at\` datetime(3) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`idempotency_keys\` add index \`idempotency_keys_expires_at_index\`(\`expires_at\`);`);
    this.addSql(`alter table \`idempotency_keys\` add unique \`idempotency_keys_user_key_unique\`(\`user_id\`, \`key\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`type\` varchar(120) not null, \`tenant_id\` varchar(36) null, \`payload\` json not null, \`published_at\` datetime(3) null, \`claimed_by\` varchar(60) null, \`claimed_until\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`outbox_events\` add index \`outbox_events_published_at_index\`(\`published_at\`);`);

    this.addSql(
      `create table \`payment_intents\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`owner_id\` varchar(36) not null, \`amount\` int not null, \`currency\` varchar(3) not null, \`status\` varchar(32) not null, \`capture_method\` varchar(16) not null, \`reference\` varchar(200) null, \`description\` varchar(500) null, \`payment_method\` varchar(80) null, \`payment_method_token\` varchar(120) null, \`amount_capturable\` int not null, \`amount_received\` int not null, \`amount_refunded\` int not null, \`last_error_code\` varchar(60) null, \`last_decline_code\` varchar(60) null, \`last_error_message\` varchar(300) null, \`next_action_type\` varchar(40) null, \`processor\` varchar(16) not null, \`provider_id\` varchar(120) null, \`cancellation_reason\` varchar(40) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`payment_intents\` add index \`payment_intents_owner_id_created_at_index\`(\`owner_id\`, \`created_at\`);`);
    this.addSql(`alter table \`payment_intents\` add index \`payment_intents_reference_created_at_index\`(\`reference\`, \`created_at\`);`);
    this.addSql(`alter table \`payment_intents\` add index \`payment_intents_provider_id_index\`(\`provider_id\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`processed_at\` datetime(3) not null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`processed_events\` add index \`processed_events_processed_at_index\`(\`processed_at\`);`);

    this.addSql(
      `create table \`payment_provider_events\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`event_id\` varchar(120) not null, \`type\` varchar(80) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`payment_provider_events\` add unique \`payment_provider_events_event_id_unique\`(\`event_id\`);`);

    this.addSql(
      `create table \`payment_refunds\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`payment_intent_id\` varchar(36) not null, \`owner_id\` varchar(36) not null, \`amount\` int not null, \`currency\` varchar(3) not null, \`status\` varchar(16) not null, \`reason\` varchar(40) null, \`provider_id\` varchar(120) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(
      `alter table \`payment_refunds\` add index \`payment_refunds_payment_intent_id_created_at_index\`(\`payment_intent_id\`, \`created_at\`);`,
    );

    this.addSql(
      `create table \`payment_webhook_deliveries\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`endpoint_id\` varchar(36) not null, \`owner_id\` varchar(36) not null, \`event_id\` varchar(40) not null, \`event_type\` varchar(60) not null, \`payload\` text not null, \`status\` varchar(16) not null, \`attempts\` int not null, \`last_status_code\` int null, \`last_error\` varchar(300) null, \`next_attempt_at\` datetime(3) null, \`delivered_at\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(
      `alter table \`payment_webhook_deliveries\` add index \`payment_webhook_deliveries_endpoint_id_created_at_index\`(\`endpoint_id\`, \`created_at\`);`,
    );
    this.addSql(
      `alter table \`payment_webhook_deliveries\` add index \`payment_webhook_deliveries_status_next_attempt_at_index\`(\`status\`, \`next_attempt_at\`);`,
    );

    this.addSql(
      `create table \`payment_webhook_endpoints\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`owner_id\` varchar(36) not null, \`url\` varchar(2000) not null, \`secret\` varchar(80) not null, \`all_users\` tinyint(1) not null, \`enabled\` tinyint(1) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`payment_webhook_endpoints\` add index \`payment_webhook_endpoints_owner_id_index\`(\`owner_id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`payment_charges\`;`);

    this.addSql(`drop table if exists \`failed_events\`;`);

    this.addSql(`drop table if exists \`idempotency_keys\`;`);

    this.addSql(`drop table if exists \`outbox_events\`;`);

    this.addSql(`drop table if exists \`payment_intents\`;`);

    this.addSql(`drop table if exists \`processed_events\`;`);

    this.addSql(`drop table if exists \`payment_provider_events\`;`);

    this.addSql(`drop table if exists \`payment_refunds\`;`);

    this.addSql(`drop table if exists \`payment_webhook_deliveries\`;`);

    this.addSql(`drop table if exists \`payment_webhook_endpoints\`;`);
  }
}
