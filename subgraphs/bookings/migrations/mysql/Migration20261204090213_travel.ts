import { Migration } from '@mikro-orm/migrations';

export class Migration20261204090213_travel extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`fare_classes\` (\`id\` varchar(36) not null, \`flight_id\` varchar(36) not null, \`code\` varchar(2) not null, \`cabin\` enum('ECONOMY', 'PREMIUM_ECONOMY', 'BUSINESS', 'FIRST') not null, \`price\` int not null, \`seats\` smallint not null, \`booked\` smallint not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`fare_classes\` add index \`fare_classes_flight_id_index\`(\`flight_id\`);`);
    this.addSql(`alter table \`fare_classes\` add unique \`fare_classes_flight_id_code_unique\`(\`flight_id\`, \`code\`);`);

    this.addSql(
      `create table \`flights\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`number\` varchar(10) not null, \`origin\` varchar(3) not null, \`destination\` varchar(3) not null, \`departs_at\` datetime(3) not null, \`arrives_at\` datetime(3) not null, \`day\` varchar(10) not null, \`stops\` smallint not null, \`currency\` varchar(3) not null, \`free_cancellation_hours\` smallint not null, \`cancellation_fee_percent\` smallint not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`flights\` add index \`flights_origin_destination_day_index\`(\`origin\`, \`destination\`, \`day\`);`);
    this.addSql(`alter table \`flights\` add unique \`flights_number_day_unique\`(\`number\`, \`day\`);`);

    this.addSql(
      `create table \`flight_segments\` (\`id\` varchar(36) not null, \`flight_id\` varchar(36) not null, \`position\` smallint not null, \`flight_number\` varchar(10) not null, \`origin\` varchar(3) not null, \`destination\` varchar(3) not null, \`departs_at\` datetime(3) not null, \`arrives_at\` datetime(3) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`flight_segments\` add index \`flight_segments_flight_id_index\`(\`flight_id\`);`);

    this.addSql(
      `create table \`properties\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`name\` varchar(120) not null, \`city\` varchar(80) not null, \`city_key\` varchar(80) not null, \`stars\` smallint not null, \`currency\` varchar(3) not null, \`free_cancellation_hours\` smallint not null, \`cancellation_fee_percent\` smallint not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`properties\` add index \`properties_city_key_index\`(\`city_key\`);`);
    this.addSql(`alter table \`properties\` add unique \`properties_city_key_name_unique\`(\`city_key\`, \`name\`);`);

    this.addSql(
      `create table \`room_nights\` (\`id\` varchar(36) not null, \`room_type_id\` varchar(36) not null, \`property_id\` varchar(36) not null, \`city_key\` varchar(80) not null, \`night\` varchar(10) not null, \`total\` smallint not null, \`booked\` smallint not null, \`rate\` int not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`room_nights\` add index \`room_nights_city_key_night_index\`(\`city_key\`, \`night\`);`);
    this.addSql(`alter table \`room_nights\` add unique \`room_nights_type_night_unique\`(\`room_type_id\`, \`night\`);`);

    this.addSql(
      `create table \`room_types\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`property_id\` varchar(36) not null, \`name\` varchar(80) not null, \`max_guests\` smallint not null, \`total_rooms\` smallint not null, \`base_rate\` int not null, \`min_stay_nights\` smallint not null, \`buffer_nights\` smallint not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`room_types\` add index \`room_types_property_id_index\`(\`property_id\`);`);
    this.addSql(`alter table \`room_types\` add unique \`room_types_property_id_name_unique\`(\`property_id\`, \`name\`);`);

    this.addSql(
      `create table \`travel_bookings\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`user_id\` varchar(36) not null, \`kind\` enum('HOTEL', 'FLIGHT') not null, \`status\` enum('HELD', 'CONFIRMED', 'CANCELLED', 'EXPIRED') not null, \`trip_id\` varchar(36) null, \`expires_at\` datetime(3) not null, \`property_id\` varchar(36) null, \`room_type_id\` varchar(36) null, \`check_in\` varchar(10) null, \`check_out\` varchar(10) null, \`claimed_until\` varchar(10) null, \`rooms\` smallint not null, \`guests\` smallint not null, \`flight_id\` varchar(36) null, \`fare_class_id\` varchar(36) null, \`starts_at\` datetime(3) not null, \`free_cancellation_until\` datetime(3) not null, \`cancellation_fee_percent\` smallint not null, \`total\` int not null, \`currency\` varchar(3) not null, \`cancellation_fee\` int null, \`confirmed_at\` datetime(3) null, \`cancelled_at\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`travel_bookings\` add index \`travel_bookings_trip_id_index\`(\`trip_id\`);`);
    this.addSql(`alter table \`travel_bookings\` add index \`travel_bookings_user_id_created_at_index\`(\`user_id\`, \`created_at\`);`);
    this.addSql(`alter table \`travel_bookings\` add index \`travel_bookings_status_expires_at_index\`(\`status\`, \`expires_at\`);`);

    this.addSql(
      `create table \`trips\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`user_id\` varchar(36) not null, \`name\` varchar(120) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`trips\` add index \`trips_user_id_created_at_index\`(\`user_id\`, \`created_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`fare_classes\`;`);

    this.addSql(`drop table if exists \`flights\`;`);

    this.addSql(`drop table if exists \`flight_segments\`;`);

    this.addSql(`drop table if exists \`properties\`;`);

    this.addSql(`drop table if exists \`room_nights\`;`);

    this.addSql(`drop table if exists \`room_types\`;`);

    this.addSql(`drop table if exists \`travel_bookings\`;`);

    this.addSql(`drop table if exists \`trips\`;`);
  }
}
