import { Migration } from '@mikro-orm/migrations';

export class Migration20261204091611_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`commerce_carts\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`owner_key\` text not null, \`owner_id\` text null, \`channel_id\` text not null, \`shipping_address\` json null, \`shipping_method_id\` text null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`commerce_carts_owner_key_unique\` on \`commerce_carts\` (\`owner_key\`);`);

    this.addSql(
      `create table \`commerce_cart_lines\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`cart_id\` text not null, \`variant_id\` text not null, \`quantity\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create unique index \`commerce_cart_lines_cart_id_variant_id_unique\` on \`commerce_cart_lines\` (\`cart_id\`, \`variant_id\`);`,
    );

    this.addSql(
      `create table \`commerce_categories\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`slug\` text not null, \`name\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`commerce_categories_slug_unique\` on \`commerce_categories\` (\`slug\`);`);
    this.addSql(`create index \`commerce_categories_name_id_index\` on \`commerce_categories\` (\`name\`, \`id\`);`);

    this.addSql(
      `create table \`commerce_channels\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`slug\` text not null, \`name\` text not null, \`currency\` text not null, \`active\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`commerce_channels_slug_unique\` on \`commerce_channels\` (\`slug\`);`);

    this.addSql(
      `create table \`failed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`type\` text not null, \`event\` json not null, \`attempts\` integer not null, \`last_error\` text not null, \`first_failed_at\` datetime not null, \`last_failed_at\` datetime not null, \`next_attempt_at\` datetime null, \`dead_at\` datetime null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`failed_events_next_attempt_at_index\` on \`failed_events\` (\`next_attempt_at\`);`);
    this.addSql(`create index \`failed_events_dead_at_index\` on \`failed_events\` (\`dead_at\`);`);

    this.addSql(
      `create table \`commerce_orders\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`buyer_id\` text not null, \`channel_id\` text not null, \`channel_slug\` text not null, \`currency\` text not null, \`status\` text not null, \`stock_status\` text not null, \`payment_status\` text not null, \`subtotal\` integer not null, \`tax\` integer not null, \`shipping\` integer not null, \`total\` integer not null, \`shipping_address\` json not null, \`shipping_method\` text not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`commerce_orders_buyer_id_created_at_id_index\` on \`commerce_orders\` (\`buyer_id\`, \`created_at\`, \`id\`);`,
    );
    this.addSql(`create index \`commerce_orders_status_created_at_id_index\` on \`commerce_orders\` (\`status\`, \`created_at\`, \`id\`);`);
    this.addSql(`create index \`commerce_orders_created_at_id_index\` on \`commerce_orders\` (\`created_at\`, \`id\`);`);

    this.addSql(
      `create table \`commerce_order_lines\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`order_id\` text not null, \`variant_id\` text not null, \`product_name\` text not null, \`variant_name\` text not null, \`sku\` text not null, \`quantity\` integer not null, \`unit_price\` integer not null, \`tax_rate_bps\` integer not null, \`tax\` integer not null, \`total\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`commerce_order_lines_order_id_index\` on \`commerce_order_lines\` (\`order_id\`);`);

    this.addSql(
      `create table \`commerce_order_history\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`order_id\` text not null, \`status\` text not null, \`note\` text null, \`actor_id\` text null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`commerce_order_history_order_id_index\` on \`commerce_order_history\` (\`order_id\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`type\` text not null, \`tenant_id\` text null, \`payload\` json not null, \`published_at\` datetime null, \`claimed_by\` text null, \`claimed_until\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`outbox_events_published_at_index\` on \`outbox_events\` (\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`processed_events_processed_at_index\` on \`processed_events\` (\`processed_at\`);`);

    this.addSql(
      `create table \`commerce_products\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`slug\` text not null, \`name\` text not null, \`sort_name\` text not null, \`description\` text not null, \`category_id\` text null, \`attributes\` json not null, \`name_text\` text not null, \`search_text\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`commerce_products_slug_unique\` on \`commerce_products\` (\`slug\`);`);
    this.addSql(`create index \`commerce_products_category_id_index\` on \`commerce_products\` (\`category_id\`);`);
    this.addSql(`create index \`commerce_products_sort_name_id_index\` on \`commerce_products\` (\`sort_name\`, \`id\`);`);

    this.addSql(
      `create table \`commerce_product_attributes\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`product_id\` text not null, \`pair\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`commerce_product_attributes_product_id_index\` on \`commerce_product_attributes\` (\`product_id\`);`);
    this.addSql(
      `create unique index \`commerce_product_attributes_pair_product_id_unique\` on \`commerce_product_attributes\` (\`pair\`, \`product_id\`);`,
    );

    this.addSql(
      `create table \`commerce_shipping_methods\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`channel_id\` text not null, \`name\` text not null, \`price\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`commerce_shipping_methods_channel_id_index\` on \`commerce_shipping_methods\` (\`channel_id\`);`);

    this.addSql(
      `create table \`commerce_variants\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`product_id\` text not null, \`sku\` text not null, \`name\` text not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`commerce_variants_product_id_index\` on \`commerce_variants\` (\`product_id\`);`);
    this.addSql(`create unique index \`commerce_variants_sku_unique\` on \`commerce_variants\` (\`sku\`);`);
    this.addSql(`create index \`commerce_variants_product_id_sku_index\` on \`commerce_variants\` (\`product_id\`, \`sku\`);`);

    this.addSql(
      `create table \`commerce_variant_prices\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`variant_id\` text not null, \`channel_id\` text not null, \`product_id\` text not null, \`amount\` integer not null, \`tax_rate_bps\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`commerce_variant_prices_channel_id_product_id_index\` on \`commerce_variant_prices\` (\`channel_id\`, \`product_id\`);`,
    );
    this.addSql(
      `create unique index \`commerce_variant_prices_variant_id_channel_id_unique\` on \`commerce_variant_prices\` (\`variant_id\`, \`channel_id\`);`,
    );
  }
}
