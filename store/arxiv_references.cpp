#include "store/arxiv_references.hpp"

#include "common/error.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace scout::store {

std::vector<std::string> unfetched_arxiv_ids(Database& db)
{
  std::vector<std::string> ids;
  try {
    SQLite::Statement query(
      db.sql(),
      "SELECT id FROM (SELECT substr(to_ref, 7) AS id FROM link_evidence WHERE to_ref LIKE 'arxiv:%'"
      "                UNION SELECT value FROM hf_model_tags WHERE kind = 'arxiv')"
      " WHERE id <> '' AND id NOT IN (SELECT id FROM arxiv_papers) ORDER BY id");
    while (query.executeStep()) {
      ids.push_back(query.getColumn(0).getString());
    }
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": cannot list referenced arXiv ids: " + e.what());
  }
  return ids;
}

std::vector<std::string> paper_page_ids(Database& db)
{
  std::vector<std::string> ids;
  try {
    SQLite::Statement query(db.sql(),
                            "SELECT id FROM arxiv_papers UNION SELECT value FROM hf_model_tags WHERE kind = 'arxiv'"
                            " AND value <> '' ORDER BY 1");
    while (query.executeStep()) {
      ids.push_back(query.getColumn(0).getString());
    }
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": cannot list stored arXiv papers: " + e.what());
  }
  return ids;
}

}  // namespace scout::store
