CREATE TABLE `countries` (
	`code` text PRIMARY KEY NOT NULL,
	`name_ru` text NOT NULL,
	`name_en` text NOT NULL,
	`region` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `event_countries` (
	`event_id` integer NOT NULL,
	`country_code` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`event_id`, `country_code`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`country_code`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `event_countries_country` ON `event_countries` (`country_code`);--> statement-breakpoint
CREATE TABLE `event_places` (
	`event_id` integer NOT NULL,
	`place_id` integer NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`event_id`, `place_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `event_places_place` ON `event_places` (`place_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`sphere_id` integer NOT NULL,
	`sphere_header` text NOT NULL,
	`title` text NOT NULL,
	`start_date` text,
	`end_date` text,
	`date_precision` text,
	`quarter_key` text,
	`remote` integer NOT NULL,
	`sme_count` integer,
	`participants_total` integer,
	`foreign_participants` integer,
	`audience` integer,
	`agreement_signed` integer NOT NULL,
	`format` text NOT NULL,
	`direction` text NOT NULL,
	`kind` text NOT NULL,
	`venues` text NOT NULL,
	`search_text` text NOT NULL,
	`source_text` text NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sphere_id`) REFERENCES `spheres`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_report_seq` ON `events` (`report_id`,`seq`);--> statement-breakpoint
CREATE INDEX `events_start_date` ON `events` (`start_date`);--> statement-breakpoint
CREATE INDEX `events_quarter` ON `events` (`quarter_key`);--> statement-breakpoint
CREATE INDEX `events_sphere` ON `events` (`sphere_id`);--> statement-breakpoint
CREATE TABLE `import_warnings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`event_id` integer,
	`code` text NOT NULL,
	`message` text NOT NULL,
	`location` text,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `import_warnings_report` ON `import_warnings` (`report_id`);--> statement-breakpoint
CREATE INDEX `import_warnings_event` ON `import_warnings` (`event_id`);--> statement-breakpoint
CREATE TABLE `places` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`country_code` text NOT NULL,
	`lat` real NOT NULL,
	`lon` real NOT NULL,
	`source` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `places_name_country` ON `places` (`name`,`country_code`);--> statement-breakpoint
CREATE TABLE `reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`period_key` text NOT NULL,
	`year` integer NOT NULL,
	`quarter` integer NOT NULL,
	`title` text NOT NULL,
	`source_file` text NOT NULL,
	`content_hash` text NOT NULL,
	`summary` text,
	`imported_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_period_key_unique` ON `reports` (`period_key`);--> statement-breakpoint
CREATE TABLE `spheres` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`short_label` text NOT NULL,
	`position` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `spheres_slug_unique` ON `spheres` (`slug`);