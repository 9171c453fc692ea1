import { Migration } from '@mikro-orm/migrations';

export class Migration20261204060426_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`failed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`type\` text not null, \`event\` json not null, \`attempts\` integer not null, \`last_error\` text not null, \`first_failed_at\` datetime not null, \`last_failed_at\` datetime not null, \`next_attempt_at\` datetime null, \`dead_at\` datetime null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`failed_events_next_attempt_at_index\` on \`failed_events\` (\`next_attempt_at\`);`);
    this.addSql(`create index \`failed_events_dead_at_index\` on \`failed_events\` (\`dead_at\`);`);

    this.addSql(
      `create table \`inventory_locations\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`warehouse_id\` text not null, \`code\` text not null, \`name\` text not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create unique index \`inventory_locations_warehouse_id_code_unique\` on \`inventory_locations\` (\`warehouse_id\`, \`code\`);`,
    );

    this.addSql(
      `create table \`inventory_movements\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`kind\` text not null, \`variant_id\` text not null, \`location_id\` text not null, \`warehouse_id\` text not null, \`quantity\` integer not null, \`on_hand_change\` integer not null, \`reserved_change\` integer not null, \`reservation_id\` text null, \`reference\` text null, \`batch\` text null, \`serials\` json not null, \`note\` text null, \`actor_id\` text null, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`inventory_movements_variant_id_created_at_id_index\` on \`inventory_movements\` (\`variant_id\`, \`created_at\`, \`id\`);`,
    );
    this.addSql(
      `create index \`inventory_movements_location_id_created_at_id_index\` on \`inventory_movements\` (\`location_id\`, \`created_at\`, \`id\`);`,
    );
    this.addSql(
      `create index \`inventory_movements_warehouse_id_created_at_id_index\` on \`inventory_movements\` (\`warehouse_id\`, \`created_at\`, \`id\`);`,
    );
    this.addSql(`create index \`inventory_movements_reference_index\` on \`inventory_movements\` (\`reference\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`type\` text not null, \`tenant_id\` text null, \`payload\` json not null, \`published_at\` datetime null, \`claimed_by\` text null, \`claimed_until\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`outbox_events_published_at_index\` on \`outbox_events\` (\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` text not null, \`event_id\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`,
    );
    this.addSql(`create index \`processed_events_processed_at_index\` on \`processed_events\` (\`processed_at\`);`);

    this.addSql(
      `create table \`inventory_reservations\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`reference\` text not null, \`status\` text not null, \`expires_at\` datetime not null, \`closed_at\` datetime null, \`actor_id\` text null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`inventory_reservations_reference_unique\` on \`inventory_reservations\` (\`reference\`);`);
    this.addSql(
      `create index \`inventory_reservations_status_expires_at_index\` on \`inventory_reservations\` (\`status\`, \`expires_at\`);`,
    );

    this.addSql(
      `create table \`inventory_reservation_lines\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`reservation_id\` text not null, \`variant_id\` text not null, \`location_id\` text not null, \`quantity\` integer not null, \`serials\` json not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`inventory_reservation_lines_reservation_id_index\` on \`inventory_reservation_lines\` (\`reservation_id\`);`,
    );
    this.addSql(`create index \`inventory_reservation_lines_variant_id_index\` on \`inventory_reservation_lines\` (\`variant_id\`);`);

    this.addSql(
      `create table \`inventory_serials\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`variant_id\` text not null, \`serial\` text not null, \`batch\` text null, \`location_id\` text not null, \`shipped\` integer not null, \`reservation_id\` text null, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`inventory_serials_variant_id_location_id_shipped_index\` on \`inventory_serials\` (\`variant_id\`, \`location_id\`, \`shipped\`);`,
    );
    this.addSql(
      `create unique index \`inventory_serials_variant_id_serial_unique\` on \`inventory_serials\` (\`variant_id\`, \`serial\`);`,
    );

    this.addSql(
      `create table \`inventory_stock\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`variant_id\` text not null, \`location_id\` text not null, \`warehouse_id\` text not null, \`on_hand\` integer not null, \`reserved\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`inventory_stock_location_id_index\` on \`inventory_stock\` (\`location_id\`);`);
    this.addSql(
      `create unique index \`inventory_stock_variant_id_location_id_unique\` on \`inventory_stock\` (\`variant_id\`, \`location_id\`);`,
    );

    this.addSql(
      `create table \`inventory_variant_settings\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`variant_id\` text not null, \`tracked\` integer not null, \`low_stock_threshold\` integer not null, \`low_alerted\` integer not null, \`set_by_id\` text null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`inventory_variant_settings_variant_id_unique\` on \`inventory_variant_settings\` (\`variant_id\`);`);

    this.addSql(
      `create table \`inventory_warehouses\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`name\` text not null, \`priority\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`inventory_warehouses_code_unique\` on \`inventory_warehouses\` (\`code\`);`);
    this.addSql(`create index \`inventory_warehouses_priority_code_index\` on \`inventory_warehouses\` (\`priority\`, \`code\`);`);
  }
}
