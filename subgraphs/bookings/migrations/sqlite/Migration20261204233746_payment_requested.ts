import { Migration } from '@mikro-orm/migrations';

export class Migration20261204233746_payment_requested extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`reservations\` add column \`payment_requested_at\` datetime null;`);

    this.addSql(`alter table \`travel_bookings\` add column \`payment_requested_at\` datetime null;`);
  }
}
