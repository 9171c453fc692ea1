import { Migration } from '@mikro-orm/migrations';

export class Migration20261204060405_attachments extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`note_attachments\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`note_id\` varchar(36) not null, \`file_name\` varchar(200) not null, \`content_type\` varchar(100) not null, \`size\` int not null, \`storage_key\` varchar(300) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`note_attachments\` add index \`note_attachments_note_id_index\`(\`note_id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`note_attachments\`;`);
  }
}
