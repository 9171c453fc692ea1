import { Migration } from '@mikro-orm/migrations';

export class Migration20261124001237_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`guess_sessions\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`player_id\` text not null, \`difficulty\` text check (\`difficulty\` in ('EASY', 'MEDIUM', 'HARD')) not null, \`status\` text check (\`status\` in ('PLAYING', 'WON', 'LOST')) not null, \`secret\` integer not null, \`max_chances\` integer not null, \`chances_used\` integer not null, \`guesses\` json not null, \`hints\` json not null, \`version\` integer not null, \`finished_at\` datetime null, \`duration_ms\` integer null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`guess_sessions_player_id_created_at_index\` on \`guess_sessions\` (\`player_id\`, \`created_at\`);`);
    this.addSql(
      `create index \`guess_sessions_player_id_status_difficulty_index\` on \`guess_sessions\` (\`player_id\`, \`status\`, \`difficulty\`);`,
    );

    this.addSql(
      `create table \`matches\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`game\` text check (\`game\` in ('CONNECT_FOUR')) not null, \`status\` text check (\`status\` in ('WAITING', 'ACTIVE', 'FINISHED', 'CANCELLED')) not null, \`player_one_id\` text not null, \`player_two_id\` text null, \`cells\` text not null, \`moves\` json not null, \`move_count\` integer not null, \`result\` text check (\`result\` in ('WIN', 'DRAW', 'RESIGNATION')) null, \`winner_id\` text null, \`winning_cells\` json null, \`room_code\` text null, \`finished_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`matches_room_code_unique\` on \`matches\` (\`room_code\`);`);
    this.addSql(`create index \`matches_player_one_id_created_at_index\` on \`matches\` (\`player_one_id\`, \`created_at\`);`);
    this.addSql(`create index \`matches_player_two_id_created_at_index\` on \`matches\` (\`player_two_id\`, \`created_at\`);`);

    this.addSql(
      `create table \`matchmaking_tickets\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` text not null, \`game\` text check (\`game\` in ('CONNECT_FOUR')) not null, \`status\` text check (\`status\` in ('WAITING', 'MATCHED', 'CANCELLED')) not null, \`queued_at\` datetime not null, \`match_id\` text null, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`matchmaking_tickets_game_status_queued_at_index\` on \`matchmaking_tickets\` (\`game\`, \`status\`, \`queued_at\`);`,
    );
    this.addSql(`create unique index \`matchmaking_tickets_user_id_game_unique\` on \`matchmaking_tickets\` (\`user_id\`, \`game\`);`);

    this.addSql(
      `create table \`match_results\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`match_id\` text not null, \`user_id\` text not null, \`game\` text check (\`game\` in ('CONNECT_FOUR')) not null, \`outcome\` text check (\`outcome\` in ('WIN', 'DRAW', 'LOSS')) not null, \`points\` integer not null, \`finished_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`match_results_game_finished_at_index\` on \`match_results\` (\`game\`, \`finished_at\`);`);
    this.addSql(`create unique index \`match_results_match_id_user_id_unique\` on \`match_results\` (\`match_id\`, \`user_id\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`type\` text not null, \`tenant_id\` text null, \`payload\` json not null, \`published_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`outbox_events_published_at_index\` on \`outbox_events\` (\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`,
    );
  }
}
