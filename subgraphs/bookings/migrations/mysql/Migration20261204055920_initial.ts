import { Migration } from '@mikro-orm/migrations';

export class Migration20261204055920_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`auditoriums\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`name\` varchar(100) not null, \`capacity\` int not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`auditoriums\` add unique \`auditoriums_name_unique\`(\`name\`);`);

    this.addSql(
      `create table \`cinema_movies\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`title\` varchar(200) not null, \`description\` text not null, \`poster_url\` varchar(500) null, \`genre\` varchar(40) not null, \`movie_id\` varchar(20) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`cinema_movies\` add index \`cinema_movies_genre_index\`(\`genre\`);`);
    this.addSql(`alter table \`cinema_movies\` add index \`cinema_movies_movie_id_index\`(\`movie_id\`);`);

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
      `create table \`reservations\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`user_id\` varchar(36) not null, \`showtime_id\` varchar(36) not null, \`showtime_starts_at\` datetime(3) not null, \`status\` enum('HELD', 'CONFIRMED', 'CANCELLED', 'EXPIRED') not null, \`expires_at\` datetime(3) not null, \`total\` int not null, \`currency\` varchar(3) not null, \`seat_count\` smallint not null, \`confirmed_at\` datetime(3) null, \`cancelled_at\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`reservations\` add index \`reservations_user_id_created_at_index\`(\`user_id\`, \`created_at\`);`);
    this.addSql(
      `alter table \`reservations\` add index \`reservations_user_id_showtime_starts_at_index\`(\`user_id\`, \`showtime_starts_at\`);`,
    );
    this.addSql(`alter table \`reservations\` add index \`reservations_showtime_id_status_index\`(\`showtime_id\`, \`status\`);`);
    this.addSql(`alter table \`reservations\` add index \`reservations_status_expires_at_index\`(\`status\`, \`expires_at\`);`);

    this.addSql(
      `create table \`reservation_seats\` (\`id\` varchar(36) not null, \`reservation_id\` varchar(36) not null, \`seat_id\` varchar(36) not null, \`price\` int not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(
      `alter table \`reservation_seats\` add unique \`reservation_seats_reservation_id_seat_id_unique\`(\`reservation_id\`, \`seat_id\`);`,
    );

    this.addSql(
      `create table \`seats\` (\`id\` varchar(36) not null, \`auditorium_id\` varchar(36) not null, \`row_label\` varchar(3) not null, \`row_index\` smallint not null, \`number\` smallint not null, \`seat_type\` enum('STANDARD', 'PREMIUM', 'ACCESSIBLE') not null, \`blocked\` tinyint(1) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(
      `alter table \`seats\` add unique \`seats_auditorium_id_row_index_number_unique\`(\`auditorium_id\`, \`row_index\`, \`number\`);`,
    );
    this.addSql(
      `alter table \`seats\` add unique \`seats_auditorium_id_row_label_number_unique\`(\`auditorium_id\`, \`row_label\`, \`number\`);`,
    );

    this.addSql(
      `create table \`seat_claims\` (\`id\` varchar(36) not null, \`showtime_id\` varchar(36) not null, \`seat_id\` varchar(36) not null, \`reservation_id\` varchar(36) not null, \`sold\` tinyint(1) not null, \`price\` int not null, \`expires_at\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`seat_claims\` add index \`seat_claims_reservation_id_index\`(\`reservation_id\`);`);
    this.addSql(`alter table \`seat_claims\` add unique \`seat_claims_showtime_seat_unique\`(\`showtime_id\`, \`seat_id\`);`);

    this.addSql(
      `create table \`showtimes\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`cinema_movie_id\` varchar(36) not null, \`movie_id\` varchar(20) null, \`auditorium_id\` varchar(36) not null, \`starts_at\` datetime(3) not null, \`ends_at\` datetime(3) not null, \`day\` varchar(10) not null, \`currency\` varchar(3) not null, \`price_standard\` int not null, \`price_premium\` int not null, \`price_accessible\` int not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`showtimes\` add index \`showtimes_day_starts_at_index\`(\`day\`, \`starts_at\`);`);
    this.addSql(`alter table \`showtimes\` add index \`showtimes_cinema_movie_id_starts_at_index\`(\`cinema_movie_id\`, \`starts_at\`);`);
    this.addSql(`alter table \`showtimes\` add index \`showtimes_auditorium_id_starts_at_index\`(\`auditorium_id\`, \`starts_at\`);`);
    this.addSql(`alter table \`showtimes\` add index \`showtimes_movie_id_starts_at_index\`(\`movie_id\`, \`starts_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`auditoriums\`;`);

    this.addSql(`drop table if exists \`cinema_movies\`;`);

    this.addSql(`drop table if exists \`failed_events\`;`);

    this.addSql(`drop table if exists \`outbox_events\`;`);

    this.addSql(`drop table if exists \`processed_events\`;`);

    this.addSql(`drop table if exists \`reservations\`;`);

    this.addSql(`drop table if exists \`reservation_seats\`;`);

    this.addSql(`drop table if exists \`seats\`;`);

    this.addSql(`drop table if exists \`seat_claims\`;`);

    this.addSql(`drop table if exists \`showtimes\`;`);
  }
}
