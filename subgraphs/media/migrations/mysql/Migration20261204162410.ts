import { Migration } from '@mikro-orm/migrations';

export class Migration20261204162410 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`media_videos\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`owner_id\` varchar(36) not null, \`source_file_id\` varchar(36) not null, \`source_version_id\` varchar(36) not null, \`title\` varchar(200) not null, \`visibility\` enum('PUBLIC', 'PRIVATE') not null, \`status\` enum('QUEUED', 'PROCESSING', 'READY', 'FAILED') not null, \`progress\` int not null, \`attempts\` int not null, \`lease_owner\` varchar(64) null, \`lease_until\` datetime null, \`failure_reason\` varchar(500) null, \`width\` int null, \`height\` int null, \`duration_ms\` int null, \`renditions\` varchar(100) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`media_videos\` add index \`media_videos_status_lease_until_index\`(\`status\`, \`lease_until\`);`);
    this.addSql(`alter table \`media_videos\` add index \`media_videos_owner_id_created_at_index\`(\`owner_id\`, \`created_at\`);`);

    this.addSql(
      `create table \`media_video_watches\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`user_id\` varchar(36) not null, \`video_id\` varchar(36) not null, \`position_ms\` int not null, \`completed\` tinyint(1) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(
      `alter table \`media_video_watches\` add unique \`media_video_watches_user_id_video_id_unique\`(\`user_id\`, \`video_id\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`media_videos\`;`);

    this.addSql(`drop table if exists \`media_video_watches\`;`);
  }
}
