import { Migration } from '@mikro-orm/migrations';

export class Migration20261205033618 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`media_team_files\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`folder_id\` text not null, \`name\` text not null, \`uploaded_by_id\` text not null, \`size\` integer not null, \`content_type\` text not null, \`sha256\` text not null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`media_team_files_tenant_id_index\` on \`media_team_files\` (\`tenant_id\`);`);
    this.addSql(`create unique index \`media_team_files_folder_id_name_unique\` on \`media_team_files\` (\`folder_id\`, \`name\`);`);

    this.addSql(
      `create table \`media_team_folders\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`created_by_id\` text not null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`media_team_folders_tenant_id_index\` on \`media_team_folders\` (\`tenant_id\`);`);
    this.addSql(`create unique index \`media_team_folders_tenant_id_name_unique\` on \`media_team_folders\` (\`tenant_id\`, \`name\`);`);
  }
}
