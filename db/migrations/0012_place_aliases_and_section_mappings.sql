CREATE TABLE `place_aliases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`text_key` text NOT NULL,
	`text` text NOT NULL,
	`name` text NOT NULL,
	`country_code` text NOT NULL,
	`lat` real NOT NULL,
	`lon` real NOT NULL,
	`reason` text NOT NULL,
	`username` text NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `place_aliases_text_key_unique` ON `place_aliases` (`text_key`);--> statement-breakpoint
CREATE TABLE `sphere_mappings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`header_key` text NOT NULL,
	`header` text NOT NULL,
	`sphere_slug` text NOT NULL,
	`sphere_name` text NOT NULL,
	`short_label` text NOT NULL,
	`reason` text NOT NULL,
	`username` text NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sphere_mappings_header_key_unique` ON `sphere_mappings` (`header_key`);