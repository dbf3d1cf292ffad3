CREATE TABLE `data_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	CONSTRAINT "data_version_single_row" CHECK("data_version"."id" = 1)
);
--> statement-breakpoint
DROP INDEX `event_countries_country`;--> statement-breakpoint
CREATE INDEX `event_countries_country_event` ON `event_countries` (`country_code`,`event_id`);--> statement-breakpoint
DROP INDEX `events_primary_start`;