import { Migration } from '@mikro-orm/migrations';

export class Migration20261203081249_tenant_locks extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`tenant_locks\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`tenant_locks_tenant_id_index\` on \`tenant_locks\` (\`tenant_id\`);`);
  }
}
