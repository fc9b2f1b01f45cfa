-- Provenance beyond the input's name: the kind of source (file, url, feed, sitemap, warc), the
-- source itself, the record inside it (WARC record id, feed entry id), the HTTP status, and the
-- outlet's domain.
ALTER TABLE article ADD COLUMN origin_kind TEXT NOT NULL DEFAULT 'file';
ALTER TABLE article ADD COLUMN origin_location TEXT;
ALTER TABLE article ADD COLUMN origin_record TEXT;
ALTER TABLE article ADD COLUMN http_status INTEGER;
ALTER TABLE article ADD COLUMN domain TEXT;
UPDATE article SET origin_location = source WHERE origin_location IS NULL;
CREATE INDEX article_url ON article (url);
CREATE INDEX article_fetched_url ON article (fetched_url);

-- The managed list of sources (`currents sources`), with what happened the last time each was read,
-- so a failing source is visible and retried on the next poll.
CREATE TABLE source (
  location      TEXT PRIMARY KEY,
  added_at      TEXT NOT NULL,
  last_read_at  TEXT,
  last_status   TEXT,
  last_detail   TEXT
);

-- Validators of fetched URLs for conditional GET: a feed that has not changed costs one 304.
CREATE TABLE fetch_validator (
  url           TEXT PRIMARY KEY,
  etag          TEXT,
  last_modified TEXT,
  fetched_at    TEXT NOT NULL
);
