CREATE TABLE `event_matches` (
	`event_id` integer NOT NULL,
	`other_id` integer NOT NULL,
	`kind` text NOT NULL,
	`score` real NOT NULL,
	`reason` text NOT NULL,
	PRIMARY KEY(`event_id`, `other_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`other_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_matches_other` ON `event_matches` (`other_id`);--> statement-breakpoint
ALTER TABLE `events` ADD `is_primary` integer DEFAULT true NOT NULL;--> statement-breakpoint
CREATE INDEX `events_primary_start` ON `events` (`is_primary`,`start_date`);