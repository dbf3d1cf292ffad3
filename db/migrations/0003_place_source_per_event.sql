-- The resolution source belongs to an event's place cell, not to the shared place row.
-- Backfilled from the place row, so databases imported before this migration keep their values.
ALTER TABLE `event_places` ADD `source` text DEFAULT 'gazetteer' NOT NULL;--> statement-breakpoint
UPDATE `event_places` SET `source` = (SELECT `source` FROM `places` WHERE `places`.`id` = `event_places`.`place_id`);--> statement-breakpoint
ALTER TABLE `places` DROP COLUMN `source`;
