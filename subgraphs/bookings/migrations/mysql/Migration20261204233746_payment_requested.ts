import { Migration } from '@mikro-orm/migrations';

export class Migration20261204233746_payment_requested extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`reservations\` add \`payment_requested_at\` datetime(3) null;`);

    this.addSql(`alter table \`travel_bookings\` add \`payment_requested_at\` datetime(3) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`reservations\` drop column \`payment_requested_at\`;`);

    this.addSql(`alter table \`travel_bookings\` drop column \`payment_requested_at\`;`);
  }
}
