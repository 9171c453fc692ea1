import { Migration } from '@mikro-orm/migrations';

export class Migration20261204060426_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`failed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`type\` varchar(120) not null, \`event\` json not null, \`attempts\` int not null, \`last_error\` varchar(1000) not null, \`first_failed_at\` datetime(3) not null, \`last_failed_at\` datetime(3) not null, \`next_attempt_at\` datetime(3) null, \`dead_at\` datetime(3) null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`failed_events\` add index \`failed_events_next_attempt_at_index\`(\`next_attempt_at\`);`);
    this.addSql(`alter table \`failed_events\` add index \`failed_events_dead_at_index\`(\`dead_at\`);`);

    this.addSql(
      `create table \`inventory_locations\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`warehouse_id\` varchar(36) not null, \`code\` varchar(30) not null, \`name\` varchar(100) not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(
      `alter table \`inventory_locations\` add unique \`inventory_locations_warehouse_id_code_unique\`(\`warehouse_id\`, \`code\`);`,
    );

    this.addSql(
      `create table \`inventory_movements\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`kind\` varchar(20) not null, \`variant_id\` varchar(64) not null, \`location_id\` varchar(36) not null, \`warehouse_id\` varchar(36) not null, \`quantity\` int not null, \`on_hand_change\` int not null, \`reserved_change\` int not null, \`reservation_id\` varchar(36) null, \`reference\` varchar(100) null, \`batch\` varchar(60) null, \`serials\` json not null, \`note\` varchar(500) null, \`actor_id\` varchar(36) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(
      `alter table \`inventory_movements\` add index \`inventory_movements_variant_id_created_at_id_index\`(\`variant_id\`, \`created_at\`, \`id\`);`,
    );
    this.addSql(
      `alter table \`inventory_movements\` add index \`inventory_movements_location_id_created_at_id_index\`(\`location_id\`, \`created_at\`, \`id\`);`,
    );
    this.addSql(
      `alter table \`inventory_movements\` add index \`inventory_movements_warehouse_id_created_at_id_index\`(\`warehouse_id\`, \`created_at\`, \`id\`);`,
    );
    this.addSql(`alter table \`inventory_movements\` add index \`inventory_movements_reference_index\`(\`reference\`);`);

    this.addSql(
      `create table \`outbox_events\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`type\` varchar(120) not null, \`tenant_id\` varchar(36) null, \`payload\` json not null, \`published_at\` datetime(3) null, \`claimed_by\` varchar(60) null, \`claimed_until\` datetime(3) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`outbox_events\` add index \`outbox_events_published_at_index\`(\`published_at\`);`);

    this.addSql(
      `create table \`processed_events\` (\`consumer\` varchar(120) not null, \`event_id\` varchar(36) not null, \`processed_at\` datetime(3) not null, primary key (\`consumer\`, \`event_id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`processed_events\` add index \`processed_events_processed_at_index\`(\`processed_at\`);`);

    this.addSql(
      `create table \`inventory_reservations\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`reference\` varchar(100) not null, \`status\` varchar(20) not null, \`expires_at\` datetime(3) not null, \`closed_at\` datetime(3) null, \`actor_id\` varchar(36) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`inventory_reservations\` add unique \`inventory_reservations_reference_unique\`(\`reference\`);`);
    this.addSql(
      `alter table \`inventory_reservations\` add index \`inventory_reservations_status_expires_at_index\`(\`status\`, \`expires_at\`);`,
    );

    this.addSql(
      `create table \`inventory_reservation_lines\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`reservation_id\` varchar(36) not null, \`variant_id\` varchar(64) not null, \`location_id\` varchar(36) not null, \`quantity\` int not null, \`serials\` json not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(
      `alter table \`inventory_reservation_lines\` add index \`inventory_reservation_lines_reservation_id_index\`(\`reservation_id\`);`,
    );
    this.addSql(`alter table \`inventory_reservation_lines\` add index \`inventory_reservation_lines_variant_id_index\`(\`variant_id\`);`);

    this.addSql(
      `create table \`inventory_serials\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`variant_id\` varchar(64) not null, \`serial\` varchar(60) not null, \`batch\` varchar(60) null, \`location_id\` varchar(36) not null, \`shipped\` tinyint(1) not null, \`reservation_id\` varchar(36) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(
      `alter table \`inventory_serials\` add index \`inventory_serials_variant_id_location_id_shipped_index\`(\`variant_id\`, \`location_id\`, \`shipped\`);`,
    );
    this.addSql(`alter table \`inventory_serials\` add unique \`inventory_serials_variant_id_serial_unique\`(\`variant_id\`, \`serial\`);`);

    this.addSql(
      `create table \`inventory_stock\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`variant_id\` varchar(64) not null, \`location_id\` varchar(36) not null, \`warehouse_id\` varchar(36) not null, \`on_hand\` int not null, \`reserved\` int not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`inventory_stock\` add index \`inventory_stock_location_id_index\`(\`location_id\`);`);
    this.addSql(
      `alter table \`inventory_stock\` add unique \`inventory_stock_variant_id_location_id_unique\`(\`variant_id\`, \`location_id\`);`,
    );

    this.addSql(
      `create table \`inventory_variant_settings\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`variant_id\` varchar(64) not null, \`tracked\` tinyint(1) not null, \`low_stock_threshold\` int not null, \`low_alerted\` tinyint(1) not null, \`set_by_id\` varchar(36) null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`inventory_variant_settings\` add unique \`inventory_variant_settings_variant_id_unique\`(\`variant_id\`);`);

    this.addSql(
      `create table \`inventory_warehouses\` (\`id\` varchar(36) not null, \`created_at\` datetime(3) not null, \`updated_at\` datetime(3) not null, \`code\` varchar(20) not null, \`name\` varchar(100) not null, \`priority\` int not null, primary key (\`id\`)) default character set utf8mb4 engine = InnoDB;`,
    );
    this.addSql(`alter table \`inventory_warehouses\` add unique \`inventory_warehouses_code_unique\`(\`code\`);`);
    this.addSql(`alter table \`inventory_warehouses\` add index \`inventory_warehouses_priority_code_index\`(\`priority\`, \`code\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`failed_events\`;`);

    this.addSql(`drop table if exists \`inventory_locations\`;`);

    this.addSql(`drop table if exists \`inventory_movements\`;`);

    this.addSql(`drop table if exists \`outbox_events\`;`);

    this.addSql(`drop table if exists \`processed_events\`;`);

    this.addSql(`drop table if exists \`inventory_reservations\`;`);

    this.addSql(`drop table if exists \`inventory_reservation_lines\`;`);

    this.addSql(`drop table if exists \`inventory_serials\`;`);

    this.addSql(`drop table if exists \`inventory_stock\`;`);

    this.addSql(`drop table if exists \`inventory_variant_settings\`;`);

    this.addSql(`drop table if exists \`inventory_warehouses\`;`);
  }
}
