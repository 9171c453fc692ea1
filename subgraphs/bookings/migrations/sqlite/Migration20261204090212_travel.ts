import { Migration } from '@mikro-orm/migrations';

export class Migration20261204090212_travel extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`fare_classes\` (\`id\` text not null, \`flight_id\` text not null, \`code\` text not null, \`cabin\` text check (\`cabin\` in ('ECONOMY', 'PREMIUM_ECONOMY', 'BUSINESS', 'FIRST')) not null, \`price\` integer not null, \`seats\` integer not null, \`booked\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`fare_classes_flight_id_index\` on \`fare_classes\` (\`flight_id\`);`);
    this.addSql(`create unique index \`fare_classes_flight_id_code_unique\` on \`fare_classes\` (\`flight_id\`, \`code\`);`);

    this.addSql(
      `create table \`flights\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`number\` text not null, \`origin\` text not null, \`destination\` text not null, \`departs_at\` datetime not null, \`arrives_at\` datetime not null, \`day\` text not null, \`stops\` integer not null, \`currency\` text not null, \`free_cancellation_hours\` integer not null, \`cancellation_fee_percent\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`flights_origin_destination_day_index\` on \`flights\` (\`origin\`, \`destination\`, \`day\`);`);
    this.addSql(`create unique index \`flights_number_day_unique\` on \`flights\` (\`number\`, \`day\`);`);

    this.addSql(
      `create table \`flight_segments\` (\`id\` text not null, \`flight_id\` text not null, \`position\` integer not null, \`flight_number\` text not null, \`origin\` text not null, \`destination\` text not null, \`departs_at\` datetime not null, \`arrives_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`flight_segments_flight_id_index\` on \`flight_segments\` (\`flight_id\`);`);

    this.addSql(
      `create table \`properties\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`city\` text not null, \`city_key\` text not null, \`stars\` integer not null, \`currency\` text not null, \`free_cancellation_hours\` integer not null, \`cancellation_fee_percent\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`properties_city_key_index\` on \`properties\` (\`city_key\`);`);
    this.addSql(`create unique index \`properties_city_key_name_unique\` on \`properties\` (\`city_key\`, \`name\`);`);

    this.addSql(
      `create table \`room_nights\` (\`id\` text not null, \`room_type_id\` text not null, \`property_id\` text not null, \`city_key\` text not null, \`night\` text not null, \`total\` integer not null, \`booked\` integer not null, \`rate\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`room_nights_city_key_night_index\` on \`room_nights\` (\`city_key\`, \`night\`);`);
    this.addSql(`create unique index \`room_nights_type_night_unique\` on \`room_nights\` (\`room_type_id\`, \`night\`);`);

    this.addSql(
      `create table \`room_types\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`property_id\` text not null, \`name\` text not null, \`max_guests\` integer not null, \`total_rooms\` integer not null, \`base_rate\` integer not null, \`min_stay_nights\` integer not null, \`buffer_nights\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`room_types_property_id_index\` on \`room_types\` (\`property_id\`);`);
    this.addSql(`create unique index \`room_types_property_id_name_unique\` on \`room_types\` (\`property_id\`, \`name\`);`);

    this.addSql(
      `create table \`travel_bookings\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` text not null, \`kind\` text check (\`kind\` in ('HOTEL', 'FLIGHT')) not null, \`status\` text check (\`status\` in ('HELD', 'CONFIRMED', 'CANCELLED', 'EXPIRED')) not null, \`trip_id\` text null, \`expires_at\` datetime not null, \`property_id\` text null, \`room_type_id\` text null, \`check_in\` text null, \`check_out\` text null, \`claimed_until\` text null, \`rooms\` integer not null, \`guests\` integer not null, \`flight_id\` text null, \`fare_class_id\` text null, \`starts_at\` datetime not null, \`free_cancellation_until\` datetime not null, \`cancellation_fee_percent\` integer not null, \`total\` integer not null, \`currency\` text not null, \`cancellation_fee\` integer null, \`confirmed_at\` datetime null, \`cancelled_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`travel_bookings_trip_id_index\` on \`travel_bookings\` (\`trip_id\`);`);
    this.addSql(`create index \`travel_bookings_user_id_created_at_index\` on \`travel_bookings\` (\`user_id\`, \`created_at\`);`);
    this.addSql(`create index \`travel_bookings_status_expires_at_index\` on \`travel_bookings\` (\`status\`, \`expires_at\`);`);

    this.addSql(
      `create table \`trips\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` text not null, \`name\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`trips_user_id_created_at_index\` on \`trips\` (\`user_id\`, \`created_at\`);`);
  }
}
