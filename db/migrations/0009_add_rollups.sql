CREATE TABLE `rollup_countries` (
	`scope` text NOT NULL,
	`quarter_key` text NOT NULL,
	`sphere_id` integer NOT NULL,
	`country_code` text NOT NULL,
	`events` integer NOT NULL,
	`sme_sum` integer NOT NULL,
	`events_with_sme` integer NOT NULL,
	`events_as_venue` integer NOT NULL,
	PRIMARY KEY(`scope`, `quarter_key`, `sphere_id`, `country_code`)
);
--> statement-breakpoint
CREATE INDEX `rollup_countries_quarter` ON `rollup_countries` (`quarter_key`);--> statement-breakpoint
CREATE TABLE `rollup_events` (
	`scope` text NOT NULL,
	`quarter_key` text NOT NULL,
	`sphere_id` integer NOT NULL,
	`report_id` integer NOT NULL,
	`events` integer NOT NULL,
	`sme_sum` integer NOT NULL,
	`events_with_sme` integer NOT NULL,
	`foreign_sum` integer NOT NULL,
	`events_with_foreign` integer NOT NULL,
	`signed` integer NOT NULL,
	`abroad` integer NOT NULL,
	`in_region` integer NOT NULL,
	`remote` integer NOT NULL,
	`foreign_in_region_sum` integer NOT NULL,
	`events_with_foreign_in_region` integer NOT NULL,
	PRIMARY KEY(`scope`, `quarter_key`, `sphere_id`, `report_id`)
);
--> statement-breakpoint
CREATE INDEX `rollup_events_quarter` ON `rollup_events` (`quarter_key`);--> statement-breakpoint
CREATE TABLE `rollup_kinds` (
	`scope` text NOT NULL,
	`quarter_key` text NOT NULL,
	`sphere_id` integer NOT NULL,
	`kind` text NOT NULL,
	`events` integer NOT NULL,
	`sme_sum` integer NOT NULL,
	`events_with_sme` integer NOT NULL,
	PRIMARY KEY(`scope`, `quarter_key`, `sphere_id`, `kind`)
);
--> statement-breakpoint
CREATE INDEX `rollup_kinds_quarter` ON `rollup_kinds` (`quarter_key`);--> statement-breakpoint
CREATE TABLE `rollup_places` (
	`scope` text NOT NULL,
	`quarter_key` text NOT NULL,
	`sphere_id` integer NOT NULL,
	`place_id` integer NOT NULL,
	`events` integer NOT NULL,
	PRIMARY KEY(`scope`, `quarter_key`, `sphere_id`, `place_id`)
);
--> statement-breakpoint
CREATE INDEX `rollup_places_quarter` ON `rollup_places` (`quarter_key`);--> statement-breakpoint
CREATE TABLE `rollup_regions` (
	`scope` text NOT NULL,
	`quarter_key` text NOT NULL,
	`sphere_id` integer NOT NULL,
	`region` text NOT NULL,
	`events` integer NOT NULL,
	`sme_sum` integer NOT NULL,
	PRIMARY KEY(`scope`, `quarter_key`, `sphere_id`, `region`)
);
--> statement-breakpoint
CREATE INDEX `rollup_regions_quarter` ON `rollup_regions` (`quarter_key`);--> statement-breakpoint
CREATE INDEX `events_date_key` ON `events` (("start_date" is null),`start_date`);