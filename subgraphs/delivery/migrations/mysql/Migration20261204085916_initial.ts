import { Migration } from '@mikro-orm/migrations';

export class Migration20261204085916_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`couriers\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`user_id\` varchar(36) not null, \`online\` tinyint(1) not null, \`current_order_id\` varchar(36) null, \`lat\` double null, \`lng\` double null, \`position_at\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`couriers\` add unique \`couriers_user_id_unique\`(\`user_id\`);`);
    this.addSql(`alter table \`couriers\` add unique \`couriers_current_order_id_unique\`(\`current_order_id\`);`);

    this.addSql(
      `create table \`failed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`type\` varchar(120) not null, \`event\` json not null, \`attempts\` int not null, \`last_error\` varchar(1000) not null, \`first_failed_at\` datetime(3) not null, \`last_failed_at\` datetime(3) not null, \`next_attempt_at\` datetime(3) null, \`dead_at\` datetime(3) null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`failed_events\` add index \`failed_events_next_attempt_at_index\`(\`next_attempt_at\`);`);
    this.addSql(`alter table \`failed_events\` add index \`failed_events_dead_at_index\`(\`dead_at\`);`);

    this.addSql(
      `create table \`food_orders\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`customer_id\` varchar(36) not null, \`restaurant_id\` varchar(36) not null, \`courier_id\` varchar(36) null, \`status\` enum('PLACED', 'ACCEPTED', 'PREPARING', 'READY', 'PICKED_UP', 'DELIVERED', 'CANCELLED') not null, \`lines\` json not null, \`currency\` varchar(3) not null, \`subtotal\` int not null, \`delivery_fee\` int not null, \`total\` int not null, \`dropoff_lat\` double not null, \`dropoff_lng\` double not null, \`distance_km\` double not null, \`prep_minutes\` smallint not null, \`note\` varchar(500) null, \`placed_at\` datetime(3) not null, \`accepted_at\` datetime(3) null, \`ready_at\` datetime(3) null, \`assigned_at\` datetime(3) null, \`picked_up_at\` datetime(3) null, \`delivered_at\` datetime(3) null, \`cancelled_at\` datetime(3) null, \`cancel_reason\` varchar(300) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`food_orders\` add index \`food_orders_courier_id_index\`(\`courier_id\`);`);
    this.addSql(`alter table \`food_orders\` add index \`food_orders_customer_id_placed_at_index\`(\`customer_id\`, \`placed_at\`);`);
    this.addSql(`alter table \`food_orders\` add index \`food_orders_restaurant_id_placed_at_index\`(\`restaurant_id\`, \`placed_at\`);`);
    this.addSql(`alter table \`food_orders\` add index \`food_orders_status_ready_at_index\`(\`status\`, \`ready_at\`);`);

    this.addSql(
      `create table \`menu_categories\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`restaurant_id\` varchar(36) not null, \`name\` varchar(80) not null, \`position\` smallint not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`menu_categories\` add unique \`menu_categories_restaurant_id_name_unique\`(\`restaurant_id\`, \`name\`);`);

    this.addSql(
      `create table \`menu_items\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`restaurant_id\` varchar(36) not null, \`category_id\` varchar(36) not null, \`name\` varchar(120) not null, \`description\` text not null, \`price\` int not null, \`currency\` varchar(3) not null, \`prep_minutes\` smallint not null, \`available\` tinyint(1) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`menu_items\` add index \`menu_items_restaurant_id_index\`(\`restaurant_id\`);`);
    this.addSql(`alter table \`menu_items\` add index \`menu_items_category_id_index\`(\`category_id\`);`);

    this.addSql(
      `create table \`menu_modifiers\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`item_id\` varchar(36) not null, \`name\` varchar(80) not null, \`price\` int not null, \`currency\` varchar(3) not null, \`available\` tinyint(1) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`menu_modifiers\` add index \`menu_modifiers_item_id_index\`(\`item_id\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`type\` varchar(120) not null, \`tenant_id\` varchar(36) null, \`payload\` json not null, \`published_at\` datetime(3) null, \`claimed_by\` varchar(60) null, \`claimed_until\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`outbox_events\` add index \`outbox_events_published_at_index\`(\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`processed_at\` datetime(3) not null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`processed_events\` add index \`processed_events_processed_at_index\`(\`processed_at\`);`);

    this.addSql(
      `create table \`restaurants\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`owner_id\` varchar(36) not null, \`name\` varchar(120) not null, \`description\` text not null, \`lat\` double not null, \`lng\` double not null, \`time_zone\` varchar(64) not null, \`currency\` varchar(3) not null, \`opening_hours\` json not null, \`paused\` tinyint(1) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`restaurants\` add index \`restaurants_owner_id_index\`(\`owner_id\`);`);
    this.addSql(`alter table \`restaurants\` add index \`restaurants_name_index\`(\`name\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`couriers\`;`);

    this.addSql(`drop table if exists \`failed_events\`;`);

    this.addSql(`drop table if exists \`food_orders\`;`);

    this.addSql(`drop table if exists \`menu_categories\`;`);

    this.addSql(`drop table if exists \`menu_items\`;`);

    this.addSql(`drop table if exists \`menu_modifiers\`;`);

    this.addSql(`drop table if exists \`outbox_events\`;`);

    this.addSql(`drop table if exists \`processed_events\`;`);

    this.addSql(`drop table if exists \`restaurants\`;`);
  }
}
