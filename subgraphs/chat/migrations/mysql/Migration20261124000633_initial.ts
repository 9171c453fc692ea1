import { Migration } from '@mikro-orm/migrations';

export class Migration20261124000633_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`broadcast_channels\` (\`name\` varchar(64) not null, \`last_offset\` int not null, primary key (\`name\`)) default character set utf8mb4 engine = InnoDB;`,
    );

    this.addSql(
      `create table \`broadcast_messages\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`channel\` varchar(64) not null, \`channel_offset\` int not null, \`text\` text not null, \`sender_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(
      `alter table \`broadcast_messages\` add unique \`broadcast_messages_channel_channel_offset_unique\`(\`channel\`, \`channel_offset\`);`,
    );

    this.addSql(
      `create table \`messages\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`room_id\` varchar(36) not null, \`author_id\` varchar(36) not null, \`seq\` int not null, \`text\` text null, \`mentions\` json not null, \`edited_at\` datetime(3) null, \`deleted_at\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`messages\` add unique \`messages_room_id_seq_unique\`(\`room_id\`, \`seq\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`type\` varchar(120) not null, \`tenant_id\` varchar(36) null, \`payload\` json not null, \`published_at\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`outbox_events\` add index \`outbox_events_published_at_index\`(\`published_at\`);`);

    this.addSql(
      `create table \`presence\` (\`user_id\` varchar(36) not null, \`last_seen_at\` datetime(3) not null, primary key (\`user_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );

    this.addSql(
      `create table \`processed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`processed_at\` datetime(3) not null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );

    this.addSql(
      `create table \`rooms\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`kind\` enum('PUBLIC', 'PRIVATE', 'DIRECT') not null, \`name\` varchar(80) null, \`topic\` varchar(500) null, \`created_by_id\` varchar(36) not null, \`direct_key\` varchar(73) null, \`last_seq\` int not null, \`last_message_at\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`rooms\` add unique \`rooms_direct_key_unique\`(\`direct_key\`);`);
    this.addSql(`alter table \`rooms\` add index \`rooms_kind_created_at_index\`(\`kind\`, \`created_at\`);`);

    this.addSql(
      `create table \`room_members\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`room_id\` varchar(36) not null, \`user_id\` varchar(36) not null, \`role\` enum('OWNER', 'MEMBER') not null, \`last_read_seq\` int not null, \`last_read_message_id\` varchar(36) null, \`last_read_at\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`room_members\` add index \`room_members_user_id_created_at_index\`(\`user_id\`, \`created_at\`);`);
    this.addSql(`alter table \`room_members\` add index \`room_members_room_id_created_at_index\`(\`room_id\`, \`created_at\`);`);
    this.addSql(`alter table \`room_members\` add unique \`room_members_room_id_user_id_unique\`(\`room_id\`, \`user_id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`broadcast_channels\`;`);

    this.addSql(`drop table if exists \`broadcast_messages\`;`);

    this.addSql(`drop table if exists \`messages\`;`);

    this.addSql(`drop table if exists \`outbox_events\`;`);

    this.addSql(`drop table if exists \`presence\`;`);

    this.addSql(`drop table if exists \`processed_events\`;`);

    this.addSql(`drop table if exists \`rooms\`;`);

    this.addSql(`drop table if exists \`room_members\`;`);
  }
}
