import { Migration } from '@mikro-orm/migrations';

export class Migration20261204194344_moderation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`social_posts\` add column \`moderation_status\` text not null default 'PUBLISHED';`);

    this.addSql(`alter table \`social_profiles\` add column \`moderation_reputation\` integer not null default 0;`);
  }
}
