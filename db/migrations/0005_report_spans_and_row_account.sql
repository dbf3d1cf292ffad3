ALTER TABLE `events` ADD `printed_no` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `period_kind` text DEFAULT 'quarter' NOT NULL;--> statement-breakpoint
ALTER TABLE `reports` ADD `period_start` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `period_end` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `row_account` text;--> statement-breakpoint
UPDATE `reports` SET `period_start` = printf('%04d-%02d-01', `year`, (`quarter` - 1) * 3 + 1), `period_end` = date(printf('%04d-%02d-01', `year`, (`quarter` - 1) * 3 + 1), '+3 months', '-1 day') WHERE `period_start` IS NULL AND `quarter` BETWEEN 1 AND 4;--> statement-breakpoint
UPDATE `events` SET `printed_no` = CAST(`seq` AS text) WHERE `printed_no` IS NULL;
