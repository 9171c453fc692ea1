import { Migration } from '@mikro-orm/migrations';

export class Migration20261124001237_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`guess_sessions\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`player_id\` varchar(36) not null, \`difficulty\` enum('EASY', 'MEDIUM', 'HARD') not null, \`status\` enum('PLAYING', 'WON', 'LOST') not null, \`secret\` int not null, \`max_chances\` int not null, \`chances_used\` int not null, \`guesses\` json not null, \`hints\` json not null, \`version\` int not null, \`finished_at\` datetime(3) null, \`duration_ms\` int null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`guess_sessions\` add index \`guess_sessions_player_id_created_at_index\`(\`player_id\`, \`created_at\`);`);
    this.addSql(
      `alter table \`guess_sessions\` add index \`guess_sessions_player_id_status_difficulty_index\`(\`player_id\`, \`status\`, \`difficulty\`);`,
    );

    this.addSql(
      `create table \`matches\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`game\` enum('CONNECT_FOUR') not null, \`status\` enum('WAITING', 'ACTIVE', 'FINISHED', 'CANCELLED') not null, \`player_one_id\` varchar(36) not null, \`player_two_id\` varchar(36) null, \`cells\` varchar(42) not null, \`moves\` json not null, \`move_count\` int not null, \`result\` enum('WIN', 'DRAW', 'RESIGNATION') null, \`winner_id\` varchar(36) null, \`winning_cells\` json null, \`room_code\` varchar(8) null, \`finished_at\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`matches\` add unique \`matches_room_code_unique\`(\`room_code\`);`);
    this.addSql(`alter table \`matches\` add index \`matches_player_one_id_created_at_index\`(\`player_one_id\`, \`created_at\`);`);
    this.addSql(`alter table \`matches\` add index \`matches_player_two_id_created_at_index\`(\`player_two_id\`, \`created_at\`);`);

    this.addSql(
      `create table \`matchmaking_tickets\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`user_id\` varchar(36) not null, \`game\` enum('CONNECT_FOUR') not null, \`status\` enum('WAITING', 'MATCHED', 'CANCELLED') not null, \`queued_at\` datetime(3) not null, \`match_id\` varchar(36) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(
      `alter table \`matchmaking_tickets\` add index \`matchmaking_tickets_game_status_queued_at_index\`(\`game\`, \`status\`, \`queued_at\`);`,
    );
    this.addSql(`alter table \`matchmaking_tickets\` add unique \`matchmaking_tickets_user_id_game_unique\`(\`user_id\`, \`game\`);`);

    this.addSql(
      `create table \`match_results\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`match_id\` varchar(36) not null, \`user_id\` varchar(36) not null, \`game\` enum('CONNECT_FOUR') not null, \`outcome\` enum('WIN', 'DRAW', 'LOSS') not null, \`points\` int not null, \`finished_at\` datetime(3) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`match_results\` add index \`match_results_game_finished_at_index\`(\`game\`, \`finished_at\`);`);
    this.addSql(`alter table \`match_results\` add unique \`match_results_match_id_user_id_unique\`(\`match_id\`, \`user_id\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`type\` varchar(120) not null, \`tenant_id\` varchar(36) null, \`payload\` json not null, \`published_at\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`outbox_events\` add index \`outbox_events_published_at_index\`(\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`processed_at\` datetime(3) not null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`guess_sessions\`;`);

    this.addSql(`drop table if exists \`matches\`;`);

    this.addSql(`drop table if exists \`matchmaking_tickets\`;`);

    this.addSql(`drop table if exists \`match_results\`;`);

    this.addSql(`drop table if exists \`outbox_events\`;`);

    this.addSql(`drop table if exists \`processed_events\`;`);
  }
}
