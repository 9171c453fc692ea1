import { Migration } from '@mikro-orm/migrations';

export class Migration20261204123946_files extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`media_file_folders\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`owner_id\` text not null, \`parent_id\` text null, \`parent_key\` text not null, \`name\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`media_file_folders_parent_id_index\` on \`media_file_folders\` (\`parent_id\`);`);
    this.addSql(
      `create unique index \`media_file_folders_owner_id_parent_key_name_unique\` on \`media_file_folders\` (\`owner_id\`, \`parent_key\`, \`name\`);`,
    );

    this.addSql(
      `create table \`media_file_quotas\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`owner_id\` text not null, \`used_bytes\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`media_file_quotas_owner_id_unique\` on \`media_file_quotas\` (\`owner_id\`);`);

    this.addSql(
      `create table \`media_file_share_links\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`owner_id\` text not null, \`file_id\` text not null, \`token_hash\` text not null, \`password_hash\` text null, \`expires_at\` datetime not null, \`revoked\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`media_file_share_links_token_hash_unique\` on \`media_file_share_links\` (\`token_hash\`);`);
    this.addSql(`create index \`media_file_share_links_file_id_index\` on \`media_file_share_links\` (\`file_id\`);`);

    this.addSql(
      `create table \`media_file_uploads\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`owner_id\` text not null, \`folder_id\` text null, \`name\` text not null, \`size\` integer not null, \`sha256\` text not null, \`part_size\` integer not null, \`status\` text check (\`status\` in ('PENDING', 'COMPLETING', 'COMPLETED', 'ABORTED')) not null, \`expires_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`media_file_uploads_status_expires_at_index\` on \`media_file_uploads\` (\`status\`, \`expires_at\`);`);
    this.addSql(`create index \`media_file_uploads_owner_id_index\` on \`media_file_uploads\` (\`owner_id\`);`);

    this.addSql(
      `create table \`media_file_versions\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`file_id\` text not null, \`owner_id\` text not null, \`number\` integer not null, \`size\` integer not null, \`content_type\` text not null, \`sha256\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`media_file_versions_file_id_number_unique\` on \`media_file_versions\` (\`file_id\`, \`number\`);`);

    this.addSql(
      `create table \`media_files\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`owner_id\` text not null, \`folder_id\` text null, \`folder_key\` text not null, \`name\` text not null, \`current_version_id\` text not null, \`version_count\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`media_files_folder_id_index\` on \`media_files\` (\`folder_id\`);`);
    this.addSql(
      `create unique index \`media_files_owner_id_folder_key_name_unique\` on \`media_files\` (\`owner_id\`, \`folder_key\`, \`name\`);`,
    );
  }
}
