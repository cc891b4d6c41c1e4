// RecordWriter: arXiv papers and authorships, and link evidence.
#include "store/json_text.hpp"
#include "store/record_writer.hpp"

#include "common/strings.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace scout::store {

namespace {

void bind_or_null(SQLite::Statement& statement, int index, const std::string& value)
{
  value.empty() ? statement.bind(index) : statement.bind(index, value);
}

}  // namespace

void RecordWriter::write_arxiv_paper(const model::ArxivPaperRecord& paper)
{
  SQLite::Statement upsert(m_db.sql(),
    "INSERT OR REPLACE INTO arxiv_papers (id, version, title, abstract, published_at, updated_at, primary_category,"
    " categories_json, comment, journal_ref, doi, links_json, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  int i = 1;
  upsert.bind(i++, paper.id);
  upsert.bind(i++, paper.version);
  upsert.bind(i++, paper.title);
  upsert.bind(i++, paper.abstract);
  bind_or_null(upsert, i++, paper.published_at);
  bind_or_null(upsert, i++, paper.updated_at);
  bind_or_null(upsert, i++, paper.primary_category);
  upsert.bind(i++, json_array(paper.categories));
  bind_or_null(upsert, i++, paper.comment);
  bind_or_null(upsert, i++, paper.journal_ref);
  bind_or_null(upsert, i++, paper.doi);
  upsert.bind(i++, json_pairs(paper.links));
  upsert.bind(i++, m_now);
  upsert.exec();  // REPLACE cascades to the old authorships, rewritten below

  SQLite::Statement insert(m_db.sql(),
    "INSERT OR REPLACE INTO arxiv_authorships (paper_id, position, account_id, author_name, affiliation)"
    " VALUES (?, ?, ?, ?, ?)");
  for (std::size_t position = 0; position < paper.authors.size(); ++position) {
    const model::ArxivAuthor& author = paper.authors[position];
    const std::int64_t id = account("arxiv", author.name, "author", author.name, NameSource::byline);
    if (id == 0) {
      continue;  // a suppressed author is left out of the author list
    }
    insert.bind(1, paper.id);
    insert.bind(2, static_cast<std::int64_t>(position));
    insert.bind(3, id);
    insert.bind(4, author.name);
    bind_or_null(insert, 5, author.affiliation);
    insert.exec();
    insert.reset();
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
    SQLite::Statement authors(m_db.sql(), "SELECT account_id FROM arxiv_authorships WHERE paper_id = ?");
    authors.bind(1, evidence.from_handle.substr(6));
    while (authors.executeStep()) {
      insert_evidence(authors.getColumn(0).getInt64(), to_id, evidence);
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
  SQLite::Statement insert(m_db.sql(),
    "INSERT INTO link_evidence (from_account_id, to_account_id, to_ref, kind, detail, confidence,"
    " source_url, created_at) VALUES (?, NULLIF(?, 0), ?, ?, ?, ?, NULLIF(?, ''), ?)"
    " ON CONFLICT (from_account_id, kind, detail, to_ref, coalesce(to_account_id, 0)) DO UPDATE SET"
    "  confidence = max(confidence, excluded.confidence),"
    "  source_url = coalesce(min(source_url, excluded.source_url), source_url, excluded.source_url)");
  insert.bind(1, from_id);
  insert.bind(2, to_id);
  insert.bind(3, evidence.to_ref);
  insert.bind(4, evidence.kind);
  insert.bind(5, evidence.detail);
  insert.bind(6, evidence.confidence);
  insert.bind(7, evidence.source_url);
  insert.bind(8, m_now);
  insert.exec();
}

}  // namespace scout::store
