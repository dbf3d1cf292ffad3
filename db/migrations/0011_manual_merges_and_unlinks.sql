CREATE TABLE `event_merge_rows` (
	`merge_id` integer NOT NULL,
	`position` integer NOT NULL,
	`event_id` integer,
	`period_key` text NOT NULL,
	`seq` integer NOT NULL,
	`match_title` text NOT NULL,
	`match_start_date` text,
	`match_end_date` text,
	`winner` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`merge_id`, `position`),
	FOREIGN KEY (`merge_id`) REFERENCES `event_merges`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `event_merge_rows_event` ON `event_merge_rows` (`event_id`);--> statement-breakpoint
CREATE INDEX `event_merge_rows_period` ON `event_merge_rows` (`period_key`);--> statement-breakpoint
CREATE TABLE `event_merges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`reason` text NOT NULL,
	`username` text NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) NOT NULL,
	`state` text NOT NULL,
	`closed_by` text,
	`closed_at` text,
	`link_score` real,
	`link_reason` text
);
--> statement-breakpoint
CREATE INDEX `event_merges_state` ON `event_merges` (`state`);