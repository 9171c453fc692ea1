import { Migration } from '@mikro-orm/migrations';

export class Migration20261205032726 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`tenant_invoices\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`tenant_id\` text not null, \`plan\` text check (\`plan\` in ('FREE', 'TEAM', 'BUSINESS')) not null, \`amount\` integer not null, \`currency\` text not null, \`period_start\` datetime not null, \`period_end\` datetime not null, \`status\` text check (\`status\` in ('OPEN', 'PAID', 'VOID')) not null, \`payment_intent_id\` text null, \`paid_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`tenant_invoices_tenant_id_created_at_index\` on \`tenant_invoices\` (\`tenant_id\`, \`created_at\`);`);

    this.addSql(
      `create table \`tenant_subscriptions\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`tenant_id\` text not null, \`plan\` text check (\`plan\` in ('FREE', 'TEAM', 'BUSINESS')) not null, \`status\` text check (\`status\` in ('INCOMPLETE', 'ACTIVE', 'PAST_DUE', 'READ_ONLY')) not null, \`billing_user_id\` text not null, \`current_period_start\` datetime null, \`current_period_end\` datetime null, \`grace_until\` datetime null, \`open_invoice_id\` text null, \`payment_method_token\` text null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`tenant_subscriptions_tenant_id_unique\` on \`tenant_subscriptions\` (\`tenant_id\`);`);
    this.addSql(`create index \`tenant_subscriptions_current_period_end_index\` on \`tenant_subscriptions\` (\`current_period_end\`);`);
  }
}
