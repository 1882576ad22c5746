ALTER TABLE `leads` ADD `path` text;--> statement-breakpoint
ALTER TABLE `leads` ADD `fallback` text;--> statement-breakpoint
-- Backfill: the same values LeadRows.add writes for new leads (record-lead.ts).
UPDATE `leads` SET
	`path` = (SELECT json_group_array(json_array(json_extract(`step`.`value`, '$.nodeId'), json_extract(`step`.`value`, '$.output'))) FROM json_each(`leads`.`trace`, '$.steps') AS `step`),
	`fallback` = CASE json_extract(`leads`.`distribution`, '$.outcome') WHEN 'fallback_rep' THEN 'rep' WHEN 'fallback_pool' THEN 'pool' END;--> statement-breakpoint
CREATE INDEX `leads_flow_report` ON `leads` (`flow_id`,`flow_version_id`,`experiment_id`,`arm`,`terminal_node_id`,`terminal_kind`,`fallback`,`owner_rep_id`,`path`,`received_at`,`status`,`assigned_at`,`accepted_at`,`first_touch_at`,`closed_at`,`value`,`reassign_count`,`org_id`);