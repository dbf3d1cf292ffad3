CREATE TABLE `corrections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer,
	`period_key` text NOT NULL,
	`seq` integer NOT NULL,
	`match_title` text NOT NULL,
	`match_start_date` text,
	`match_end_date` text,
	`field` text NOT NULL,
	`parsed_value` text,
	`value` text,
	`reason` text NOT NULL,
	`username` text NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) NOT NULL,
	`state` text NOT NULL,
	`closed_by` text,
	`closed_at` text,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `corrections_event` ON `corrections` (`event_id`);--> statement-breakpoint
CREATE INDEX `corrections_period` ON `corrections` (`period_key`,`state`);--> statement-breakpoint
ALTER TABLE `audit_log` ADD `detail` text;--> statement-breakpoint
ALTER TABLE `events` ADD `excluded` integer DEFAULT false NOT NULL;