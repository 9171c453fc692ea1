import { Migration } from '@mikro-orm/migrations';

export class Migration20261203081249_tenant_locks extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`tenant_locks\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`tenant_locks\` add index \`tenant_locks_tenant_id_index\`(\`tenant_id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`tenant_locks\`;`);
  }
}
