CREATE TABLE `config_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 0 NOT NULL
);--> statement-breakpoint
INSERT INTO `config_version` (`id`, `version`) VALUES (1, 0);--> statement-breakpoint
CREATE TRIGGER `teams_insert_config_version` AFTER INSERT ON `teams` BEGIN UPDATE `config_version` SET `version` = `version` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `teams_update_config_version` AFTER UPDATE ON `teams` BEGIN UPDATE `config_version` SET `version` = `version` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `teams_delete_config_version` AFTER DELETE ON `teams` BEGIN UPDATE `config_version` SET `version` = `version` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `team_members_insert_config_version` AFTER INSERT ON `team_members` BEGIN UPDATE `config_version` SET `version` = `version` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `team_members_update_config_version` AFTER UPDATE ON `team_members` BEGIN UPDATE `config_version` SET `version` = `version` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `team_members_delete_config_version` AFTER DELETE ON `team_members` BEGIN UPDATE `config_version` SET `version` = `version` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `reps_insert_config_version` AFTER INSERT ON `reps` BEGIN UPDATE `config_version` SET `version` = `version` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `reps_update_config_version` AFTER UPDATE ON `reps` BEGIN UPDATE `config_version` SET `version` = `version` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `reps_delete_config_version` AFTER DELETE ON `reps` BEGIN UPDATE `config_version` SET `version` = `version` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `flows_insert_config_version` AFTER INSERT ON `flows` BEGIN UPDATE `config_version` SET `version` = `version` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `flows_update_config_version` AFTER UPDATE ON `flows` BEGIN UPDATE `config_version` SET `version` = `version` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `flows_delete_config_version` AFTER DELETE ON `flows` BEGIN UPDATE `config_version` SET `version` = `version` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `sources_insert_config_version` AFTER INSERT ON `sources` BEGIN UPDATE `config_version` SET `version` = `version` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `sources_update_config_version` AFTER UPDATE ON `sources` BEGIN UPDATE `config_version` SET `version` = `version` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `sources_delete_config_version` AFTER DELETE ON `sources` BEGIN UPDATE `config_version` SET `version` = `version` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `webhook_endpoints_insert_config_version` AFTER INSERT ON `webhook_endpoints` BEGIN UPDATE `config_version` SET `version` = `version` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `webhook_endpoints_update_config_version` AFTER UPDATE ON `webhook_endpoints` BEGIN UPDATE `config_version` SET `version` = `version` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `webhook_endpoints_delete_config_version` AFTER DELETE ON `webhook_endpoints` BEGIN UPDATE `config_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
