import { Migration } from '@mikro-orm/migrations';

export class Migration20261204085916_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`couriers\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` text not null, \`online\` integer not null, \`current_order_id\` text null, \`lat\` double null, \`lng\` double null, \`position_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`couriers_user_id_unique\` on \`couriers\` (\`user_id\`);`);
    this.addSql(`create unique index \`couriers_current_order_id_unique\` on \`couriers\` (\`current_order_id\`);`);

    this.addSql(
      `create table \`failed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`type\` text not null, \`event\` json not null, \`attempts\` integer not null, \`last_error\` text not null, \`first_failed_at\` datetime not null, \`last_failed_at\` datetime not null, \`next_attempt_at\` datetime null, \`dead_at\` datetime null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`failed_events_next_attempt_at_index\` on \`failed_events\` (\`next_attempt_at\`);`);
    this.addSql(`create index \`failed_events_dead_at_index\` on \`failed_events\` (\`dead_at\`);`);

    this.addSql(
      `create table \`food_orders\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`customer_id\` text not null, \`restaurant_id\` text not null, \`courier_id\` text null, \`status\` text check (\`status\` in ('PLACED', 'ACCEPTED', 'PREPARING', 'READY', 'PICKED_UP', 'DELIVERED', 'CANCELLED')) not null, \`lines\` json not null, \`currency\` text not null, \`subtotal\` integer not null, \`delivery_fee\` integer not null, \`total\` integer not null, \`dropoff_lat\` double not null, \`dropoff_lng\` double not null, \`distance_km\` double not null, \`prep_minutes\` integer not null, \`note\` text null, \`placed_at\` datetime not null, \`accepted_at\` datetime null, \`ready_at\` datetime null, \`assigned_at\` datetime null, \`picked_up_at\` datetime null, \`delivered_at\` datetime null, \`cancelled_at\` datetime null, \`cancel_reason\` text null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`food_orders_courier_id_index\` on \`food_orders\` (\`courier_id\`);`);
    this.addSql(`create index \`food_orders_customer_id_placed_at_index\` on \`food_orders\` (\`customer_id\`, \`placed_at\`);`);
    this.addSql(`create index \`food_orders_restaurant_id_placed_at_index\` on \`food_orders\` (\`restaurant_id\`, \`placed_at\`);`);
    this.addSql(`create index \`food_orders_status_ready_at_index\` on \`food_orders\` (\`status\`, \`ready_at\`);`);

    this.addSql(
      `create table \`menu_categories\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`restaurant_id\` text not null, \`name\` text not null, \`position\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`menu_categories_restaurant_id_name_unique\` on \`menu_categories\` (\`restaurant_id\`, \`name\`);`);

    this.addSql(
      `create table \`menu_items\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`restaurant_id\` text not null, \`category_id\` text not null, \`name\` text not null, \`description\` text not null, \`price\` integer not null, \`currency\` text not null, \`prep_minutes\` integer not null, \`available\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`menu_items_restaurant_id_index\` on \`menu_items\` (\`restaurant_id\`);`);
    this.addSql(`create index \`menu_items_category_id_index\` on \`menu_items\` (\`category_id\`);`);

    this.addSql(
      `create table \`menu_modifiers\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`item_id\` text not null, \`name\` text not null, \`price\` integer not null, \`currency\` text not null, \`available\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`menu_modifiers_item_id_index\` on \`menu_modifiers\` (\`item_id\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`type\` text not null, \`tenant_id\` text null, \`payload\` json not null, \`published_at\` datetime null, \`claimed_by\` text null, \`claimed_until\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`outbox_events_published_at_index\` on \`outbox_events\` (\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`processed_events_processed_at_index\` on \`processed_events\` (\`processed_at\`);`);

    this.addSql(
      `create table \`restaurants\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`owner_id\` text not null, \`name\` text not null, \`description\` text not null, \`lat\` double not null, \`lng\` double not null, \`time_zone\` text not null, \`currency\` text not null, \`opening_hours\` json not null, \`paused\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`restaurants_owner_id_index\` on \`restaurants\` (\`owner_id\`);`);
    this.addSql(`create index \`restaurants_name_index\` on \`restaurants\` (\`name\`);`);
  }
}
