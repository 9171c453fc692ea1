import { Migration } from '@mikro-orm/migrations';

export class Migration20261204154059 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`category_rules\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`owner_id\` text not null, \`match_text\` text not null, \`category\` text not null, \`min_amount\` integer null, \`max_amount\` integer null, \`currency\` text null, \`priority\` integer not null default 0, primary key (\`id\`));`,
    );
    this.addSql(`create index \`category_rules_owner_id_priority_index\` on \`category_rules\` (\`owner_id\`, \`priority\`);`);

    this.addSql(
      `alter table \`expenses\` add column \`category_source\` text check (\`category_source\` in ('USER', 'RULE', 'MODEL', 'DEFAULT')) not null default 'USER';`,
    );
  }
}
