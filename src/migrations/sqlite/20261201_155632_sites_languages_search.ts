import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // First: the locales table's unique slug index takes this name.
  await db.run(sql`DROP INDEX \`categories_slug_idx\`;`)
  await db.run(sql`CREATE TABLE \`officials_positions_locales\` (
  	\`title\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`officials_positions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`officials_positions_locales_locale_parent_id_unique\` ON \`officials_positions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`units_locales\` (
  	\`name\` text NOT NULL,
  	\`short_name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`units_locales_locale_parent_id_unique\` ON \`units_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`categories_locales\` (
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`categories_slug_idx\` ON \`categories_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`categories_locales_locale_parent_id_unique\` ON \`categories_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sites_locales\` (
  	\`name\` text NOT NULL,
  	\`settings_address\` text,
  	\`settings_responsible_agency\` text,
  	\`settings_footer_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sites_locales_locale_parent_id_unique\` ON \`sites_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_locales\` (
  	\`name\` text NOT NULL,
  	\`address\` text,
  	\`responsible_agency\` text,
  	\`footer_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_locales_locale_parent_id_unique\` ON \`site_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
  // Localized fields move to their locales tables: what was written so far is the Vietnamese.
  await db.run(sql`INSERT INTO \`officials_positions_locales\` (title, _locale, _parent_id) SELECT title, 'vi', id FROM \`officials_positions\` WHERE title IS NOT NULL;`)
  await db.run(sql`INSERT INTO \`units_locales\` (name, short_name, _locale, _parent_id) SELECT name, short_name, 'vi', id FROM \`units\` WHERE name IS NOT NULL;`)
  await db.run(sql`INSERT INTO \`categories_locales\` (name, slug, _locale, _parent_id) SELECT name, slug, 'vi', id FROM \`categories\` WHERE name IS NOT NULL;`)
  await db.run(sql`INSERT INTO \`media_locales\` (alt, caption, _locale, _parent_id) SELECT alt, caption, 'vi', id FROM \`media\` WHERE alt IS NOT NULL;`)
  await db.run(sql`INSERT INTO \`sites_locales\` (name, settings_address, settings_responsible_agency, settings_footer_text, _locale, _parent_id) SELECT name, settings_address, settings_responsible_agency, settings_footer_text, 'vi', id FROM \`sites\` WHERE name IS NOT NULL;`)
  await db.run(sql`INSERT INTO \`site_settings_locales\` (name, address, responsible_agency, footer_text, _locale, _parent_id) SELECT name, address, responsible_agency, footer_text, 'vi', id FROM \`site_settings\` WHERE name IS NOT NULL;`)
  await db.run(sql`ALTER TABLE \`categories\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`categories\` DROP COLUMN \`slug\`;`)
  await db.run(sql`DROP INDEX \`articles_slug_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`translation_of_id\` text(36) REFERENCES articles(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`search_lead\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`search_title_exact\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`search_lead_exact\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`search_text_exact\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`search_language\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`republication_source_id\` text(36) REFERENCES articles(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`republication_source_site_id\` text(36) REFERENCES sites(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`republication_source_site_name\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`republication_source_byline\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`republication_source_url\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`republication_source_version\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`republication_pending_update\` text;`)
  await db.run(sql`CREATE INDEX \`articles_translation_of_idx\` ON \`articles\` (\`translation_of_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_republication_republication_source_idx\` ON \`articles\` (\`republication_source_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_republication_republication_source_site_idx\` ON \`articles\` (\`republication_source_site_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`site_slug_idx\` ON \`articles\` (\`site_id\`,\`slug\`);`)
  await db.run(sql`CREATE INDEX \`site_category__status_publishedAt_idx\` ON \`articles\` (\`site_id\`,\`category_id\`,\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`site__status_publishedAt_category_idx\` ON \`articles\` (\`site_id\`,\`_status\`,\`published_at\`,\`category_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`DROP INDEX \`royalty_periods_month_idx\`;`)
  await db.run(sql`ALTER TABLE \`royalty_periods\` ADD \`site_id\` text(36) REFERENCES sites(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`royalty_periods_site_idx\` ON \`royalty_periods\` (\`site_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`site_month_idx\` ON \`royalty_periods\` (\`site_id\`,\`month\`);`)
  await db.run(sql`CREATE INDEX \`royalty_periods_month_idx\` ON \`royalty_periods\` (\`month\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_translation_of_id\` text(36) REFERENCES articles(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_search_lead\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_search_title_exact\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_search_lead_exact\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_search_text_exact\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_search_language\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_republication_source_id\` text(36) REFERENCES articles(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_republication_source_site_id\` text(36) REFERENCES sites(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_republication_source_site_name\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_republication_source_byline\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_republication_source_url\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_republication_source_version\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_republication_pending_update\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_translation_of_idx\` ON \`_articles_v\` (\`version_translation_of_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_republication_version_republication__idx\` ON \`_articles_v\` (\`version_republication_source_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_republication_version_republicatio_1_idx\` ON \`_articles_v\` (\`version_republication_source_site_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`version_site_version_slug_idx\` ON \`_articles_v\` (\`version_site_id\`,\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_articles_v\` (\`version_site_id\`,\`version_category_id\`,\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`_articles_v\` (\`version_site_id\`,\`version__status\`,\`version_published_at\`,\`version_category_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`prefix\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`alt\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`caption\`;`)
  await db.run(sql`ALTER TABLE \`editorial_comments\` ADD \`site_id\` text(36) REFERENCES sites(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`editorial_comments_site_idx\` ON \`editorial_comments\` (\`site_id\`);`)
  await db.run(sql`ALTER TABLE \`workflow_events\` ADD \`site_id\` text(36) REFERENCES sites(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`workflow_events_site_idx\` ON \`workflow_events\` (\`site_id\`);`)
  await db.run(sql`ALTER TABLE \`royalty_lines\` ADD \`site_id\` text(36) REFERENCES sites(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`royalty_lines_site_idx\` ON \`royalty_lines\` (\`site_id\`);`)
  // The history, royalty lines and comments written before sites belong to their article's site;
  // months closed before sites, to the installation's first site.
  await db.run(sql`UPDATE \`workflow_events\` SET site_id = (SELECT site_id FROM \`articles\` WHERE \`articles\`.id = \`workflow_events\`.document_id) WHERE site_id IS NULL;`)
  await db.run(sql`UPDATE \`royalty_lines\` SET site_id = (SELECT site_id FROM \`articles\` WHERE \`articles\`.id = \`royalty_lines\`.document_id) WHERE site_id IS NULL;`)
  await db.run(sql`UPDATE \`editorial_comments\` SET site_id = (SELECT site_id FROM \`articles\` WHERE \`articles\`.id = \`editorial_comments\`.article_id) WHERE site_id IS NULL;`)
  await db.run(sql`UPDATE \`royalty_periods\` SET site_id = (SELECT id FROM \`sites\` WHERE parent_id IS NULL ORDER BY created_at LIMIT 1) WHERE site_id IS NULL;`)
  await db.run(sql`ALTER TABLE \`officials_positions\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`units\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`units\` DROP COLUMN \`short_name\`;`)
  await db.run(sql`ALTER TABLE \`sites\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`sites\` DROP COLUMN \`settings_address\`;`)
  await db.run(sql`ALTER TABLE \`sites\` DROP COLUMN \`settings_responsible_agency\`;`)
  await db.run(sql`ALTER TABLE \`sites\` DROP COLUMN \`settings_footer_text\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`address\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`responsible_agency\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`footer_text\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`officials_positions_locales\`;`)
  await db.run(sql`DROP TABLE \`units_locales\`;`)
  await db.run(sql`DROP TABLE \`categories_locales\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`sites_locales\`;`)
  await db.run(sql`DROP TABLE \`site_settings_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`site_id\` text(36),
  	\`title\` text,
  	\`lead\` text,
  	\`body\` text,
  	\`featured_image_id\` text(36),
  	\`audio_id\` text(36),
  	\`slug\` text,
  	\`language\` text DEFAULT 'vi',
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
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
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
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "site_id", "title", "lead", "body", "featured_image_id", "audio_id", "slug", "language", "published_at", "category_id", "meeting_id", "views", "search_title", "search_text", "import_key", "created_by_id", "workflow_stage", "workflow_assignee_id", "workflow_sequence", "submitted_by_id", "submitted_at", "edited_by_id", "edited_at", "approved_by_id", "approved_at", "published_by_id", "last_published_at", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status") SELECT "id", "site_id", "title", "lead", "body", "featured_image_id", "audio_id", "slug", "language", "published_at", "category_id", "meeting_id", "views", "search_title", "search_text", "import_key", "created_by_id", "workflow_stage", "workflow_assignee_id", "workflow_sequence", "submitted_by_id", "submitted_at", "edited_by_id", "edited_at", "approved_by_id", "approved_at", "published_by_id", "last_published_at", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_site_idx\` ON \`articles\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_featured_image_idx\` ON \`articles\` (\`featured_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_audio_idx\` ON \`articles\` (\`audio_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_language_idx\` ON \`articles\` (\`language\`);`)
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
  	\`version_site_id\` text(36),
  	\`version_title\` text,
  	\`version_lead\` text,
  	\`version_body\` text,
  	\`version_featured_image_id\` text(36),
  	\`version_audio_id\` text(36),
  	\`version_slug\` text,
  	\`version_language\` text DEFAULT 'vi',
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
  	FOREIGN KEY (\`version_site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
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
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_site_id", "version_title", "version_lead", "version_body", "version_featured_image_id", "version_audio_id", "version_slug", "version_language", "version_published_at", "version_category_id", "version_meeting_id", "version_views", "version_search_title", "version_search_text", "version_import_key", "version_created_by_id", "version_workflow_stage", "version_workflow_assignee_id", "version_workflow_sequence", "version_submitted_by_id", "version_submitted_at", "version_edited_by_id", "version_edited_at", "version_approved_by_id", "version_approved_at", "version_published_by_id", "version_last_published_at", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_site_id", "version_title", "version_lead", "version_body", "version_featured_image_id", "version_audio_id", "version_slug", "version_language", "version_published_at", "version_category_id", "version_meeting_id", "version_views", "version_search_title", "version_search_text", "version_import_key", "version_created_by_id", "version_workflow_stage", "version_workflow_assignee_id", "version_workflow_sequence", "version_submitted_by_id", "version_submitted_at", "version_edited_by_id", "version_edited_at", "version_approved_by_id", "version_approved_at", "version_published_by_id", "version_last_published_at", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_site_idx\` ON \`_articles_v\` (\`version_site_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_featured_image_idx\` ON \`_articles_v\` (\`version_featured_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_audio_idx\` ON \`_articles_v\` (\`version_audio_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_language_idx\` ON \`_articles_v\` (\`version_language\`);`)
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
  await db.run(sql`CREATE TABLE \`__new_editorial_comments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`article_id\` text(36) NOT NULL,
  	\`author_id\` text(36),
  	\`text\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_editorial_comments\`("id", "article_id", "author_id", "text", "updated_at", "created_at") SELECT "id", "article_id", "author_id", "text", "updated_at", "created_at" FROM \`editorial_comments\`;`)
  await db.run(sql`DROP TABLE \`editorial_comments\`;`)
  await db.run(sql`ALTER TABLE \`__new_editorial_comments\` RENAME TO \`editorial_comments\`;`)
  await db.run(sql`CREATE INDEX \`editorial_comments_article_idx\` ON \`editorial_comments\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`editorial_comments_author_idx\` ON \`editorial_comments\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`editorial_comments_updated_at_idx\` ON \`editorial_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`editorial_comments_created_at_idx\` ON \`editorial_comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_workflow_events\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`collection_slug\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`sequence\` numeric NOT NULL,
  	\`from_stage\` text NOT NULL,
  	\`to_stage\` text NOT NULL,
  	\`actor_id\` text(36),
  	\`actor_kind\` text DEFAULT 'user' NOT NULL,
  	\`note\` text,
  	\`assignee_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_workflow_events\`("id", "collection_slug", "document_id", "sequence", "from_stage", "to_stage", "actor_id", "actor_kind", "note", "assignee_id", "updated_at", "created_at") SELECT "id", "collection_slug", "document_id", "sequence", "from_stage", "to_stage", "actor_id", "actor_kind", "note", "assignee_id", "updated_at", "created_at" FROM \`workflow_events\`;`)
  await db.run(sql`DROP TABLE \`workflow_events\`;`)
  await db.run(sql`ALTER TABLE \`__new_workflow_events\` RENAME TO \`workflow_events\`;`)
  await db.run(sql`CREATE INDEX \`workflow_events_collection_slug_idx\` ON \`workflow_events\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_document_id_idx\` ON \`workflow_events\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_to_stage_idx\` ON \`workflow_events\` (\`to_stage\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_actor_idx\` ON \`workflow_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_assignee_idx\` ON \`workflow_events\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_updated_at_idx\` ON \`workflow_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_created_at_idx\` ON \`workflow_events\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`collectionSlug_documentId_sequence_idx\` ON \`workflow_events\` (\`collection_slug\`,\`document_id\`,\`sequence\`);`)
  await db.run(sql`CREATE TABLE \`__new_royalty_lines\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`genre\` text NOT NULL,
  	\`coefficient\` numeric NOT NULL,
  	\`amount\` numeric,
  	\`note\` text,
  	\`date\` text,
  	\`month\` text,
  	\`document_id\` text,
  	\`payee_key\` text,
  	\`recorded_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`recorded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_royalty_lines\`("id", "genre", "coefficient", "amount", "note", "date", "month", "document_id", "payee_key", "recorded_by_id", "updated_at", "created_at") SELECT "id", "genre", "coefficient", "amount", "note", "date", "month", "document_id", "payee_key", "recorded_by_id", "updated_at", "created_at" FROM \`royalty_lines\`;`)
  await db.run(sql`DROP TABLE \`royalty_lines\`;`)
  await db.run(sql`ALTER TABLE \`__new_royalty_lines\` RENAME TO \`royalty_lines\`;`)
  await db.run(sql`CREATE INDEX \`royalty_lines_date_idx\` ON \`royalty_lines\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`royalty_lines_month_idx\` ON \`royalty_lines\` (\`month\`);`)
  await db.run(sql`CREATE INDEX \`royalty_lines_document_id_idx\` ON \`royalty_lines\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`royalty_lines_payee_key_idx\` ON \`royalty_lines\` (\`payee_key\`);`)
  await db.run(sql`CREATE INDEX \`royalty_lines_recorded_by_idx\` ON \`royalty_lines\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`royalty_lines_updated_at_idx\` ON \`royalty_lines\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`royalty_lines_created_at_idx\` ON \`royalty_lines\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_royalty_periods\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`month\` text NOT NULL,
  	\`closed_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`closed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_royalty_periods\`("id", "month", "closed_by_id", "updated_at", "created_at") SELECT "id", "month", "closed_by_id", "updated_at", "created_at" FROM \`royalty_periods\`;`)
  await db.run(sql`DROP TABLE \`royalty_periods\`;`)
  await db.run(sql`ALTER TABLE \`__new_royalty_periods\` RENAME TO \`royalty_periods\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`royalty_periods_month_idx\` ON \`royalty_periods\` (\`month\`);`)
  await db.run(sql`CREATE INDEX \`royalty_periods_closed_by_idx\` ON \`royalty_periods\` (\`closed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`royalty_periods_updated_at_idx\` ON \`royalty_periods\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`royalty_periods_created_at_idx\` ON \`royalty_periods\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`officials_positions\` ADD \`title\` text NOT NULL;`)
  await db.run(sql`ALTER TABLE \`units\` ADD \`name\` text NOT NULL;`)
  await db.run(sql`ALTER TABLE \`units\` ADD \`short_name\` text;`)
  await db.run(sql`ALTER TABLE \`categories\` ADD \`name\` text NOT NULL;`)
  await db.run(sql`ALTER TABLE \`categories\` ADD \`slug\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`categories_slug_idx\` ON \`categories\` (\`slug\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`alt\` text NOT NULL;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`caption\` text;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`sites\` ADD \`name\` text NOT NULL;`)
  await db.run(sql`ALTER TABLE \`sites\` ADD \`settings_address\` text;`)
  await db.run(sql`ALTER TABLE \`sites\` ADD \`settings_responsible_agency\` text;`)
  await db.run(sql`ALTER TABLE \`sites\` ADD \`settings_footer_text\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`name\` text NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`address\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`responsible_agency\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`footer_text\` text;`)
}
