import { Migration } from '@mikro-orm/migrations';

export class Migration20261124000632_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table \`broadcast_channels\` (\`name\` text not null, \`last_offset\` integer not null, primary key (\`name\`));`);

    this.addSql(
      `create table \`broadcast_messages\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`channel\` text not null, \`channel_offset\` integer not null, \`text\` text not null, \`sender_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create unique index \`broadcast_messages_channel_channel_offset_unique\` on \`broadcast_messages\` (\`channel\`, \`channel_offset\`);`,
    );

    this.addSql(
      `create table \`messages\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`room_id\` text not null, \`author_id\` text not null, \`seq\` integer not null, \`text\` text null, \`mentions\` json not null, \`edited_at\` datetime null, \`deleted_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`messages_room_id_seq_unique\` on \`messages\` (\`room_id\`, \`seq\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`type\` text not null, \`tenant_id\` text null, \`payload\` json not null, \`published_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`outbox_events_published_at_index\` on \`outbox_events\` (\`published_at\`);`);

    this.addSql(`create table \`presence\` (\`user_id\` text not null, \`last_seen_at\` datetime not null, primary key (\`user_id\`));`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`,
    );

    this.addSql(
      `create table \`rooms\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`kind\` text check (\`kind\` in ('PUBLIC', 'PRIVATE', 'DIRECT')) not null, \`name\` text null, \`topic\` text null, \`created_by_id\` text not null, \`direct_key\` text null, \`last_seq\` integer not null, \`last_message_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`rooms_direct_key_unique\` on \`rooms\` (\`direct_key\`);`);
    this.addSql(`create index \`rooms_kind_created_at_index\` on \`rooms\` (\`kind\`, \`created_at\`);`);

    this.addSql(
      `create table \`room_members\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`room_id\` text not null, \`user_id\` text not null, \`role\` text check (\`role\` in ('OWNER', 'MEMBER')) not null, \`last_read_seq\` integer not null, \`last_read_message_id\` text null, \`last_read_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`room_members_user_id_created_at_index\` on \`room_members\` (\`user_id\`, \`created_at\`);`);
    this.addSql(`create index \`room_members_room_id_created_at_index\` on \`room_members\` (\`room_id\`, \`created_at\`);`);
    this.addSql(`create unique index \`room_members_room_id_user_id_unique\` on \`room_members\` (\`room_id\`, \`user_id\`);`);
  }
}
