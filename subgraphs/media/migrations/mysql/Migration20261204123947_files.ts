import { Migration } from '@mikro-orm/migrations';

export class Migration20261204123947_files extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`media_file_folders\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`owner_id\` varchar(36) not null, \`parent_id\` varchar(36) null, \`parent_key\` varchar(36) not null, \`name\` varchar(255) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`media_file_folders\` add index \`media_file_folders_parent_id_index\`(\`parent_id\`);`);
    this.addSql(
      `alter table \`media_file_folders\` add unique \`media_file_folders_owner_id_parent_key_name_unique\`(\`owner_id\`, \`parent_key\`, \`name\`);`,
    );

    this.addSql(
      `create table \`media_file_quotas\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`owner_id\` varchar(36) not null, \`used_bytes\` int not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`media_file_quotas\` add unique \`media_file_quotas_owner_id_unique\`(\`owner_id\`);`);

    this.addSql(
      `create table \`media_file_share_links\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`owner_id\` varchar(36) not null, \`file_id\` varchar(36) not null, \`token_hash\` varchar(64) not null, \`password_hash\` varchar(200) null, \`expires_at\` datetime not null, \`revoked\` tinyint(1) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`media_file_share_links\` add unique \`media_file_share_links_token_hash_unique\`(\`token_hash\`);`);
    this.addSql(`alter table \`media_file_share_links\` add index \`media_file_share_links_file_id_index\`(\`file_id\`);`);

    this.addSql(
      `create table \`media_file_uploads\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`owner_id\` varchar(36) not null, \`folder_id\` varchar(36) null, \`name\` varchar(255) not null, \`size\` int not null, \`sha256\` varchar(64) not null, \`part_size\` int not null, \`status\` enum('PENDING', 'COMPLETING', 'COMPLETED', 'ABORTED') not null, \`expires_at\` datetime not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`media_file_uploads\` add index \`media_file_uploads_status_expires_at_index\`(\`status\`, \`expires_at\`);`);
    this.addSql(`alter table \`media_file_uploads\` add index \`media_file_uploads_owner_id_index\`(\`owner_id\`);`);

    this.addSql(
      `create table \`media_file_versions\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`file_id\` varchar(36) not null, \`owner_id\` varchar(36) not null, \`number\` int not null, \`size\` int not null, \`content_type\` varchar(100) not null, \`sha256\` varchar(64) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`media_file_versions\` add unique \`media_file_versions_file_id_number_unique\`(\`file_id\`, \`number\`);`);

    this.addSql(
      `create table \`media_files\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`owner_id\` varchar(36) not null, \`folder_id\` varchar(36) null, \`folder_key\` varchar(36) not null, \`name\` varchar(255) not null, \`current_version_id\` varchar(36) not null, \`version_count\` int not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`media_files\` add index \`media_files_folder_id_index\`(\`folder_id\`);`);
    this.addSql(
      `alter table \`media_files\` add unique \`media_files_owner_id_folder_key_name_unique\`(\`owner_id\`, \`folder_key\`, \`name\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`media_file_folders\`;`);

    this.addSql(`drop table if exists \`media_file_quotas\`;`);

    this.addSql(`drop table if exists \`media_file_share_links\`;`);

    this.addSql(`drop table if exists \`media_file_uploads\`;`);

    this.addSql(`drop table if exists \`media_file_versions\`;`);

    this.addSql(`drop table if exists \`media_files\`;`);
  }
}
