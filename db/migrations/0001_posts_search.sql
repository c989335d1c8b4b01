-- Full-text index over posts (titles and plain-text bodies); search queries filter by status.
-- External-content table: the text lives in posts, and these triggers keep the index in sync
-- inside the same transaction as every write.
CREATE VIRTUAL TABLE posts_fts USING fts5(title, content_text, content='posts', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER posts_fts_after_insert AFTER INSERT ON posts BEGIN
  INSERT INTO posts_fts(rowid, title, content_text) VALUES (new.id, new.title, new.content_text);
END;
--> statement-breakpoint
CREATE TRIGGER posts_fts_after_delete AFTER DELETE ON posts BEGIN
  INSERT INTO posts_fts(posts_fts, rowid, title, content_text) VALUES ('delete', old.id, old.title, old.content_text);
END;
--> statement-breakpoint
CREATE TRIGGER posts_fts_after_update AFTER UPDATE OF title, content_text ON posts BEGIN
  INSERT INTO posts_fts(posts_fts, rowid, title, content_text) VALUES ('delete', old.id, old.title, old.content_text);
  INSERT INTO posts_fts(rowid, title, content_text) VALUES (new.id, new.title, new.content_text);
END;
