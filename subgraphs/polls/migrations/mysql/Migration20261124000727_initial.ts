import { Migration } from '@mikro-orm/migrations';

export class Migration20261124000727_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`outbox_events\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`type\` varchar(120) not null, \`tenant_id\` varchar(36) null, \`payload\` json not null, \`published_at\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`outbox_events\` add index \`outbox_events_published_at_index\`(\`published_at\`);`);

    this.addSql(
      `create table \`polls\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`created_by\` varchar(36) not null, \`question\` varchar(300) not null, \`anonymous\` tinyint(1) not null, \`closes_at\` datetime(3) null, \`closed_at\` datetime(3) null, \`close_reason\` enum('MANUAL', 'SCHEDULED') null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`polls\` add index \`polls_created_by_created_at_index\`(\`created_by\`, \`created_at\`);`);
    this.addSql(`alter table \`polls\` add index \`polls_closed_at_created_at_index\`(\`closed_at\`, \`created_at\`);`);

    this.addSql(
      `create table \`poll_options\` (\`id\` varchar(36) not null, \`poll_id\` varchar(36) not null, \`label\` varchar(100) not null, \`position\` smallint not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`poll_options\` add unique \`poll_options_poll_id_position_unique\`(\`poll_id\`, \`position\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`processed_at\` datetime(3) not null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );

    this.addSql(
      `create table \`poll_votes\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`poll_id\` varchar(36) not null, \`option_id\` varchar(36) not null, \`user_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`poll_votes\` add index \`poll_votes_option_id_index\`(\`option_id\`);`);
    this.addSql(`alter table \`poll_votes\` add index \`poll_votes_poll_id_option_id_index\`(\`poll_id\`, \`option_id\`);`);
    this.addSql(`alter table \`poll_votes\` add index \`poll_votes_poll_id_created_at_index\`(\`poll_id\`, \`created_at\`);`);
    this.addSql(`alter table \`poll_votes\` add unique \`poll_votes_poll_id_user_id_unique\`(\`poll_id\`, \`user_id\`);`);

    this.addSql(
      `alter table \`poll_options\` add constraint \`poll_options_poll_id_foreign\` foreign key (\`poll_id\`) references \`polls\` (\`id\`) on update cascade;`,
    );

    this.addSql(
      `alter table \`poll_votes\` add constraint \`poll_votes_poll_id_foreign\` foreign key (\`poll_id\`) references \`polls\` (\`id\`) on update cascade;`,
    );
    this.addSql(
      `alter table \`poll_votes\` add constraint \`poll_votes_option_id_foreign\` foreign key (\`option_id\`) references \`poll_options\` (\`id\`) on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`poll_options\` drop foreign key \`poll_options_poll_id_foreign\`;`);

    this.addSql(`alter table \`poll_votes\` drop foreign key \`poll_votes_poll_id_foreign\`;`);

    this.addSql(`alter table \`poll_votes\` drop foreign key \`poll_votes_option_id_foreign\`;`);

    this.addSql(`drop table if exists \`outbox_events\`;`);

    this.addSql(`drop table if exists \`polls\`;`);

    this.addSql(`drop table if exists \`poll_options\`;`);

    this.addSql(`drop table if exists \`processed_events\`;`);

    this.addSql(`drop table if exists \`poll_votes\`;`);
  }
}
