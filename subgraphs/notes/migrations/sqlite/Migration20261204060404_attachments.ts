import { Migration } from '@mikro-orm/migrations';

export class Migration20261204060404_attachments extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`note_attachments\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`note_id\` text not null, \`file_name\` text not null, \`content_type\` text not null, \`size\` integer not null, \`storage_key\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`note_attachments_note_id_index\` on \`note_attachments\` (\`note_id\`);`);
  }
}
