import { Migration } from '@mikro-orm/migrations';

export class Migration20261123235036_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`counters\` (\`name\` varchar(64) not null, \`value\` bigint not null, \`updated_at\` datetime(3) not null, primary key (\`name\`)) default character set utf8mb4 engine = InnoDB;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`counters\`;`);
  }

}
