import { Migration } from '@mikro-orm/migrations';

export class Migration20261124022940_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`companies\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`sort_key\` text not null, \`domain\` text null, \`industry\` text null, \`employees\` integer null, \`phone\` text null, \`description\` text null, \`owner_user_id\` text null, \`tags\` json not null, \`tag_key\` text not null, \`custom_fields\` json not null, \`search_text\` text not null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`companies_tenant_id_index\` on \`companies\` (\`tenant_id\`);`);
    this.addSql(`create index \`companies_tenant_id_sort_key_index\` on \`companies\` (\`tenant_id\`, \`sort_key\`);`);
    this.addSql(`create index \`companies_tenant_id_created_at_index\` on \`companies\` (\`tenant_id\`, \`created_at\`);`);
    this.addSql(`create unique index \`companies_tenant_id_domain_unique\` on \`companies\` (\`tenant_id\`, \`domain\`);`);

    this.addSql(
      `create table \`contacts\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`first_name\` text null, \`last_name\` text null, \`sort_key\` text not null, \`email\` text null, \`phone\` text null, \`title\` text null, \`company_id\` text null, \`owner_user_id\` text null, \`tags\` json not null, \`tag_key\` text not null, \`custom_fields\` json not null, \`search_text\` text not null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`contacts_tenant_id_index\` on \`contacts\` (\`tenant_id\`);`);
    this.addSql(`create index \`contacts_tenant_id_sort_key_index\` on \`contacts\` (\`tenant_id\`, \`sort_key\`);`);
    this.addSql(`create index \`contacts_tenant_id_created_at_index\` on \`contacts\` (\`tenant_id\`, \`created_at\`);`);
    this.addSql(`create index \`contacts_tenant_id_company_id_index\` on \`contacts\` (\`tenant_id\`, \`company_id\`);`);
    this.addSql(`create index \`contacts_tenant_id_owner_user_id_index\` on \`contacts\` (\`tenant_id\`, \`owner_user_id\`);`);
    this.addSql(`create unique index \`contacts_tenant_id_email_unique\` on \`contacts\` (\`tenant_id\`, \`email\`);`);

    this.addSql(
      `create table \`custom_field_definitions\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`entity\` text check (\`entity\` in ('CONTACT', 'COMPANY', 'LEAD')) not null, \`key\` text not null, \`label\` text not null, \`type\` text check (\`type\` in ('TEXT', 'NUMBER', 'DATE', 'BOOLEAN', 'SELECT')) not null, \`options\` json not null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`custom_field_definitions_tenant_id_index\` on \`custom_field_definitions\` (\`tenant_id\`);`);
    this.addSql(
      `create unique index \`custom_field_definitions_tenant_id_entity_key_unique\` on \`custom_field_definitions\` (\`tenant_id\`, \`entity\`, \`key\`);`,
    );

    this.addSql(
      `create table \`leads\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`title\` text not null, \`sort_key\` text not null, \`amount\` integer null, \`currency\` text null, \`sort_amount\` integer not null, \`pipeline_id\` text not null, \`stage_id\` text not null, \`status\` text check (\`status\` in ('OPEN', 'WON', 'LOST')) not null, \`contact_id\` text null, \`company_id\` text null, \`owner_user_id\` text null, \`expected_close_date\` text null, \`closed_at\` datetime null, \`custom_fields\` json not null, \`search_text\` text not null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`leads_tenant_id_index\` on \`leads\` (\`tenant_id\`);`);
    this.addSql(`create index \`leads_tenant_id_created_at_index\` on \`leads\` (\`tenant_id\`, \`created_at\`);`);
    this.addSql(`create index \`leads_tenant_id_stage_id_index\` on \`leads\` (\`tenant_id\`, \`stage_id\`);`);
    this.addSql(`create index \`leads_tenant_id_pipeline_id_index\` on \`leads\` (\`tenant_id\`, \`pipeline_id\`);`);
    this.addSql(`create index \`leads_tenant_id_contact_id_index\` on \`leads\` (\`tenant_id\`, \`contact_id\`);`);
    this.addSql(`create index \`leads_tenant_id_company_id_index\` on \`leads\` (\`tenant_id\`, \`company_id\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`type\` text not null, \`tenant_id\` text null, \`payload\` json not null, \`published_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`outbox_events_published_at_index\` on \`outbox_events\` (\`published_at\`);`);

    this.addSql(
      `create table \`pipelines\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`default_marker\` text null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`pipelines_tenant_id_index\` on \`pipelines\` (\`tenant_id\`);`);
    this.addSql(`create unique index \`pipelines_tenant_id_default_marker_unique\` on \`pipelines\` (\`tenant_id\`, \`default_marker\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`,
    );

    this.addSql(
      `create table \`pipeline_stages\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`pipeline_id\` text not null, \`name\` text not null, \`position\` integer not null, \`probability\` integer not null, \`kind\` text check (\`kind\` in ('OPEN', 'WON', 'LOST')) not null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`pipeline_stages_tenant_id_index\` on \`pipeline_stages\` (\`tenant_id\`);`);
    this.addSql(
      `create index \`pipeline_stages_tenant_id_pipeline_id_position_index\` on \`pipeline_stages\` (\`tenant_id\`, \`pipeline_id\`, \`position\`);`,
    );

    this.addSql(
      `create table \`lead_stage_changes\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`lead_id\` text not null, \`from_stage_id\` text null, \`from_stage_name\` text null, \`to_stage_id\` text not null, \`to_stage_name\` text not null, \`changed_by_user_id\` text not null, \`tenant_id\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`lead_stage_changes_tenant_id_index\` on \`lead_stage_changes\` (\`tenant_id\`);`);
    this.addSql(
      `create index \`lead_stage_changes_tenant_id_lead_id_created_at_index\` on \`lead_stage_changes\` (\`tenant_id\`, \`lead_id\`, \`created_at\`);`,
    );
  }
}
