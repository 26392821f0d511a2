import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`webhook_endpoints\` ADD \`site_id\` text(36) REFERENCES sites(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`webhook_endpoints_site_idx\` ON \`webhook_endpoints\` (\`site_id\`);`)
  await db.run(sql`ALTER TABLE \`webhook_deliveries\` ADD \`site_id\` text(36) REFERENCES sites(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_site_idx\` ON \`webhook_deliveries\` (\`site_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_webhook_endpoints\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	\`description\` text,
  	\`is_active\` integer DEFAULT true,
  	\`secret\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_webhook_endpoints\`("id", "url", "description", "is_active", "secret", "updated_at", "created_at") SELECT "id", "url", "description", "is_active", "secret", "updated_at", "created_at" FROM \`webhook_endpoints\`;`)
  await db.run(sql`DROP TABLE \`webhook_endpoints\`;`)
  await db.run(sql`ALTER TABLE \`__new_webhook_endpoints\` RENAME TO \`webhook_endpoints\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`webhook_endpoints_updated_at_idx\` ON \`webhook_endpoints\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_endpoints_created_at_idx\` ON \`webhook_endpoints\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_webhook_deliveries\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`endpoint_id\` text(36),
  	\`url\` text,
  	\`event_id\` text,
  	\`event\` text,
  	\`source\` text,
  	\`document_id\` text,
  	\`attempt\` numeric,
  	\`status_code\` numeric,
  	\`is_delivered\` integer,
  	\`error\` text,
  	\`duration_ms\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`endpoint_id\`) REFERENCES \`webhook_endpoints\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_webhook_deliveries\`("id", "endpoint_id", "url", "event_id", "event", "source", "document_id", "attempt", "status_code", "is_delivered", "error", "duration_ms", "updated_at", "created_at") SELECT "id", "endpoint_id", "url", "event_id", "event", "source", "document_id", "attempt", "status_code", "is_delivered", "error", "duration_ms", "updated_at", "created_at" FROM \`webhook_deliveries\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries\`;`)
  await db.run(sql`ALTER TABLE \`__new_webhook_deliveries\` RENAME TO \`webhook_deliveries\`;`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_endpoint_idx\` ON \`webhook_deliveries\` (\`endpoint_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_event_id_idx\` ON \`webhook_deliveries\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_updated_at_idx\` ON \`webhook_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_created_at_idx\` ON \`webhook_deliveries\` (\`created_at\`);`)
}
