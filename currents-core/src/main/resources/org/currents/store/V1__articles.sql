-- Articles as extracted, with provenance. One row per distinct article: the id (given, or derived
-- from the URL) and the text hash are each unique, so re-ingesting the same input changes nothing.
CREATE TABLE article (
  id               TEXT PRIMARY KEY,
  seq              INTEGER NOT NULL UNIQUE,
  url              TEXT,
  title            TEXT,
  byline           TEXT,
  published_date   TEXT,
  published_time   TEXT,
  published_offset TEXT,
  published_source TEXT,
  site             TEXT,
  language         TEXT,
  image            TEXT,
  text             TEXT NOT NULL,
  source           TEXT NOT NULL,
  fetched_url      TEXT,
  fetched_at       TEXT NOT NULL,
  content_hash     TEXT NOT NULL UNIQUE
);

-- Inputs that failed, with the reason, so a run can be audited after the fact.
CREATE TABLE problem (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  input       TEXT NOT NULL,
  code        TEXT NOT NULL,
  detail      TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
