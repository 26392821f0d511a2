import { randomUUID } from 'node:crypto'

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_sites_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users_sites\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sites_roles_order_idx\` ON \`users_sites_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_sites_roles_parent_idx\` ON \`users_sites_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sites\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`site_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sites_order_idx\` ON \`users_sites\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sites_parent_id_idx\` ON \`users_sites\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_sites_site_idx\` ON \`users_sites\` (\`site_id\`);`)
  await db.run(sql`CREATE TABLE \`sites_hosts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`host\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sites_hosts_order_idx\` ON \`sites_hosts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sites_hosts_parent_id_idx\` ON \`sites_hosts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sites_hosts_host_idx\` ON \`sites_hosts\` (\`host\`);`)
  await db.run(sql`CREATE TABLE \`sites_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sites_languages_order_idx\` ON \`sites_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`sites_languages_parent_idx\` ON \`sites_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sites\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`parent_id\` text(36),
  	\`settings_logo_id\` text(36),
  	\`settings_address\` text,
  	\`settings_phone\` text,
  	\`settings_email\` text,
  	\`settings_responsible_agency\` text,
  	\`settings_footer_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`settings_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sites_slug_idx\` ON \`sites\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sites_parent_idx\` ON \`sites\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sites_settings_settings_logo_idx\` ON \`sites\` (\`settings_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`sites_updated_at_idx\` ON \`sites\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sites_created_at_idx\` ON \`sites\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`site_id\` text(36) REFERENCES sites(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`language\` text DEFAULT 'vi';`)
  await db.run(sql`CREATE INDEX \`articles_site_idx\` ON \`articles\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_language_idx\` ON \`articles\` (\`language\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_site_id\` text(36) REFERENCES sites(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_language\` text DEFAULT 'vi';`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_site_idx\` ON \`_articles_v\` (\`version_site_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_language_idx\` ON \`_articles_v\` (\`version_language\`);`)
  await db.run(sql`ALTER TABLE \`categories\` ADD \`site_id\` text(36) REFERENCES sites(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`categories_site_idx\` ON \`categories\` (\`site_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`site_id\` text(36) REFERENCES sites(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`media_site_idx\` ON \`media\` (\`site_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sites_id\` text(36) REFERENCES sites(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sites_id_idx\` ON \`payload_locked_documents_rels\` (\`sites_id\`);`)
  // An installation from before sites: its articles, categories and media become its first
  // site's, named and printed as its site settings said.
  const existing = await db.get<{ n: number }>(
    sql`SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM categories) + (SELECT count(*) FROM media) AS n`,
  )
  if (!existing?.n) return
  const settings = await db.get<Record<string, string | null>>(sql`SELECT * FROM site_settings LIMIT 1`)
  const siteId = randomUUID()
  await db.run(sql`INSERT INTO sites (id, name, slug, settings_logo_id, settings_address, settings_phone, settings_email, settings_responsible_agency, settings_footer_text)
    VALUES (${siteId}, ${settings?.name ?? 'Cổng thông tin điện tử'}, ${'cong-thong-tin'}, ${settings?.logo_id ?? null}, ${settings?.address ?? null}, ${settings?.phone ?? null}, ${settings?.email ?? null}, ${settings?.responsible_agency ?? null}, ${settings?.footer_text ?? null})`)
  await db.run(sql`INSERT INTO sites_languages (\`order\`, parent_id, value, id) VALUES (1, ${siteId}, 'vi', ${randomUUID()})`)
  await db.run(sql`UPDATE articles SET site_id = ${siteId} WHERE site_id IS NULL`)
  await db.run(sql`UPDATE _articles_v SET version_site_id = ${siteId} WHERE version_site_id IS NULL`)
  await db.run(sql`UPDATE categories SET site_id = ${siteId} WHERE site_id IS NULL`)
  await db.run(sql`UPDATE media SET site_id = ${siteId} WHERE site_id IS NULL`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_sites_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sites\`;`)
  await db.run(sql`DROP TABLE \`sites_hosts\`;`)
  await db.run(sql`DROP TABLE \`sites_languages\`;`)
  await db.run(sql`DROP TABLE \`sites\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`lead\` text,
  	\`body\` text,
  	\`featured_image_id\` text(36),
  	\`audio_id\` text(36),
  	\`slug\` text,
  	\`published_at\` text,
  	\`category_id\` text(36),
  	\`meeting_id\` text(36),
  	\`views\` numeric DEFAULT 0,
  	\`search_title\` text,
  	\`search_text\` text,
  	\`import_key\` text,
  	\`created_by_id\` text(36),
  	\`workflow_stage\` text DEFAULT 'draft',
  	\`workflow_assignee_id\` text(36),
  	\`workflow_sequence\` numeric DEFAULT 0,
  	\`submitted_by_id\` text(36),
  	\`submitted_at\` text,
  	\`edited_by_id\` text(36),
  	\`edited_at\` text,
  	\`approved_by_id\` text(36),
  	\`approved_at\` text,
  	\`published_by_id\` text(36),
  	\`last_published_at\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`featured_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`audio_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`category_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meeting_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "title", "lead", "body", "featured_image_id", "audio_id", "slug", "published_at", "category_id", "meeting_id", "views", "search_title", "search_text", "import_key", "created_by_id", "workflow_stage", "workflow_assignee_id", "workflow_sequence", "submitted_by_id", "submitted_at", "edited_by_id", "edited_at", "approved_by_id", "approved_at", "published_by_id", "last_published_at", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status") SELECT "id", "title", "lead", "body", "featured_image_id", "audio_id", "slug", "published_at", "category_id", "meeting_id", "views", "search_title", "search_text", "import_key", "created_by_id", "workflow_stage", "workflow_assignee_id", "workflow_sequence", "submitted_by_id", "submitted_at", "edited_by_id", "edited_at", "approved_by_id", "approved_at", "published_by_id", "last_published_at", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_featured_image_idx\` ON \`articles\` (\`featured_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_audio_idx\` ON \`articles\` (\`audio_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_category_idx\` ON \`articles\` (\`category_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_meeting_idx\` ON \`articles\` (\`meeting_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_views_idx\` ON \`articles\` (\`views\`);`)
  await db.run(sql`CREATE INDEX \`articles_search_title_idx\` ON \`articles\` (\`search_title\`);`)
  await db.run(sql`CREATE INDEX \`articles_import_key_idx\` ON \`articles\` (\`import_key\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_stage_idx\` ON \`articles\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_assignee_idx\` ON \`articles\` (\`workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_submitted_by_idx\` ON \`articles\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_edited_by_idx\` ON \`articles\` (\`edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_approved_by_idx\` ON \`articles\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_by_idx\` ON \`articles\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_meta_meta_image_idx\` ON \`articles\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`category__status_publishedAt_idx\` ON \`articles\` (\`category_id\`,\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_idx\` ON \`articles\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_lead\` text,
  	\`version_body\` text,
  	\`version_featured_image_id\` text(36),
  	\`version_audio_id\` text(36),
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_category_id\` text(36),
  	\`version_meeting_id\` text(36),
  	\`version_views\` numeric DEFAULT 0,
  	\`version_search_title\` text,
  	\`version_search_text\` text,
  	\`version_import_key\` text,
  	\`version_created_by_id\` text(36),
  	\`version_workflow_stage\` text DEFAULT 'draft',
  	\`version_workflow_assignee_id\` text(36),
  	\`version_workflow_sequence\` numeric DEFAULT 0,
  	\`version_submitted_by_id\` text(36),
  	\`version_submitted_at\` text,
  	\`version_edited_by_id\` text(36),
  	\`version_edited_at\` text,
  	\`version_approved_by_id\` text(36),
  	\`version_approved_at\` text,
  	\`version_published_by_id\` text(36),
  	\`version_last_published_at\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_featured_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_audio_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_category_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meeting_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_lead", "version_body", "version_featured_image_id", "version_audio_id", "version_slug", "version_published_at", "version_category_id", "version_meeting_id", "version_views", "version_search_title", "version_search_text", "version_import_key", "version_created_by_id", "version_workflow_stage", "version_workflow_assignee_id", "version_workflow_sequence", "version_submitted_by_id", "version_submitted_at", "version_edited_by_id", "version_edited_at", "version_approved_by_id", "version_approved_at", "version_published_by_id", "version_last_published_at", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_lead", "version_body", "version_featured_image_id", "version_audio_id", "version_slug", "version_published_at", "version_category_id", "version_meeting_id", "version_views", "version_search_title", "version_search_text", "version_import_key", "version_created_by_id", "version_workflow_stage", "version_workflow_assignee_id", "version_workflow_sequence", "version_submitted_by_id", "version_submitted_at", "version_edited_by_id", "version_edited_at", "version_approved_by_id", "version_approved_at", "version_published_by_id", "version_last_published_at", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_featured_image_idx\` ON \`_articles_v\` (\`version_featured_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_audio_idx\` ON \`_articles_v\` (\`version_audio_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_category_idx\` ON \`_articles_v\` (\`version_category_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_meeting_idx\` ON \`_articles_v\` (\`version_meeting_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_views_idx\` ON \`_articles_v\` (\`version_views\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_search_title_idx\` ON \`_articles_v\` (\`version_search_title\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_import_key_idx\` ON \`_articles_v\` (\`version_import_key\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_workflow_stage_idx\` ON \`_articles_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_workflow_assignee_idx\` ON \`_articles_v\` (\`version_workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_submitted_by_idx\` ON \`_articles_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_edited_by_idx\` ON \`_articles_v\` (\`version_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_approved_by_idx\` ON \`_articles_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_by_idx\` ON \`_articles_v\` (\`version_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_meta_version_meta_image_idx\` ON \`_articles_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_category_version__status_version_publishedAt_idx\` ON \`_articles_v\` (\`version_category_id\`,\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_idx\` ON \`_articles_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_categories\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`parent_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_categories\`("id", "name", "slug", "parent_id", "updated_at", "created_at") SELECT "id", "name", "slug", "parent_id", "updated_at", "created_at" FROM \`categories\`;`)
  await db.run(sql`DROP TABLE \`categories\`;`)
  await db.run(sql`ALTER TABLE \`__new_categories\` RENAME TO \`categories\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`categories_slug_idx\` ON \`categories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`categories_parent_idx\` ON \`categories\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`categories_updated_at_idx\` ON \`categories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`categories_created_at_idx\` ON \`categories\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_large_url\` text,
  	\`sizes_large_width\` numeric,
  	\`sizes_large_height\` numeric,
  	\`sizes_large_mime_type\` text,
  	\`sizes_large_filesize\` numeric,
  	\`sizes_large_filename\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "alt", "caption", "credit", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_large_url", "sizes_large_width", "sizes_large_height", "sizes_large_mime_type", "sizes_large_filesize", "sizes_large_filename") SELECT "id", "alt", "caption", "credit", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_large_url", "sizes_large_width", "sizes_large_height", "sizes_large_mime_type", "sizes_large_filesize", "sizes_large_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_large_sizes_large_filename_idx\` ON \`media\` (\`sizes_large_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` text(36),
  	\`meetings_id\` text(36),
  	\`officials_id\` text(36),
  	\`units_id\` text(36),
  	\`categories_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	\`editorial_comments_id\` text(36),
  	\`workflow_events_id\` text(36),
  	\`contributors_id\` text(36),
  	\`royalty_lines_id\` text(36),
  	\`royalty_periods_id\` text(36),
  	\`webhook_endpoints_id\` text(36),
  	\`webhook_deliveries_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meetings_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`officials_id\`) REFERENCES \`officials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`editorial_comments_id\`) REFERENCES \`editorial_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_events_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`royalty_lines_id\`) REFERENCES \`royalty_lines\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`royalty_periods_id\`) REFERENCES \`royalty_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_endpoints_id\`) REFERENCES \`webhook_endpoints\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "meetings_id", "officials_id", "units_id", "categories_id", "media_id", "users_id", "editorial_comments_id", "workflow_events_id", "contributors_id", "royalty_lines_id", "royalty_periods_id", "webhook_endpoints_id", "webhook_deliveries_id") SELECT "id", "order", "parent_id", "path", "articles_id", "meetings_id", "officials_id", "units_id", "categories_id", "media_id", "users_id", "editorial_comments_id", "workflow_events_id", "contributors_id", "royalty_lines_id", "royalty_periods_id", "webhook_endpoints_id", "webhook_deliveries_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_officials_id_idx\` ON \`payload_locked_documents_rels\` (\`officials_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_editorial_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`editorial_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contributors_id_idx\` ON \`payload_locked_documents_rels\` (\`contributors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_royalty_lines_id_idx\` ON \`payload_locked_documents_rels\` (\`royalty_lines_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_royalty_periods_id_idx\` ON \`payload_locked_documents_rels\` (\`royalty_periods_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_endpoints_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_endpoints_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
}
