CREATE TABLE `experiments` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`flow_id` text NOT NULL,
	`name` text NOT NULL,
	`arms` text NOT NULL,
	`status` text NOT NULL,
	`started_at` integer NOT NULL,
	`stopped_at` integer,
	`promoted_version_id` text,
	`created_by` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`flow_id`) REFERENCES `flows`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`promoted_version_id`) REFERENCES `flow_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `experiments_flow` ON `experiments` (`flow_id`,`started_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `experiments_one_running` ON `experiments` (`flow_id`) WHERE "experiments"."status" = 'running';--> statement-breakpoint
ALTER TABLE `leads` ADD `experiment_id` text REFERENCES experiments(id);--> statement-breakpoint
ALTER TABLE `leads` ADD `arm` text;--> statement-breakpoint
CREATE INDEX `leads_flow_received` ON `leads` (`flow_id`,`received_at`);--> statement-breakpoint
CREATE INDEX `leads_version_received` ON `leads` (`flow_version_id`,`received_at`);--> statement-breakpoint
CREATE INDEX `leads_experiment_arm` ON `leads` (`experiment_id`,`arm`,`received_at`) WHERE "leads"."experiment_id" is not null;--> statement-breakpoint
CREATE TRIGGER `experiments_insert_config_version` AFTER INSERT ON `experiments` BEGIN UPDATE `config_version` SET `version` = `version` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `experiments_update_config_version` AFTER UPDATE ON `experiments` BEGIN UPDATE `config_version` SET `version` = `version` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `experiments_delete_config_version` AFTER DELETE ON `experiments` BEGIN UPDATE `config_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
