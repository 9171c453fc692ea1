import { Migration } from '@mikro-orm/migrations';

export class Migration20261204091612_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`commerce_carts\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`owner_key\` varchar(120) not null, \`owner_id\` varchar(36) null, \`channel_id\` varchar(36) not null, \`shipping_address\` json null, \`shipping_method_id\` varchar(36) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`commerce_carts\` add unique \`commerce_carts_owner_key_unique\`(\`owner_key\`);`);

    this.addSql(
      `create table \`commerce_cart_lines\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`cart_id\` varchar(36) not null, \`variant_id\` varchar(36) not null, \`quantity\` int not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(
      `alter table \`commerce_cart_lines\` add unique \`commerce_cart_lines_cart_id_variant_id_unique\`(\`cart_id\`, \`variant_id\`);`,
    );

    this.addSql(
      `create table \`commerce_categories\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`slug\` varchar(60) not null, \`name\` varchar(100) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`commerce_categories\` add unique \`commerce_categories_slug_unique\`(\`slug\`);`);
    this.addSql(`alter table \`commerce_categories\` add index \`commerce_categories_name_id_index\`(\`name\`, \`id\`);`);

    this.addSql(
      `create table \`commerce_channels\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`slug\` varchar(40) not null, \`name\` varchar(100) not null, \`currency\` varchar(3) not null, \`active\` tinyint(1) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`commerce_channels\` add unique \`commerce_channels_slug_unique\`(\`slug\`);`);

    this.addSql(
      `create table \`failed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`type\` varchar(120) not null, \`event\` json not null, \`attempts\` int not null, \`last_error\` varchar(1000) not null, \`first_failed_at\` datetime(3) not null, \`last_failed_at\` datetime(3) not null, \`next_attempt_at\` datetime(3) null, \`dead_at\` datetime(3) null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`failed_events\` add index \`failed_events_next_attempt_at_index\`(\`next_attempt_at\`);`);
    this.addSql(`alter table \`failed_events\` add index \`failed_events_dead_at_index\`(\`dead_at\`);`);

    this.addSql(
      `create table \`commerce_orders\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`buyer_id\` varchar(36) not null, \`channel_id\` varchar(36) not null, \`channel_slug\` varchar(40) not null, \`currency\` varchar(3) not null, \`status\` varchar(20) not null, \`stock_status\` varchar(20) not null, \`payment_status\` varchar(20) not null, \`subtotal\` int not null, \`tax\` int not null, \`shipping\` int not null, \`total\` int not null, \`shipping_address\` json not null, \`shipping_method\` varchar(100) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(
      `alter table \`commerce_orders\` add index \`commerce_orders_buyer_id_created_at_id_index\`(\`buyer_id\`, \`created_at\`, \`id\`);`,
    );
    this.addSql(
      `alter table \`commerce_orders\` add index \`commerce_orders_status_created_at_id_index\`(\`status\`, \`created_at\`, \`id\`);`,
    );
    this.addSql(`alter table \`commerce_orders\` add index \`commerce_orders_created_at_id_index\`(\`created_at\`, \`id\`);`);

    this.addSql(
      `create table \`commerce_order_lines\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`order_id\` varchar(36) not null, \`variant_id\` varchar(36) not null, \`product_name\` varchar(200) not null, \`variant_name\` varchar(100) not null, \`sku\` varchar(64) not null, \`quantity\` int not null, \`unit_price\` int not null, \`tax_rate_bps\` int not null, \`tax\` int not null, \`total\` int not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`commerce_order_lines\` add index \`commerce_order_lines_order_id_index\`(\`order_id\`);`);

    this.addSql(
      `create table \`commerce_order_history\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`order_id\` varchar(36) not null, \`status\` varchar(20) not null, \`note\` varchar(500) null, \`actor_id\` varchar(36) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`commerce_order_history\` add index \`commerce_order_history_order_id_index\`(\`order_id\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`type\` varchar(120) not null, \`tenant_id\` varchar(36) null, \`payload\` json not null, \`published_at\` datetime(3) null, \`claimed_by\` varchar(60) null, \`claimed_until\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`outbox_events\` add index \`outbox_events_published_at_index\`(\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`processed_at\` datetime(3) not null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`processed_events\` add index \`processed_events_processed_at_index\`(\`processed_at\`);`);

    this.addSql(
      `create table \`commerce_products\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`slug\` varchar(60) not null, \`name\` varchar(200) not null, \`sort_name\` varchar(100) not null, \`description\` text not null, \`category_id\` varchar(36) null, \`attributes\` json not null, \`name_text\` varchar(400) not null, \`search_text\` text not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`commerce_products\` add unique \`commerce_products_slug_unique\`(\`slug\`);`);
    this.addSql(`alter table \`commerce_products\` add index \`commerce_products_category_id_index\`(\`category_id\`);`);
    this.addSql(`alter table \`commerce_products\` add index \`commerce_products_sort_name_id_index\`(\`sort_name\`, \`id\`);`);
    this.addSql(`alter table \`commerce_products\` add fulltext index \`commerce_products_search_text_index\`(\`search_text\`);`);

    this.addSql(
      `create table \`commerce_product_attributes\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`product_id\` varchar(36) not null, \`pair\` varchar(101) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`commerce_product_attributes\` add index \`commerce_product_attributes_product_id_index\`(\`product_id\`);`);
    this.addSql(
      `alter table \`commerce_product_attributes\` add unique \`commerce_product_attributes_pair_product_id_unique\`(\`pair\`, \`product_id\`);`,
    );

    this.addSql(
      `create table \`commerce_shipping_methods\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`channel_id\` varchar(36) not null, \`name\` varchar(100) not null, \`price\` int not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`commerce_shipping_methods\` add index \`commerce_shipping_methods_channel_id_index\`(\`channel_id\`);`);

    this.addSql(
      `create table \`commerce_variants\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`product_id\` varchar(36) not null, \`sku\` varchar(64) not null, \`name\` varchar(100) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`commerce_variants\` add index \`commerce_variants_product_id_index\`(\`product_id\`);`);
    this.addSql(`alter table \`commerce_variants\` add unique \`commerce_variants_sku_unique\`(\`sku\`);`);
    this.addSql(`alter table \`commerce_variants\` add index \`commerce_variants_product_id_sku_index\`(\`product_id\`, \`sku\`);`);

    this.addSql(
      `create table \`commerce_variant_prices\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`variant_id\` varchar(36) not null, \`channel_id\` varchar(36) not null, \`product_id\` varchar(36) not null, \`amount\` int not null, \`tax_rate_bps\` int not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(
      `alter table \`commerce_variant_prices\` add index \`commerce_variant_prices_channel_id_product_id_index\`(\`channel_id\`, \`product_id\`);`,
    );
    this.addSql(
      `alter table \`commerce_variant_prices\` add unique \`commerce_variant_prices_variant_id_channel_id_unique\`(\`variant_id\`, \`channel_id\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`commerce_carts\`;`);

    this.addSql(`drop table if exists \`commerce_cart_lines\`;`);

    this.addSql(`drop table if exists \`commerce_categories\`;`);

    this.addSql(`drop table if exists \`commerce_channels\`;`);

    this.addSql(`drop table if exists \`failed_events\`;`);

    this.addSql(`drop table if exists \`commerce_orders\`;`);

    this.addSql(`drop table if exists \`commerce_order_lines\`;`);

    this.addSql(`drop table if exists \`commerce_order_history\`;`);

    this.addSql(`drop table if exists \`outbox_events\`;`);

    this.addSql(`drop table if exists \`processed_events\`;`);

    this.addSql(`drop table if exists \`commerce_products\`;`);

    this.addSql(`drop table if exists \`commerce_product_attributes\`;`);

    this.addSql(`drop table if exists \`commerce_shipping_methods\`;`);

    this.addSql(`drop table if exists \`commerce_variants\`;`);

    this.addSql(`drop table if exists \`commerce_variant_prices\`;`);
  }
}
