import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_byline\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`role\` text DEFAULT 'text',
  	\`display_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_byline_order_idx\` ON \`articles_byline\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_byline_parent_id_idx\` ON \`articles_byline\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles\` (
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
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`officials_id\` text(36),
  	\`units_id\` text(36),
  	\`users_id\` text(36),
  	\`contributors_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`officials_id\`) REFERENCES \`officials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_officials_id_idx\` ON \`articles_rels\` (\`officials_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_units_id_idx\` ON \`articles_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_users_id_idx\` ON \`articles_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_contributors_id_idx\` ON \`articles_rels\` (\`contributors_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_byline\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`role\` text DEFAULT 'text',
  	\`display_name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_byline_order_idx\` ON \`_articles_v_version_byline\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_byline_parent_id_idx\` ON \`_articles_v_version_byline\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v\` (
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
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`officials_id\` text(36),
  	\`units_id\` text(36),
  	\`users_id\` text(36),
  	\`contributors_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`officials_id\`) REFERENCES \`officials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_officials_id_idx\` ON \`_articles_v_rels\` (\`officials_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_units_id_idx\` ON \`_articles_v_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_users_id_idx\` ON \`_articles_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_contributors_id_idx\` ON \`_articles_v_rels\` (\`contributors_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`display_title\` text,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'other' NOT NULL,
  	\`starts_at\` text,
  	\`part_of_day\` text,
  	\`place\` text,
  	\`chair_id\` text(36),
  	\`chair_title\` text,
  	\`conclusions\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`chair_id\`) REFERENCES \`officials\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_display_title_idx\` ON \`meetings\` (\`display_title\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`meetings_slug_idx\` ON \`meetings\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`meetings_kind_idx\` ON \`meetings\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`meetings_starts_at_idx\` ON \`meetings\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings_chair_idx\` ON \`meetings\` (\`chair_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_updated_at_idx\` ON \`meetings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings_created_at_idx\` ON \`meetings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`meetings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` text(36),
  	\`officials_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`officials_id\`) REFERENCES \`officials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_rels_order_idx\` ON \`meetings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_rels_parent_idx\` ON \`meetings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_rels_path_idx\` ON \`meetings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`meetings_rels_units_id_idx\` ON \`meetings_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_rels_officials_id_idx\` ON \`meetings_rels\` (\`officials_id\`);`)
  await db.run(sql`CREATE TABLE \`officials_positions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`unit_id\` text(36),
  	\`from\` text,
  	\`to\` text,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`officials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`officials_positions_order_idx\` ON \`officials_positions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`officials_positions_parent_id_idx\` ON \`officials_positions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`officials_positions_unit_idx\` ON \`officials_positions\` (\`unit_id\`);`)
  await db.run(sql`CREATE TABLE \`officials\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`full_name\` text NOT NULL,
  	\`slug\` text,
  	\`photo_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`officials_full_name_idx\` ON \`officials\` (\`full_name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`officials_slug_idx\` ON \`officials\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`officials_photo_idx\` ON \`officials\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`officials_updated_at_idx\` ON \`officials\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`officials_created_at_idx\` ON \`officials\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`units\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`short_name\` text,
  	\`kind\` text NOT NULL,
  	\`level\` text NOT NULL,
  	\`parent_id\` text(36),
  	\`valid_from\` text,
  	\`valid_to\` text,
  	\`successor_id\` text(36),
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`successor_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`units_kind_idx\` ON \`units\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`units_level_idx\` ON \`units\` (\`level\`);`)
  await db.run(sql`CREATE INDEX \`units_parent_idx\` ON \`units\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`units_successor_idx\` ON \`units\` (\`successor_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`units_slug_idx\` ON \`units\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`units_updated_at_idx\` ON \`units\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`units_created_at_idx\` ON \`units\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`categories\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`parent_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`categories_slug_idx\` ON \`categories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`categories_parent_idx\` ON \`categories\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`categories_updated_at_idx\` ON \`categories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`categories_created_at_idx\` ON \`categories\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
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
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_large_sizes_large_filename_idx\` ON \`media\` (\`sizes_large_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	\`contributors_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_rels_order_idx\` ON \`media_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_parent_idx\` ON \`media_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_path_idx\` ON \`media_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_users_id_idx\` ON \`media_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_contributors_id_idx\` ON \`media_rels\` (\`contributors_id\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`full_name\` text NOT NULL,
  	\`pen_name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`editorial_comments\` (
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
  await db.run(sql`CREATE INDEX \`editorial_comments_article_idx\` ON \`editorial_comments\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`editorial_comments_author_idx\` ON \`editorial_comments\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`editorial_comments_updated_at_idx\` ON \`editorial_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`editorial_comments_created_at_idx\` ON \`editorial_comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`editorial_comments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`editorial_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`editorial_comments_rels_order_idx\` ON \`editorial_comments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`editorial_comments_rels_parent_idx\` ON \`editorial_comments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`editorial_comments_rels_path_idx\` ON \`editorial_comments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`editorial_comments_rels_users_id_idx\` ON \`editorial_comments_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`workflow_events\` (
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
  await db.run(sql`CREATE INDEX \`workflow_events_collection_slug_idx\` ON \`workflow_events\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_document_id_idx\` ON \`workflow_events\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_to_stage_idx\` ON \`workflow_events\` (\`to_stage\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_actor_idx\` ON \`workflow_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_assignee_idx\` ON \`workflow_events\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_updated_at_idx\` ON \`workflow_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_created_at_idx\` ON \`workflow_events\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`collectionSlug_documentId_sequence_idx\` ON \`workflow_events\` (\`collection_slug\`,\`document_id\`,\`sequence\`);`)
  await db.run(sql`CREATE TABLE \`workflow_events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`workflow_events_rels_order_idx\` ON \`workflow_events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_rels_parent_idx\` ON \`workflow_events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_rels_path_idx\` ON \`workflow_events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_rels_articles_id_idx\` ON \`workflow_events_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE TABLE \`contributors\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`pen_name\` text,
  	\`unit_id\` text(36),
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`contact_address\` text,
  	\`contact_bank_account\` text,
  	\`linked_user_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`linked_user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`contributors_name_idx\` ON \`contributors\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`contributors_pen_name_idx\` ON \`contributors\` (\`pen_name\`);`)
  await db.run(sql`CREATE INDEX \`contributors_unit_idx\` ON \`contributors\` (\`unit_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`contributors_linked_user_idx\` ON \`contributors\` (\`linked_user_id\`);`)
  await db.run(sql`CREATE INDEX \`contributors_updated_at_idx\` ON \`contributors\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contributors_created_at_idx\` ON \`contributors\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`royalty_lines\` (
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
  await db.run(sql`CREATE INDEX \`royalty_lines_date_idx\` ON \`royalty_lines\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`royalty_lines_month_idx\` ON \`royalty_lines\` (\`month\`);`)
  await db.run(sql`CREATE INDEX \`royalty_lines_document_id_idx\` ON \`royalty_lines\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`royalty_lines_payee_key_idx\` ON \`royalty_lines\` (\`payee_key\`);`)
  await db.run(sql`CREATE INDEX \`royalty_lines_recorded_by_idx\` ON \`royalty_lines\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`royalty_lines_updated_at_idx\` ON \`royalty_lines\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`royalty_lines_created_at_idx\` ON \`royalty_lines\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`royalty_lines_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` text(36),
  	\`users_id\` text(36),
  	\`contributors_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`royalty_lines\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributors_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`royalty_lines_rels_order_idx\` ON \`royalty_lines_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`royalty_lines_rels_parent_idx\` ON \`royalty_lines_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`royalty_lines_rels_path_idx\` ON \`royalty_lines_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`royalty_lines_rels_articles_id_idx\` ON \`royalty_lines_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`royalty_lines_rels_users_id_idx\` ON \`royalty_lines_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`royalty_lines_rels_contributors_id_idx\` ON \`royalty_lines_rels\` (\`contributors_id\`);`)
  await db.run(sql`CREATE TABLE \`royalty_periods\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`month\` text NOT NULL,
  	\`closed_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`closed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`royalty_periods_month_idx\` ON \`royalty_periods\` (\`month\`);`)
  await db.run(sql`CREATE INDEX \`royalty_periods_closed_by_idx\` ON \`royalty_periods\` (\`closed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`royalty_periods_updated_at_idx\` ON \`royalty_periods\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`royalty_periods_created_at_idx\` ON \`royalty_periods\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhook_endpoints_events\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webhook_endpoints\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_endpoints_events_order_idx\` ON \`webhook_endpoints_events\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`webhook_endpoints_events_parent_idx\` ON \`webhook_endpoints_events\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webhook_endpoints_sources\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webhook_endpoints\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_endpoints_sources_order_idx\` ON \`webhook_endpoints_sources\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`webhook_endpoints_sources_parent_idx\` ON \`webhook_endpoints_sources\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webhook_endpoints\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	\`description\` text,
  	\`is_active\` integer DEFAULT true,
  	\`secret\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_endpoints_updated_at_idx\` ON \`webhook_endpoints\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_endpoints_created_at_idx\` ON \`webhook_endpoints\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhook_deliveries\` (
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
  await db.run(sql`CREATE INDEX \`webhook_deliveries_endpoint_idx\` ON \`webhook_deliveries\` (\`endpoint_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_event_id_idx\` ON \`webhook_deliveries\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_updated_at_idx\` ON \`webhook_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_created_at_idx\` ON \`webhook_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_query_presets\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`is_shared\` integer DEFAULT false,
  	\`access_read_constraint\` text DEFAULT 'onlyMe',
  	\`access_update_constraint\` text DEFAULT 'onlyMe',
  	\`access_delete_constraint\` text DEFAULT 'onlyMe',
  	\`where\` text,
  	\`columns\` text,
  	\`group_by\` text,
  	\`related_collection\` text NOT NULL,
  	\`is_temp\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_query_presets_updated_at_idx\` ON \`payload_query_presets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_created_at_idx\` ON \`payload_query_presets\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_query_presets_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_query_presets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_order_idx\` ON \`payload_query_presets_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_parent_idx\` ON \`payload_query_presets_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_path_idx\` ON \`payload_query_presets_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_users_id_idx\` ON \`payload_query_presets_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`logo_id\` text(36),
  	\`address\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`responsible_agency\` text,
  	\`footer_text\` text,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_logo_idx\` ON \`site_settings\` (\`logo_id\`);`)
  await db.run(sql`CREATE TABLE \`read_cache_generation\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stamp\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_byline\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_byline\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`meetings\`;`)
  await db.run(sql`DROP TABLE \`meetings_rels\`;`)
  await db.run(sql`DROP TABLE \`officials_positions\`;`)
  await db.run(sql`DROP TABLE \`officials\`;`)
  await db.run(sql`DROP TABLE \`units\`;`)
  await db.run(sql`DROP TABLE \`categories\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_rels\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`editorial_comments\`;`)
  await db.run(sql`DROP TABLE \`editorial_comments_rels\`;`)
  await db.run(sql`DROP TABLE \`workflow_events\`;`)
  await db.run(sql`DROP TABLE \`workflow_events_rels\`;`)
  await db.run(sql`DROP TABLE \`contributors\`;`)
  await db.run(sql`DROP TABLE \`royalty_lines\`;`)
  await db.run(sql`DROP TABLE \`royalty_lines_rels\`;`)
  await db.run(sql`DROP TABLE \`royalty_periods\`;`)
  await db.run(sql`DROP TABLE \`webhook_endpoints_events\`;`)
  await db.run(sql`DROP TABLE \`webhook_endpoints_sources\`;`)
  await db.run(sql`DROP TABLE \`webhook_endpoints\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`payload_query_presets\`;`)
  await db.run(sql`DROP TABLE \`payload_query_presets_rels\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`read_cache_generation\`;`)
}
