import { Migration } from '@mikro-orm/migrations';

export class Migration20261204233420_recommendations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`movie_neighbours\` (\`id\` text not null, \`cinema_movie_id\` text not null, \`other_id\` text not null, \`score\` double not null, \`support\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`movie_neighbours_cinema_movie_id_index\` on \`movie_neighbours\` (\`cinema_movie_id\`);`);

    this.addSql(
      `create table \`movie_popularity\` (\`id\` text not null, \`cinema_movie_id\` text not null, \`rank\` integer not null, \`likes\` integer not null, \`users\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`movie_popularity_rank_index\` on \`movie_popularity\` (\`rank\`);`);

    this.addSql(
      `create table \`movie_ratings\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` text not null, \`cinema_movie_id\` text not null, \`stars\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`movie_ratings_cinema_movie_id_index\` on \`movie_ratings\` (\`cinema_movie_id\`);`);
    this.addSql(`create index \`movie_ratings_user_id_updated_at_index\` on \`movie_ratings\` (\`user_id\`, \`updated_at\`);`);
    this.addSql(`create index \`movie_ratings_updated_at_index\` on \`movie_ratings\` (\`updated_at\`);`);
    this.addSql(
      `create unique index \`movie_ratings_user_id_cinema_movie_id_unique\` on \`movie_ratings\` (\`user_id\`, \`cinema_movie_id\`);`,
    );

    this.addSql(
      `create table \`recommender_state\` (\`id\` text not null, \`stamp\` text not null, \`built_at\` datetime null, \`users\` integer not null, \`signals\` integer not null, \`neighbours\` integer not null, primary key (\`id\`));`,
    );
  }
}
