import { Migration } from '@mikro-orm/migrations';

export class Migration20261204230312_deposit_permits extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`bank_deposit_permits\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`account_id\` varchar(36) not null, \`user_id\` varchar(36) not null, \`expires_at\` datetime(3) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(
      `alter table \`bank_deposit_permits\` add unique \`bank_deposit_permits_account_id_user_id_unique\`(\`account_id\`, \`user_id\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`bank_deposit_permits\`;`);
  }
}
