// RecordWriter: arXiv papers and authorships, and link evidence.
#include "common/strings.hpp"
#include "store/json_text.hpp"
#include "store/record_writer.hpp"
#include "store/record_writer_bind.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace scout::store {

namespace {

}  // namespace

void RecordWriter::write_arxiv_paper(const model::ArxivPaperRecord& paper)
{
  CachedStatement upsert = m_db.statement(
    "INSERT OR REPLACE INTO arxiv_papers (id, version, title, abstract, published_at, updated_at, primary_category,"
    " categories_json, comment, journal_ref, doi, links_json, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "?)");
  int i = 1;
  binding::text(*upsert, i++, paper.id);
  upsert->bind(i++, paper.version);
  binding::text(*upsert, i++, paper.title);
  binding::text(*upsert, i++, paper.abstract);
  binding::text_or_null(*upsert, i++, paper.published_at);
  binding::text_or_null(*upsert, i++, paper.updated_at);
  binding::text_or_null(*upsert, i++, paper.primary_category);
  upsert->bind(i++, json_array(paper.categories));
  binding::text_or_null(*upsert, i++, paper.comment);
  binding::text_or_null(*upsert, i++, paper.journal_ref);
  binding::text_or_null(*upsert, i++, paper.doi);
  upsert->bind(i++, json_pairs(paper.links));
  binding::text(*upsert, i++, m_now);
  upsert->exec();  // REPLACE cascades to the old authorships, rewritten below

  CachedStatement insert = m_db.statement(
    "INSERT OR REPLACE INTO arxiv_authorships (paper_id, position, account_id, author_name, affiliation)"
    " VALUES (?, ?, ?, ?, ?)");
  for (std::size_t position = 0; position < paper.authors.size(); ++position) {
    const model::ArxivAuthor& author = paper.authors[position];
    const std::int64_t id = account("arxiv", author.name, "author", author.name, NameSource::byline);
    if (id == 0) {
      continue;  // a suppressed author is left out of the author list
    }
    binding::text(*insert, 1, paper.id);
    insert->bind(2, static_cast<std::int64_t>(position));
    insert->bind(3, id);
    binding::text(*insert, 4, author.name);
    binding::text_or_null(*insert, 5, author.affiliation);
    insert->exec();
    insert->reset();
  }
}

// Evidence from "paper:<id>" belongs to each of the paper's authors.
void RecordWriter::write_evidence(const model::LinkEvidenceRecord& evidence)
{
  std::int64_t to_id = 0;
  if (!evidence.to_source.empty() && !evidence.to_handle.empty()) {
    to_id = account(evidence.to_source, evidence.to_handle);
    if (to_id == 0) {
      return;
    }
  }
  if (evidence.from_source == "arxiv" && starts_with(evidence.from_handle, "paper:")) {
    CachedStatement authors = m_db.statement("SELECT account_id FROM arxiv_authorships WHERE paper_id = ?");
    authors->bind(1, evidence.from_handle.substr(6));
    while (authors->executeStep()) {
      insert_evidence(authors->getColumn(0).getInt64(), to_id, evidence);
    }
    return;
  }
  const std::int64_t from_id = account(evidence.from_source, evidence.from_handle);
  if (from_id != 0) {
    insert_evidence(from_id, to_id, evidence);
  }
}

// The same evidence seen twice (one link in two READMEs, one model on two list pages) is one
// row that keeps the strongest confidence and the smallest source URL: first-seen would make
// the row depend on crawl order. min() is NULL when either URL is, hence the coalesce.
void RecordWriter::insert_evidence(std::int64_t from_id, std::int64_t to_id, const model::LinkEvidenceRecord& evidence)
{
  CachedStatement insert = m_db.statement(
    "INSERT INTO link_evidence (from_account_id, to_account_id, to_ref, kind, detail, confidence,"
    " source_url, created_at) VALUES (?, NULLIF(?, 0), ?, ?, ?, ?, NULLIF(?, ''), ?)"
    " ON CONFLICT (from_account_id, kind, detail, to_ref, coalesce(to_account_id, 0)) DO UPDATE SET"
    "  confidence = max(confidence, excluded.confidence),"
    "  source_url = coalesce(min(source_url, excluded.source_url), source_url, excluded.source_url)");
  insert->bind(1, from_id);
  insert->bind(2, to_id);
  binding::text(*insert, 3, evidence.to_ref);
  binding::text(*insert, 4, evidence.kind);
  binding::text(*insert, 5, evidence.detail);
  insert->bind(6, evidence.confidence);
  binding::text(*insert, 7, evidence.source_url);
  binding::text(*insert, 8, m_now);
  insert->exec();
}

}  // namespace scout::store
