import { Migration } from '@mikro-orm/migrations';

export class Migration20261204194344_moderation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`social_posts\` add \`moderation_status\` varchar(10) not null default 'PUBLISHED';`);

    this.addSql(`alter table \`social_profiles\` add \`moderation_reputation\` int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`social_posts\` drop column \`moderation_status\`;`);

    this.addSql(`alter table \`social_profiles\` drop column \`moderation_reputation\`;`);
  }
}
