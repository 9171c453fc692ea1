import { Migration } from '@mikro-orm/migrations';

export class Migration20261205033325 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`tenants\` add \`max_members\` int not null default 10;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`tenants\` drop column \`max_members\`;`);
  }
}
