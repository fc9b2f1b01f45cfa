-- Sources in the order they were added, kept in a column: SQLite's rowid, which gave that order
-- before, does not exist on other SQL stores. Sources listed before this version keep the order
-- of their addition times.
ALTER TABLE source ADD COLUMN seq INTEGER;
UPDATE source SET seq = (
  SELECT COUNT(*) FROM source AS earlier
  WHERE earlier.added_at < source.added_at
     OR (earlier.added_at = source.added_at AND earlier.location <= source.location));
