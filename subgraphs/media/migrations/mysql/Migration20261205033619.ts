import { Migration } from '@mikro-orm/migrations';

export class Migration20261205033619 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`media_team_files\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`folder_id\` varchar(36) not null, \`name\` varchar(255) not null, \`uploaded_by_id\` varchar(36) not null, \`size\` int not null, \`content_type\` varchar(100) not null, \`sha256\` varchar(64) not null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`media_team_files\` add index \`media_team_files_tenant_id_index\`(\`tenant_id\`);`);
    this.addSql(`alter table \`media_team_files\` add unique \`media_team_files_folder_id_name_unique\`(\`folder_id\`, \`name\`);`);

    this.addSql(
      `create table \`media_team_folders\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`name\` varchar(255) not null, \`created_by_id\` varchar(36) not null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`media_team_folders\` add index \`media_team_folders_tenant_id_index\`(\`tenant_id\`);`);
    this.addSql(`alter table \`media_team_folders\` add unique \`media_team_folders_tenant_id_name_unique\`(\`tenant_id\`, \`name\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`media_team_files\`;`);

    this.addSql(`drop table if exists \`media_team_folders\`;`);
  }
}
