CREATE TABLE `imported_items` (
	`external_id` text PRIMARY KEY NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `imported_items_entity_idx` ON `imported_items` (`entity`,`entity_id`);--> statement-breakpoint
ALTER TABLE `posts` ADD `kind` text DEFAULT 'post' NOT NULL;--> statement-breakpoint
CREATE INDEX `posts_kind_status_published_idx` ON `posts` (`kind`,`status`,`published_at`);