import { Migration } from '@mikro-orm/migrations';

export class Migration20261204160156_tenantLifecycle extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`audit_entries\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`event_id\` text not null, \`tenant_id\` text not null, \`source\` text not null, \`actor_id\` text null, \`action\` text not null, \`target_type\` text not null, \`target_id\` text null, \`details\` json not null, \`occurred_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`audit_entries_event_id_unique\` on \`audit_entries\` (\`event_id\`);`);
    this.addSql(`create index \`audit_entries_tenant_id_occurred_at_index\` on \`audit_entries\` (\`tenant_id\`, \`occurred_at\`);`);
    this.addSql(
      `create index \`audit_entries_tenant_id_actor_id_occurred_at_index\` on \`audit_entries\` (\`tenant_id\`, \`actor_id\`, \`occurred_at\`);`,
    );
    this.addSql(
      `create index \`audit_entries_tenant_id_action_occurred_at_index\` on \`audit_entries\` (\`tenant_id\`, \`action\`, \`occurred_at\`);`,
    );

    this.addSql(
      `create table \`tenant_invitations\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`tenant_id\` text not null, \`email\` text not null, \`role\` text check (\`role\` in ('EMPLOYEE', 'MANAGER', 'ADMIN')) not null, \`token_hash\` text not null, \`invited_by\` text not null, \`expires_at\` datetime not null, \`accepted_at\` datetime null, \`accepted_by\` text null, \`revoked_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`tenant_invitations_token_hash_unique\` on \`tenant_invitations\` (\`token_hash\`);`);
    this.addSql(
      `create index \`tenant_invitations_tenant_id_created_at_index\` on \`tenant_invitations\` (\`tenant_id\`, \`created_at\`);`,
    );
    this.addSql(`create index \`tenant_invitations_tenant_id_email_index\` on \`tenant_invitations\` (\`tenant_id\`, \`email\`);`);

    this.addSql(`alter table \`tenants\` add column \`slug\` text null;`);
    this.addSql(`create unique index \`tenants_slug_unique\` on \`tenants\` (\`slug\`);`);
  }
}
