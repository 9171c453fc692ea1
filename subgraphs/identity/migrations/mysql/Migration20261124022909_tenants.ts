import { Migration } from '@mikro-orm/migrations';

export class Migration20261124022909_tenants extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`memberships\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`tenant_id\` varchar(36) not null, \`user_id\` varchar(36) not null, \`role\` enum('EMPLOYEE', 'MANAGER', 'ADMIN') not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`memberships\` add index \`memberships_user_id_index\`(\`user_id\`);`);
    this.addSql(`alter table \`memberships\` add unique \`memberships_tenant_id_user_id_unique\`(\`tenant_id\`, \`user_id\`);`);

    this.addSql(
      `create table \`tenants\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`name\` varchar(80) not null, \`created_by\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`memberships\`;`);

    this.addSql(`drop table if exists \`tenants\`;`);
  }
}
