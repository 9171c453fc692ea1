import { Migration } from '@mikro-orm/migrations';

export class Migration20261124022909_tenants extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`memberships\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`tenant_id\` text not null, \`user_id\` text not null, \`role\` text check (\`role\` in ('EMPLOYEE', 'MANAGER', 'ADMIN')) not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`memberships_user_id_index\` on \`memberships\` (\`user_id\`);`);
    this.addSql(`create unique index \`memberships_tenant_id_user_id_unique\` on \`memberships\` (\`tenant_id\`, \`user_id\`);`);

    this.addSql(
      `create table \`tenants\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`created_by\` text not null, primary key (\`id\`));`,
    );
  }
}
