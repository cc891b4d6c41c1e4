-- scout schema, migration 9: what each crawl task is about, as the source that made it
-- named it (model::TaskSubject), so nothing downstream parses a task's URL to find out.
-- kind is '' (unknown), 'account', 'repository', 'model', 'paper' or 'query'; value is a
-- login, "owner/name", a model id, an arXiv id (or a comma-separated id_list) or a query;
-- page is the 1-based page of a listing, 0 for a task that is not one.
-- Rows stored before this migration get kind '' here; the crawl fills them in from their
-- kind and URL (crawler/legacy_subject.cpp) before it plans or claims anything.
ALTER TABLE crawl_tasks ADD COLUMN subject_kind TEXT NOT NULL DEFAULT ''
  CHECK (subject_kind IN ('', 'account', 'repository', 'model', 'paper', 'query'));
ALTER TABLE crawl_tasks ADD COLUMN subject_value TEXT NOT NULL DEFAULT '';
ALTER TABLE crawl_tasks ADD COLUMN subject_page INTEGER NOT NULL DEFAULT 0;
CREATE INDEX crawl_tasks_without_subject ON crawl_tasks (id) WHERE subject_kind = '';
