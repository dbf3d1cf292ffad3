ALTER TABLE `events` ADD `status` text DEFAULT 'held' NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `delegation_size` integer;