#include "store/record_writer.hpp"

#include "common/clock.hpp"
#include "common/error.hpp"
#include "common/strings.hpp"
#include "store/json_text.hpp"
#include "store/record_writer_bind.hpp"
#include "store/suppressed_mentions.hpp"
#include "store/suppressions.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace scout::store {

namespace {

std::string collapse_spaces(const std::string& text)
{
  std::string out;
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\n') {
      if (!out.empty() && out.back() != ' ') {
        out += ' ';
      }
    } else {
      out += c;
    }
  }
  return std::string(trim(out));
}

// The SQL for the display_name an upsert leaves, given the stored one (display_name) and the
// record's (?4); see NameSource.
const char* display_name_rule(NameSource name_source)
{
  switch (name_source) {
  case NameSource::profile: return "NULLIF(?4, '')";
  case NameSource::byline:
    // Mixed case ("Ann Lee") beats one case ("ANN LEE"), then the smaller text wins: a total
    // order, so a set of bylines gives one name whatever order its papers come in. The row
    // values compare (mixed(new), stored) with (mixed(stored), new): the second column is the tie-break.
    return "CASE WHEN ?4 = '' THEN display_name WHEN display_name IS NULL"
           " OR (?4 NOT IN (lower(?4), upper(?4)), display_name)"
           "  > (display_name NOT IN (lower(display_name), upper(display_name)), ?4) THEN ?4 ELSE display_name END";
  case NameSource::mention: break;
  }
  return "coalesce(display_name, NULLIF(?4, ''))";
}

std::string account_upsert_sql(NameSource name_source)
{
  return std::string(
           "INSERT INTO accounts (source, handle, kind, display_name, first_seen_at, updated_at)"
           " VALUES (?1, ?2, coalesce(NULLIF(?3, ''), 'user'), NULLIF(?4, ''), ?5, ?5)"
           " ON CONFLICT (source, handle) DO UPDATE SET"
           "  kind = coalesce(NULLIF(?3, ''), kind), display_name = ")
         + display_name_rule(name_source) + ", updated_at = ?5";
}

// The account upsert's SQL per NameSource, built once: the statement cache is keyed by it.
const std::string& account_upsert(NameSource name_source)
{
  static const std::string profile = account_upsert_sql(NameSource::profile);
  static const std::string byline = account_upsert_sql(NameSource::byline);
  static const std::string mention = account_upsert_sql(NameSource::mention);
  return name_source == NameSource::profile ? profile : name_source == NameSource::byline ? byline : mention;
}

}  // namespace

std::string normalise_handle(const std::string& source, const std::string& handle)
{
  if (source == "github") {
    return to_lower(handle);
  }
  if (source == "arxiv") {
    return to_lower(collapse_spaces(handle));
  }
  return handle;
}

void RecordWriter::write(const model::RecordBatch& crawled, std::int64_t now_ms)
{
  m_now = format_iso8601_millis(now_ms);
  m_suppressed.clear();
  m_suppressed_handles.clear();
  // Links to a suppressed owner's repositories or models are left out, and so are their names.
  const std::optional<model::RecordBatch> redacted = without_suppressed_owners(m_db, crawled, m_suppressed_handles);
  const model::RecordBatch& batch = redacted ? *redacted : crawled;
  write_each("a GitHub profile to accounts, github_profiles", batch.github_users, &RecordWriter::write_github_user);
  write_each("a GitHub repository to accounts, github_repos", batch.github_repos, &RecordWriter::write_github_repo);
  write_each("a contribution to accounts, github_contributions", batch.github_contributions,
             &RecordWriter::write_contribution);
  write_each("a contributors list's limits to github_contributor_lists", batch.github_contributor_lists,
             &RecordWriter::write_contributor_list);
  write_each("contributor statistics to accounts, github_contributor_stats", batch.github_contributor_stats,
             &RecordWriter::write_contributor_stats);
  write_each("social accounts to accounts, github_social_accounts", batch.github_social_accounts,
             &RecordWriter::write_social_accounts);
  write_each("a Hugging Face profile to accounts, hf_profiles", batch.hf_authors, &RecordWriter::write_hf_author);
  write_each("a dataset to accounts, hf_datasets", batch.hf_datasets, &RecordWriter::write_hf_dataset);
  write_each("a Space to accounts, hf_spaces", batch.hf_spaces, &RecordWriter::write_hf_space);
  write_each("a model to accounts, hf_models, hf_model_tags", batch.hf_models, &RecordWriter::write_hf_model);
  write_each("a model card to hf_models", batch.hf_model_cards, &RecordWriter::write_hf_card);
  write_each("a paper page to hf_papers, hf_paper_authors", batch.hf_papers, &RecordWriter::write_hf_paper);
  write_each("a paper to accounts, arxiv_papers, arxiv_authorships", batch.arxiv_papers,
             &RecordWriter::write_arxiv_paper);
  write_each("link evidence to accounts, link_evidence", batch.evidence, &RecordWriter::write_evidence);
}

// Writes each record, naming what and which tables in the error when SQLite refuses one.
template<class Record>
void RecordWriter::write_each(const char* what, const std::vector<Record>& records,
                              void (RecordWriter::*write_one)(const Record&))
{
  try {
    for (const Record& record : records) {
      (this->*write_one)(record);
    }
  } catch (const SQLite::Exception& e) {
    throw Error(m_db.path() + ": cannot write " + what + ": " + e.what());
  }
}

bool RecordWriter::suppressed(const std::string& source, const std::string& handle)
{
  const std::string key = source + "|" + handle;
  if (const auto found = m_suppressed.find(key); found != m_suppressed.end()) {
    return found->second;
  }
  const bool listed = is_suppressed(m_db, source, handle);  // a salted hash lookup
  if (listed) {
    m_suppressed_handles.push_back(to_lower(handle));
  }
  m_suppressed[key] = listed;
  return listed;
}

std::int64_t RecordWriter::account(const std::string& source, const std::string& raw_handle, const std::string& kind,
                                   const std::string& display_name, NameSource name_source)
{
  const std::string handle = normalise_handle(source, raw_handle);
  if (handle.empty() || suppressed(source, handle)) {
    return 0;
  }
  {
    CachedStatement upsert = m_db.statement(account_upsert(name_source));
    binding::text(*upsert, 1, source);
    binding::text(*upsert, 2, handle);
    binding::text(*upsert, 3, kind);
    binding::text(*upsert, 4, display_name);
    binding::text(*upsert, 5, m_now);
    upsert->exec();
  }
  // Not RETURNING id: SQLite gathers RETURNING rows in a temporary b-tree it opens and
  // closes on every run, which cost more than the upsert; the unique index finds the id.
  CachedStatement id = m_db.statement("SELECT id FROM accounts WHERE source = ? AND handle = ?");
  binding::text(*id, 1, source);
  binding::text(*id, 2, handle);
  id->executeStep();
  return id->getColumn(0).getInt64();
}

}  // namespace scout::store
