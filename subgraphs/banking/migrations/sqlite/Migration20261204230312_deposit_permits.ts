import { Migration } from '@mikro-orm/migrations';

export class Migration20261204230312_deposit_permits extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`bank_deposit_permits\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`account_id\` text not null, \`user_id\` text not null, \`expires_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create unique index \`bank_deposit_permits_account_id_user_id_unique\` on \`bank_deposit_permits\` (\`account_id\`, \`user_id\`);`,
    );
  }
}
