import { Migration } from '@mikro-orm/migrations';

export class Migration20261124022940_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`companies\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`name\` varchar(200) not null, \`sort_key\` varchar(200) not null, \`domain\` varchar(253) null, \`industry\` varchar(100) null, \`employees\` int null, \`phone\` varchar(40) null, \`description\` text null, \`owner_user_id\` varchar(36) null, \`tags\` json not null, \`tag_key\` varchar(1000) not null, \`custom_fields\` json not null, \`search_text\` text not null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`companies\` add index \`companies_tenant_id_index\`(\`tenant_id\`);`);
    this.addSql(`alter table \`companies\` add index \`companies_tenant_id_sort_key_index\`(\`tenant_id\`, \`sort_key\`);`);
    this.addSql(`alter table \`companies\` add index \`companies_tenant_id_created_at_index\`(\`tenant_id\`, \`created_at\`);`);
    this.addSql(`alter table \`companies\` add fulltext index \`companies_search_text_index\`(\`search_text\`);`);
    this.addSql(`alter table \`companies\` add unique \`companies_tenant_id_domain_unique\`(\`tenant_id\`, \`domain\`);`);

    this.addSql(
      `create table \`contacts\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`first_name\` varchar(100) null, \`last_name\` varchar(100) null, \`sort_key\` varchar(254) not null, \`email\` varchar(254) null, \`phone\` varchar(40) null, \`title\` varchar(120) null, \`company_id\` varchar(36) null, \`owner_user_id\` varchar(36) null, \`tags\` json not null, \`tag_key\` varchar(1000) not null, \`custom_fields\` json not null, \`search_text\` text not null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`contacts\` add index \`contacts_tenant_id_index\`(\`tenant_id\`);`);
    this.addSql(`alter table \`contacts\` add index \`contacts_tenant_id_sort_key_index\`(\`tenant_id\`, \`sort_key\`);`);
    this.addSql(`alter table \`contacts\` add index \`contacts_tenant_id_created_at_index\`(\`tenant_id\`, \`created_at\`);`);
    this.addSql(`alter table \`contacts\` add index \`contacts_tenant_id_company_id_index\`(\`tenant_id\`, \`company_id\`);`);
    this.addSql(`alter table \`contacts\` add index \`contacts_tenant_id_owner_user_id_index\`(\`tenant_id\`, \`owner_user_id\`);`);
    this.addSql(`alter table \`contacts\` add fulltext index \`contacts_search_text_index\`(\`search_text\`);`);
    this.addSql(`alter table \`contacts\` add unique \`contacts_tenant_id_email_unique\`(\`tenant_id\`, \`email\`);`);

    this.addSql(
      `create table \`custom_field_definitions\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`entity\` enum('CONTACT', 'COMPANY', 'LEAD') not null, \`key\` varchar(40) not null, \`label\` varchar(100) not null, \`type\` enum('TEXT', 'NUMBER', 'DATE', 'BOOLEAN', 'SELECT') not null, \`options\` json not null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`custom_field_definitions\` add index \`custom_field_definitions_tenant_id_index\`(\`tenant_id\`);`);
    this.addSql(
      `alter table \`custom_field_definitions\` add unique \`custom_field_definitions_tenant_id_entity_key_unique\`(\`tenant_id\`, \`entity\`, \`key\`);`,
    );

    this.addSql(
      `create table \`leads\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`title\` varchar(200) not null, \`sort_key\` varchar(200) not null, \`amount\` int null, \`currency\` varchar(3) null, \`sort_amount\` int not null, \`pipeline_id\` varchar(36) not null, \`stage_id\` varchar(36) not null, \`status\` enum('OPEN', 'WON', 'LOST') not null, \`contact_id\` varchar(36) null, \`company_id\` varchar(36) null, \`owner_user_id\` varchar(36) null, \`expected_close_date\` varchar(10) null, \`closed_at\` datetime(3) null, \`custom_fields\` json not null, \`search_text\` text not null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`leads\` add index \`leads_tenant_id_index\`(\`tenant_id\`);`);
    this.addSql(`alter table \`leads\` add index \`leads_tenant_id_created_at_index\`(\`tenant_id\`, \`created_at\`);`);
    this.addSql(`alter table \`leads\` add index \`leads_tenant_id_stage_id_index\`(\`tenant_id\`, \`stage_id\`);`);
    this.addSql(`alter table \`leads\` add index \`leads_tenant_id_pipeline_id_index\`(\`tenant_id\`, \`pipeline_id\`);`);
    this.addSql(`alter table \`leads\` add index \`leads_tenant_id_contact_id_index\`(\`tenant_id\`, \`contact_id\`);`);
    this.addSql(`alter table \`leads\` add index \`leads_tenant_id_company_id_index\`(\`tenant_id\`, \`company_id\`);`);
    this.addSql(`alter table \`leads\` add fulltext index \`leads_search_text_index\`(\`search_text\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`type\` varchar(120) not null, \`tenant_id\` varchar(36) null, \`payload\` json not null, \`published_at\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`outbox_events\` add index \`outbox_events_published_at_index\`(\`published_at\`);`);

    this.addSql(
      `create table \`pipelines\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`name\` varchar(100) not null, \`default_marker\` varchar(10) null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`pipelines\` add index \`pipelines_tenant_id_index\`(\`tenant_id\`);`);
    this.addSql(`alter table \`pipelines\` add unique \`pipelines_tenant_id_default_marker_unique\`(\`tenant_id\`, \`default_marker\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`processed_at\` datetime(3) not null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );

    this.addSql(
      `create table \`pipeline_stages\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`pipeline_id\` varchar(36) not null, \`name\` varchar(60) not null, \`position\` int not null, \`probability\` int not null, \`kind\` enum('OPEN', 'WON', 'LOST') not null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`pipeline_stages\` add index \`pipeline_stages_tenant_id_index\`(\`tenant_id\`);`);
    this.addSql(
      `alter table \`pipeline_stages\` add index \`pipeline_stages_tenant_id_pipeline_id_position_index\`(\`tenant_id\`, \`pipeline_id\`, \`position\`);`,
    );

    this.addSql(
      `create table \`lead_stage_changes\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`lead_id\` varchar(36) not null, \`from_stage_id\` varchar(36) null, \`from_stage_name\` varchar(60) null, \`to_stage_id\` varchar(36) not null, \`to_stage_name\` varchar(60) not null, \`changed_by_user_id\` varchar(36) not null, \`tenant_id\` varchar(36) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`lead_stage_changes\` add index \`lead_stage_changes_tenant_id_index\`(\`tenant_id\`);`);
    this.addSql(
      `alter table \`lead_stage_changes\` add index \`lead_stage_changes_tenant_id_lead_id_created_at_index\`(\`tenant_id\`, \`lead_id\`, \`created_at\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`companies\`;`);

    this.addSql(`drop table if exists \`contacts\`;`);

    this.addSql(`drop table if exists \`custom_field_definitions\`;`);

    this.addSql(`drop table if exists \`leads\`;`);

    this.addSql(`drop table if exists \`outbox_events\`;`);

    this.addSql(`drop table if exists \`pipelines\`;`);

    this.addSql(`drop table if exists \`processed_events\`;`);

    this.addSql(`drop table if exists \`pipeline_stages\`;`);

    this.addSql(`drop table if exists \`lead_stage_changes\`;`);
  }
}
