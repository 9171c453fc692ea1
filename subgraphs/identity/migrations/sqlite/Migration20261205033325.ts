import { Migration } from '@mikro-orm/migrations';

export class Migration20261205033325 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`tenants\` add column \`max_members\` integer not null default 10;`);
  }
}
