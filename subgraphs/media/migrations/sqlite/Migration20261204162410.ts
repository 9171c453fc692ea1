import { Migration } from '@mikro-orm/migrations';

export class Migration20261204162410 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`media_videos\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`owner_id\` text not null, \`source_file_id\` text not null, \`source_version_id\` text not null, \`title\` text not null, \`visibility\` text check (\`visibility\` in ('PUBLIC', 'PRIVATE')) not null, \`status\` text check (\`status\` in ('QUEUED', 'PROCESSING', 'READY', 'FAILED')) not null, \`progress\` integer not null, \`attempts\` integer not null, \`lease_owner\` text null, \`lease_until\` datetime null, \`failure_reason\` text null, \`width\` integer null, \`height\` integer null, \`duration_ms\` integer null, \`renditions\` text null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`media_videos_status_lease_until_index\` on \`media_videos\` (\`status\`, \`lease_until\`);`);
    this.addSql(`create index \`media_videos_owner_id_created_at_index\` on \`media_videos\` (\`owner_id\`, \`created_at\`);`);

    this.addSql(
      `create table \`media_video_watches\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` text not null, \`video_id\` text not null, \`position_ms\` integer not null, \`completed\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create unique index \`media_video_watches_user_id_video_id_unique\` on \`media_video_watches\` (\`user_id\`, \`video_id\`);`,
    );
  }
}
