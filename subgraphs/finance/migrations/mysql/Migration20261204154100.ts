import { Migration } from '@mikro-orm/migrations';

export class Migration20261204154100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`category_rules\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`owner_id\` varchar(36) not null, \`match_text\` varchar(100) not null, \`category\` varchar(40) not null, \`min_amount\` int null, \`max_amount\` int null, \`currency\` varchar(3) null, \`priority\` int not null default 0, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`category_rules\` add index \`category_rules_owner_id_priority_index\`(\`owner_id\`, \`priority\`);`);

    this.addSql(`alter table \`expenses\` add \`category_source\` enum('USER', 'RULE', 'MODEL', 'DEFAULT') not null default 'USER';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`category_rules\`;`);

    this.addSql(`alter table \`expenses\` drop column \`category_source\`;`);
  }
}
