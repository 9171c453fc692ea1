import { Migration } from '@mikro-orm/migrations';

export class Migration20261204085903_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`drivers\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` text not null, \`name\` text not null, \`vehicle\` text not null, \`status\` text check (\`status\` in ('OFFLINE', 'AVAILABLE', 'OFFERED', 'ON_TRIP')) not null, \`trip_id\` text null, \`rating_sum\` integer not null, \`rating_count\` integer not null, \`cancellations\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`drivers_user_id_unique\` on \`drivers\` (\`user_id\`);`);
    this.addSql(`create index \`drivers_status_index\` on \`drivers\` (\`status\`);`);

    this.addSql(
      `create table \`failed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`type\` text not null, \`event\` json not null, \`attempts\` integer not null, \`last_error\` text not null, \`first_failed_at\` datetime not null, \`last_failed_at\` datetime not null, \`next_attempt_at\` datetime null, \`dead_at\` datetime null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`failed_events_next_attempt_at_index\` on \`failed_events\` (\`next_attempt_at\`);`);
    this.addSql(`create index \`failed_events_dead_at_index\` on \`failed_events\` (\`dead_at\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`type\` text not null, \`tenant_id\` text null, \`payload\` json not null, \`published_at\` datetime null, \`claimed_by\` text null, \`claimed_until\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`outbox_events_published_at_index\` on \`outbox_events\` (\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`processed_events_processed_at_index\` on \`processed_events\` (\`processed_at\`);`);

    this.addSql(
      `create table \`ride_offers\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`trip_id\` text not null, \`driver_id\` text not null, \`status\` text check (\`status\` in ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN')) not null, \`pickup_distance_km\` double not null, \`expires_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`ride_offers_driver_id_status_index\` on \`ride_offers\` (\`driver_id\`, \`status\`);`);
    this.addSql(`create index \`ride_offers_status_expires_at_index\` on \`ride_offers\` (\`status\`, \`expires_at\`);`);
    this.addSql(`create unique index \`ride_offers_trip_id_driver_id_unique\` on \`ride_offers\` (\`trip_id\`, \`driver_id\`);`);

    this.addSql(
      `create table \`trips\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`rider_id\` text not null, \`driver_id\` text null, \`status\` text check (\`status\` in ('REQUESTED', 'ACCEPTED', 'ARRIVING', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'NO_DRIVER')) not null, \`pickup_lat\` double not null, \`pickup_lng\` double not null, \`dropoff_lat\` double not null, \`dropoff_lng\` double not null, \`pickup_cell\` text not null, \`distance_km\` double not null, \`duration_seconds\` integer not null, \`surge\` double not null, \`fare_amount\` integer not null, \`currency\` text not null, \`charged\` integer null, \`cancelled_by\` text check (\`cancelled_by\` in ('RIDER', 'DRIVER')) null, \`cancel_reason\` text null, \`cancellation_fee\` integer null, \`offers_made\` integer not null, \`accepted_at\` datetime null, \`arrived_at\` datetime null, \`started_at\` datetime null, \`completed_at\` datetime null, \`cancelled_at\` datetime null, \`driver_rating\` integer null, \`rider_rating\` integer null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`trips_rider_id_created_at_index\` on \`trips\` (\`rider_id\`, \`created_at\`);`);
    this.addSql(`create index \`trips_driver_id_created_at_index\` on \`trips\` (\`driver_id\`, \`created_at\`);`);
    this.addSql(`create index \`trips_pickup_cell_created_at_index\` on \`trips\` (\`pickup_cell\`, \`created_at\`);`);
  }
}
