import { Migration } from '@mikro-orm/migrations';

export class Migration20261204055919_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`auditoriums\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`capacity\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`auditoriums_name_unique\` on \`auditoriums\` (\`name\`);`);

    this.addSql(
      `create table \`cinema_movies\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`title\` text not null, \`description\` text not null, \`poster_url\` text null, \`genre\` text not null, \`movie_id\` text null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`cinema_movies_genre_index\` on \`cinema_movies\` (\`genre\`);`);
    this.addSql(`create index \`cinema_movies_movie_id_index\` on \`cinema_movies\` (\`movie_id\`);`);

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
      `create table \`reservations\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` text not null, \`showtime_id\` text not null, \`showtime_starts_at\` datetime not null, \`status\` text check (\`status\` in ('HELD', 'CONFIRMED', 'CANCELLED', 'EXPIRED')) not null, \`expires_at\` datetime not null, \`total\` integer not null, \`currency\` text not null, \`seat_count\` integer not null, \`confirmed_at\` datetime null, \`cancelled_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`reservations_user_id_created_at_index\` on \`reservations\` (\`user_id\`, \`created_at\`);`);
    this.addSql(
      `create index \`reservations_user_id_showtime_starts_at_index\` on \`reservations\` (\`user_id\`, \`showtime_starts_at\`);`,
    );
    this.addSql(`create index \`reservations_showtime_id_status_index\` on \`reservations\` (\`showtime_id\`, \`status\`);`);
    this.addSql(`create index \`reservations_status_expires_at_index\` on \`reservations\` (\`status\`, \`expires_at\`);`);

    this.addSql(
      `create table \`reservation_seats\` (\`id\` text not null, \`reservation_id\` text not null, \`seat_id\` text not null, \`price\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create unique index \`reservation_seats_reservation_id_seat_id_unique\` on \`reservation_seats\` (\`reservation_id\`, \`seat_id\`);`,
    );

    this.addSql(
      `create table \`seats\` (\`id\` text not null, \`auditorium_id\` text not null, \`row_label\` text not null, \`row_index\` integer not null, \`number\` integer not null, \`seat_type\` text check (\`seat_type\` in ('STANDARD', 'PREMIUM', 'ACCESSIBLE')) not null, \`blocked\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create unique index \`seats_auditorium_id_row_index_number_unique\` on \`seats\` (\`auditorium_id\`, \`row_index\`, \`number\`);`,
    );
    this.addSql(
      `create unique index \`seats_auditorium_id_row_label_number_unique\` on \`seats\` (\`auditorium_id\`, \`row_label\`, \`number\`);`,
    );

    this.addSql(
      `create table \`seat_claims\` (\`id\` text not null, \`showtime_id\` text not null, \`seat_id\` text not null, \`reservation_id\` text not null, \`sold\` integer not null, \`price\` integer not null, \`expires_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`seat_claims_reservation_id_index\` on \`seat_claims\` (\`reservation_id\`);`);
    this.addSql(`create unique index \`seat_claims_showtime_seat_unique\` on \`seat_claims\` (\`showtime_id\`, \`seat_id\`);`);

    this.addSql(
      `create table \`showtimes\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`cinema_movie_id\` text not null, \`movie_id\` text null, \`auditorium_id\` text not null, \`starts_at\` datetime not null, \`ends_at\` datetime not null, \`day\` text not null, \`currency\` text not null, \`price_standard\` integer not null, \`price_premium\` integer not null, \`price_accessible\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`showtimes_day_starts_at_index\` on \`showtimes\` (\`day\`, \`starts_at\`);`);
    this.addSql(`create index \`showtimes_cinema_movie_id_starts_at_index\` on \`showtimes\` (\`cinema_movie_id\`, \`starts_at\`);`);
    this.addSql(`create index \`showtimes_auditorium_id_starts_at_index\` on \`showtimes\` (\`auditorium_id\`, \`starts_at\`);`);
    this.addSql(`create index \`showtimes_movie_id_starts_at_index\` on \`showtimes\` (\`movie_id\`, \`starts_at\`);`);
  }
}
