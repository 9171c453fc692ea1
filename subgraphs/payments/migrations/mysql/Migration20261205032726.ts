import { Migration } from '@mikro-orm/migrations';

export class Migration20261205032726 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`tenant_invoices\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`tenant_id\` varchar(36) not null, \`plan\` enum('FREE', 'TEAM', 'BUSINESS') not null, \`amount\` int not null, \`currency\` varchar(3) not null, \`period_start\` datetime(3) not null, \`period_end\` datetime(3) not null, \`status\` enum('OPEN', 'PAID', 'VOID') not null, \`payment_intent_id\` varchar(36) null, \`paid_at\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`tenant_invoices\` add index \`tenant_invoices_tenant_id_created_at_index\`(\`tenant_id\`, \`created_at\`);`);

    this.addSql(
      `create table \`tenant_subscriptions\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`tenant_id\` varchar(36) not null, \`plan\` enum('FREE', 'TEAM', 'BUSINESS') not null, \`status\` enum('INCOMPLETE', 'ACTIVE', 'PAST_DUE', 'READ_ONLY') not null, \`billing_user_id\` varchar(36) not null, \`current_period_start\` datetime(3) null, \`current_period_end\` datetime(3) null, \`grace_until\` datetime(3) null, \`open_invoice_id\` varchar(36) null, \`payment_method_token\` varchar(100) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`tenant_subscriptions\` add unique \`tenant_subscriptions_tenant_id_unique\`(\`tenant_id\`);`);
    this.addSql(
      `alter table \`tenant_subscriptions\` add index \`tenant_subscriptions_current_period_end_index\`(\`current_period_end\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`tenant_invoices\`;`);

    this.addSql(`drop table if exists \`tenant_subscriptions\`;`);
  }
}
