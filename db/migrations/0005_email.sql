CREATE TABLE `mail_queue` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`message_id` text NOT NULL,
	`to_address` text NOT NULL,
	`kind` text NOT NULL,
	`about_comment_id` integer,
	`subject` text NOT NULL,
	`text` text NOT NULL,
	`html` text NOT NULL,
	`headers` text DEFAULT '{}' NOT NULL,
	`status` text DEFAULT 'queued' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`lease_id` text,
	`lease_until` integer,
	`last_error` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`sent_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mail_queue_message_id_unique` ON `mail_queue` (`message_id`);--> statement-breakpoint
CREATE INDEX `mail_queue_due_idx` ON `mail_queue` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `mail_queue_to_idx` ON `mail_queue` (`to_address`,`created_at`);--> statement-breakpoint
CREATE TABLE `mail_subscribers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`confirmed_at` integer,
	`unsubscribed_at` integer,
	`confirmation_sent_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mail_subscribers_email_unique` ON `mail_subscribers` (`email`);--> statement-breakpoint
CREATE TABLE `mail_subscriptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`subscriber_id` integer NOT NULL,
	`post_id` integer NOT NULL,
	`comment_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`subscriber_id`) REFERENCES `mail_subscribers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`comment_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `mail_subscriptions_comment_idx` ON `mail_subscriptions` (`comment_id`);--> statement-breakpoint
CREATE INDEX `mail_subscriptions_post_idx` ON `mail_subscriptions` (`post_id`,`comment_id`);--> statement-breakpoint
CREATE INDEX `mail_subscriptions_subscriber_idx` ON `mail_subscriptions` (`subscriber_id`);