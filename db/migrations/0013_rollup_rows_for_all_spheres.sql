-- Rows under sphere_id 0 hold each (scope, quarter, country | region | place) summed over all spheres
-- (spheres start at 1; every event has exactly one): a figure without a sphere filter reads one row
-- per quarter instead of one per quarter and sphere (lib/import/refresh-rollups.ts keeps them).
-- Databases whose rollups were built before get them here; an empty rollup gets them when built.
CREATE INDEX `events_report_start` ON `events` (`report_id`,`start_date`);--> statement-breakpoint
CREATE INDEX `rollup_countries_scope_sphere` ON `rollup_countries` (`scope`,`sphere_id`,`quarter_key`);--> statement-breakpoint
CREATE INDEX `rollup_places_scope_sphere` ON `rollup_places` (`scope`,`sphere_id`,`quarter_key`);--> statement-breakpoint
CREATE INDEX `rollup_regions_scope_sphere` ON `rollup_regions` (`scope`,`sphere_id`,`quarter_key`);--> statement-breakpoint
INSERT INTO `rollup_countries` SELECT `scope`, `quarter_key`, 0, `country_code`, sum(`events`), sum(`sme_sum`), sum(`events_with_sme`), sum(`events_as_venue`) FROM `rollup_countries` WHERE `sphere_id` <> 0 GROUP BY `scope`, `quarter_key`, `country_code`;--> statement-breakpoint
INSERT INTO `rollup_regions` SELECT `scope`, `quarter_key`, 0, `region`, sum(`events`), sum(`sme_sum`) FROM `rollup_regions` WHERE `sphere_id` <> 0 GROUP BY `scope`, `quarter_key`, `region`;--> statement-breakpoint
INSERT INTO `rollup_places` SELECT `scope`, `quarter_key`, 0, `place_id`, sum(`events`) FROM `rollup_places` WHERE `sphere_id` <> 0 GROUP BY `scope`, `quarter_key`, `place_id`;
