import { Migration } from '@mikro-orm/migrations';

export class Migration20261123235036_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`counters\` (\`name\` text not null, \`value\` bigint not null, \`updated_at\` datetime not null, primary key (\`name\`));`);
  }

}
