-- scout schema, migration 6: which parser version derived the records from an archived
-- body. A 304 for a body the current parsers already read has nothing new to store, so
-- its records are not written again; NULL (bodies archived before this migration) means
-- unknown, and the next 304 or `crawl --reparse` writes them once and sets it.
ALTER TABLE raw_responses ADD COLUMN parser_version INTEGER;
