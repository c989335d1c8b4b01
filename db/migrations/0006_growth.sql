CREATE TABLE `reader_counts` (
	`name` text PRIMARY KEY NOT NULL,
	`n` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE `labels` ADD `published_post_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `posts_search_idx` ON `posts` (`id`,`status`,`kind`,`published_at`,`slug`);--> statement-breakpoint
-- Counts kept by triggers, so reader lists and the path gate read a number instead of counting
-- 100,000 rows (docs/scale.md). "Published" is what reader lists show: kind 'post', status 'published'.
-- A post's labels are counted when the post becomes or stops being published, and when a label is
-- added to or removed from a published post. Deleting a post: its post_labels rows are removed by
-- the foreign key's cascade after the post row is gone (so their trigger no longer sees a published
-- post), hence the labels are counted down BEFORE the post is deleted.
INSERT INTO `reader_counts` (`name`, `n`) SELECT 'published_posts', count(*) FROM `posts` WHERE `kind` = 'post' AND `status` = 'published';
--> statement-breakpoint
UPDATE `labels` SET `published_post_count` = (
  SELECT count(*) FROM `post_labels` JOIN `posts` ON `posts`.`id` = `post_labels`.`post_id`
  WHERE `post_labels`.`label_id` = `labels`.`id` AND `posts`.`kind` = 'post' AND `posts`.`status` = 'published'
);
--> statement-breakpoint
CREATE TRIGGER reader_counts_post_insert AFTER INSERT ON posts WHEN new.kind = 'post' AND new.status = 'published' BEGIN
  UPDATE reader_counts SET n = n + 1 WHERE name = 'published_posts';
END;
--> statement-breakpoint
CREATE TRIGGER reader_counts_post_delete BEFORE DELETE ON posts WHEN old.kind = 'post' AND old.status = 'published' BEGIN
  UPDATE reader_counts SET n = n - 1 WHERE name = 'published_posts';
  UPDATE labels SET published_post_count = published_post_count - 1 WHERE id IN (SELECT label_id FROM post_labels WHERE post_id = old.id);
END;
--> statement-breakpoint
CREATE TRIGGER reader_counts_post_update AFTER UPDATE OF kind, status ON posts
WHEN (old.kind = 'post' AND old.status = 'published') <> (new.kind = 'post' AND new.status = 'published') BEGIN
  UPDATE reader_counts SET n = n + (CASE WHEN new.kind = 'post' AND new.status = 'published' THEN 1 ELSE -1 END) WHERE name = 'published_posts';
  UPDATE labels SET published_post_count = published_post_count + (CASE WHEN new.kind = 'post' AND new.status = 'published' THEN 1 ELSE -1 END)
  WHERE id IN (SELECT label_id FROM post_labels WHERE post_id = new.id);
END;
--> statement-breakpoint
CREATE TRIGGER reader_counts_label_insert AFTER INSERT ON post_labels
WHEN EXISTS (SELECT 1 FROM posts WHERE id = new.post_id AND kind = 'post' AND status = 'published') BEGIN
  UPDATE labels SET published_post_count = published_post_count + 1 WHERE id = new.label_id;
END;
--> statement-breakpoint
CREATE TRIGGER reader_counts_label_delete AFTER DELETE ON post_labels
WHEN EXISTS (SELECT 1 FROM posts WHERE id = old.post_id AND kind = 'post' AND status = 'published') BEGIN
  UPDATE labels SET published_post_count = published_post_count - 1 WHERE id = old.label_id;
END;
--> statement-breakpoint
CREATE TRIGGER reader_counts_label_update AFTER UPDATE OF post_id, label_id ON post_labels BEGIN
  UPDATE labels SET published_post_count = published_post_count - 1
  WHERE id = old.label_id AND EXISTS (SELECT 1 FROM posts WHERE id = old.post_id AND kind = 'post' AND status = 'published');
  UPDATE labels SET published_post_count = published_post_count + 1
  WHERE id = new.label_id AND EXISTS (SELECT 1 FROM posts WHERE id = new.post_id AND kind = 'post' AND status = 'published');
END;
