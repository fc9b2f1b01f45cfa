-- The events of the latest build, so that the next build can tell which events merged, split or
-- moved, and keep their old pages resolving.
CREATE TABLE event (
  id   TEXT PRIMARY KEY,
  path TEXT NOT NULL
);

CREATE TABLE event_article (
  event_id   TEXT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  article_id TEXT NOT NULL,
  PRIMARY KEY (event_id, article_id)
);

-- Every change of an event's id or page, oldest first; never deleted.
CREATE TABLE event_move (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  old_id      TEXT NOT NULL,
  old_path    TEXT NOT NULL,
  new_id      TEXT NOT NULL,
  kind        TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
