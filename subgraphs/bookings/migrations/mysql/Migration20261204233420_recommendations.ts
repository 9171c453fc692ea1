import { Migration } from '@mikro-orm/migrations';

export class Migration20261204233420_recommendations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`movie_neighbours\` (\`id\` varchar(36) not null, \`cinema_movie_id\` varchar(36) not null, \`other_id\` varchar(36) not null, \`score\` double not null, \`support\` int not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`movie_neighbours\` add index \`movie_neighbours_cinema_movie_id_index\`(\`cinema_movie_id\`);`);

    this.addSql(
      `create table \`movie_popularity\` (\`id\` varchar(36) not null, \`cinema_movie_id\` varchar(36) not null, \`rank\` int not null, \`likes\` int not null, \`users\` int not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`movie_popularity\` add index \`movie_popularity_rank_index\`(\`rank\`);`);

    this.addSql(
      `create table \`movie_ratings\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`user_id\` varchar(36) not null, \`cinema_movie_id\` varchar(36) not null, \`stars\` smallint not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`movie_ratings\` add index \`movie_ratings_cinema_movie_id_index\`(\`cinema_movie_id\`);`);
    this.addSql(`alter table \`movie_ratings\` add index \`movie_ratings_user_id_updated_at_index\`(\`user_id\`, \`updated_at\`);`);
    this.addSql(`alter table \`movie_ratings\` add index \`movie_ratings_updated_at_index\`(\`updated_at\`);`);
    this.addSql(
      `alter table \`movie_ratings\` add unique \`movie_ratings_user_id_cinema_movie_id_unique\`(\`user_id\`, \`cinema_movie_id\`);`,
    );

    this.addSql(
      `create table \`recommender_state\` (\`id\` varchar(20) not null, \`stamp\` varchar(200) not null, \`built_at\` datetime(3) null, \`users\` int not null, \`signals\` int not null, \`neighbours\` int not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`movie_neighbours\`;`);

    this.addSql(`drop table if exists \`movie_popularity\`;`);

    this.addSql(`drop table if exists \`movie_ratings\`;`);

    this.addSql(`drop table if exists \`recommender_state\`;`);
  }
}
