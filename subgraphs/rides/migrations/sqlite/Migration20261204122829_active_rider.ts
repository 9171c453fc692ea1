import { Migration } from '@mikro-orm/migrations';

export class Migration20261204122829_active_rider extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`trips\` add column \`active_rider_id\` text null;`);
    // Rides in progress before this migration hold their rider's key too.
    this.addSql(
      `update \`trips\` set \`active_rider_id\` = \`rider_id\` where \`status\` in ('REQUESTED', 'ACCEPTED', 'ARRIVING', 'IN_PROGRESS');`,
    );
    this.addSql(`create unique index \`trips_active_rider_id_unique\` on \`trips\` (\`active_rider_id\`);`);
  }
}
