import { Migration } from '@mikro-orm/migrations';

export class Migration20261204160156_tenantLifecycle extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`audit_entries\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`event_id\` varchar(36) not null, \`tenant_id\` varchar(36) not null, \`source\` varchar(40) not null, \`actor_id\` varchar(36) null, \`action\` varchar(80) not null, \`target_type\` varchar(40) not null, \`target_id\` varchar(64) null, \`details\` json not null, \`occurred_at\` datetime(3) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`audit_entries\` add unique \`audit_entries_event_id_unique\`(\`event_id\`);`);
    this.addSql(`alter table \`audit_entries\` add index \`audit_entries_tenant_id_occurred_at_index\`(\`tenant_id\`, \`occurred_at\`);`);
    this.addSql(
      `alter table \`audit_entries\` add index \`audit_entries_tenant_id_actor_id_occurred_at_index\`(\`tenant_id\`, \`actor_id\`, \`occurred_at\`);`,
    );
    this.addSql(
      `alter table \`audit_entries\` add index \`audit_entries_tenant_id_action_occurred_at_index\`(\`tenant_id\`, \`action\`, \`occurred_at\`);`,
    );

    this.addSql(
      `create table \`tenant_invitations\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`tenant_id\` varchar(36) not null, \`email\` varchar(254) not null, \`role\` enum('EMPLOYEE', 'MANAGER', 'ADMIN') not null, \`token_hash\` varchar(64) not null, \`invited_by\` varchar(36) not null, \`expires_at\` datetime(3) not null, \`accepted_at\` datetime(3) null, \`accepted_by\` varchar(36) null, \`revoked_at\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`tenant_invitations\` add unique \`tenant_invitations_token_hash_unique\`(\`token_hash\`);`);
    this.addSql(
      `alter table \`tenant_invitations\` add index \`tenant_invitations_tenant_id_created_at_index\`(\`tenant_id\`, \`created_at\`);`,
    );
    this.addSql(`alter table \`tenant_invitations\` add index \`tenant_invitations_tenant_id_email_index\`(\`tenant_id\`, \`email\`);`);

    this.addSql(`alter table \`tenants\` add \`slug\` varchar(40) null;`);
    this.addSql(`alter table \`tenants\` add unique \`tenants_slug_unique\`(\`slug\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`audit_entries\`;`);

    this.addSql(`drop table if exists \`tenant_invitations\`;`);

    this.addSql(`alter table \`tenants\` drop index \`tenants_slug_unique\`;`);
    this.addSql(`alter table \`tenants\` drop column \`slug\`;`);
  }
}
