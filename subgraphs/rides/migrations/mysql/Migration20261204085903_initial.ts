import { Migration } from '@mikro-orm/migrations';

export class Migration20261204085903_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`drivers\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`user_id\` varchar(36) not null, \`name\` varchar(80) not null, \`vehicle\` varchar(120) not null, \`status\` enum('OFFLINE', 'AVAILABLE', 'OFFERED', 'ON_TRIP') not null, \`trip_id\` varchar(36) null, \`rating_sum\` int not null, \`rating_count\` int not null, \`cancellations\` int not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`drivers\` add unique \`drivers_user_id_unique\`(\`user_id\`);`);
    this.addSql(`alter table \`drivers\` add index \`drivers_status_index\`(\`status\`);`);

    this.addSql(
      `create table \`failed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`type\` varchar(120) not null, \`event\` json not null, \`attempts\` int not null, \`last_error\` varchar(1000) not null, \`first_failed_at\` datetime(3) not null, \`last_failed_at\` datetime(3) not null, \`next_attempt_at\` datetime(3) null, \`dead_at\` datetime(3) null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`failed_events\` add index \`failed_events_next_attempt_at_index\`(\`next_attempt_at\`);`);
    this.addSql(`alter table \`failed_events\` add index \`failed_events_dead_at_index\`(\`dead_at\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`type\` varchar(120) not null, \`tenant_id\` varchar(36) null, \`payload\` json not null, \`published_at\` datetime(3) null, \`claimed_by\` varchar(60) null, \`claimed_until\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`outbox_events\` add index \`outbox_events_published_at_index\`(\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`processed_at\` datetime(3) not null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`processed_events\` add index \`processed_events_processed_at_index\`(\`processed_at\`);`);

    this.addSql(
      `create table \`ride_offers\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`trip_id\` varchar(36) not null, \`driver_id\` varchar(36) not null, \`status\` enum('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN') not null, \`pickup_distance_km\` double not null, \`expires_at\` datetime(3) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`ride_offers\` add index \`ride_offers_driver_id_status_index\`(\`driver_id\`, \`status\`);`);
    this.addSql(`alter table \`ride_offers\` add index \`ride_offers_status_expires_at_index\`(\`status\`, \`expires_at\`);`);
    this.addSql(`alter table \`ride_offers\` add unique \`ride_offers_trip_id_driver_id_unique\`(\`trip_id\`, \`driver_id\`);`);

    this.addSql(
      `create table \`trips\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`rider_id\` varchar(36) not null, \`driver_id\` varchar(36) null, \`status\` enum('REQUESTED', 'ACCEPTED', 'ARRIVING', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'NO_DRIVER') not null, \`pickup_lat\` double not null, \`pickup_lng\` double not null, \`dropoff_lat\` double not null, \`dropoff_lng\` double not null, \`pickup_cell\` varchar(16) not null, \`distance_km\` double not null, \`duration_seconds\` int not null, \`surge\` double not null, \`fare_amount\` int not null, \`currency\` varchar(3) not null, \`charged\` int null, \`cancelled_by\` enum('RIDER', 'DRIVER') null, \`cancel_reason\` varchar(200) null, \`cancellation_fee\` int null, \`offers_made\` smallint not null, \`accepted_at\` datetime(3) null, \`arrived_at\` datetime(3) null, \`started_at\` datetime(3) null, \`completed_at\` datetime(3) null, \`cancelled_at\` datetime(3) null, \`driver_rating\` smallint null, \`rider_rating\` smallint null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`trips\` add index \`trips_rider_id_created_at_index\`(\`rider_id\`, \`created_at\`);`);
    this.addSql(`alter table \`trips\` add index \`trips_driver_id_created_at_index\`(\`driver_id\`, \`created_at\`);`);
    this.addSql(`alter table \`trips\` add index \`trips_pickup_cell_created_at_index\`(\`pickup_cell\`, \`created_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`drivers\`;`);

    this.addSql(`drop table if exists \`failed_events\`;`);

    this.addSql(`drop table if exists \`outbox_events\`;`);

    this.addSql(`drop table if exists \`processed_events\`;`);

    this.addSql(`drop table if exists \`ride_offers\`;`);

    this.addSql(`drop table if exists \`trips\`;`);
  }
}
