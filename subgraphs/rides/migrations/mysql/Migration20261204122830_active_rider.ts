import { Migration } from '@mikro-orm/migrations';

export class Migration20261204122830_active_rider extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`trips\` add \`active_rider_id\` varchar(36) null;`);
    // Rides in progress before this migration hold their rider's key too.
    this.addSql(
      `update \`trips\` set \`active_rider_id\` = \`rider_id\` where \`status\` in ('REQUESTED', 'ACCEPTED', 'ARRIVING', 'IN_PROGRESS');`,
    );
    this.addSql(`alter table \`trips\` add unique \`trips_active_rider_id_unique\`(\`active_rider_id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`trips\` drop index \`trips_active_rider_id_unique\`;`);
    this.addSql(`alter table \`trips\` drop column \`active_rider_id\`;`);
  }
}
