import { Migration } from '@mikro-orm/migrations';

export class Migration20261124000727_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`outbox_events\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`type\` text not null, \`tenant_id\` text null, \`payload\` json not null, \`published_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`outbox_events_published_at_index\` on \`outbox_events\` (\`published_at\`);`);

    this.addSql(
      `create table \`polls\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`created_by\` text not null, \`question\` text not null, \`anonymous\` integer not null, \`closes_at\` datetime null, \`closed_at\` datetime null, \`close_reason\` text check (\`close_reason\` in ('MANUAL', 'SCHEDULED')) null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`polls_created_by_created_at_index\` on \`polls\` (\`created_by\`, \`created_at\`);`);
    this.addSql(`create index \`polls_closed_at_created_at_index\` on \`polls\` (\`closed_at\`, \`created_at\`);`);

    this.addSql(
      `create table \`poll_options\` (\`id\` text not null, \`poll_id\` text not null, \`label\` text not null, \`position\` integer not null, constraint \`poll_options_poll_id_foreign\` foreign key(\`poll_id\`) references \`polls\`(\`id\`) on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`poll_options_poll_id_position_unique\` on \`poll_options\` (\`poll_id\`, \`position\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`,
    );

    this.addSql(
      `create table \`poll_votes\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`poll_id\` text not null, \`option_id\` text not null, \`user_id\` text not null, constraint \`poll_votes_poll_id_foreign\` foreign key(\`poll_id\`) references \`polls\`(\`id\`) on update cascade, constraint \`poll_votes_option_id_foreign\` foreign key(\`option_id\`) references \`poll_options\`(\`id\`) on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`poll_votes_option_id_index\` on \`poll_votes\` (\`option_id\`);`);
    this.addSql(`create index \`poll_votes_poll_id_option_id_index\` on \`poll_votes\` (\`poll_id\`, \`option_id\`);`);
    this.addSql(`create index \`poll_votes_poll_id_created_at_index\` on \`poll_votes\` (\`poll_id\`, \`created_at\`);`);
    this.addSql(`create unique index \`poll_votes_poll_id_user_id_unique\` on \`poll_votes\` (\`poll_id\`, \`user_id\`);`);
  }
}
