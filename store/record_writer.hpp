#pragma once

#include "model/records.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace scout::store {

// What a record knows about an account's display name, which decides whether it may replace
// the stored one. A profile (the account's own page: GitHub /users/{login}, a Hub overview) is
// the authority and always does; a mention (a contributors row, a repository owner, a model
// author, evidence) only fills a name that is absent; a byline (a name printed on an arXiv
// paper) competes with the other bylines by a fixed order. So the same records leave the same
// names in whatever order they are written.
enum class NameSource { mention, byline, profile };

// Upserts parsed records into the source tables, inside the caller's transaction (the one
// that marks their task done). Idempotent: writing the same batch twice leaves the same rows.
// Order-independent: a less informative record never overwrites a more informative one, so
// the same batches written in any order leave the same rows (bar ids and write times).
// Accounts on the suppression list are skipped, with everything that would point at them.
class RecordWriter {
public:
  explicit RecordWriter(Database& db) : m_db(db) {}

  void write(const model::RecordBatch& batch, std::int64_t now_ms);

  // The handles (as stored) the last write() left out because they are suppressed, so the
  // caller can keep them out of the archived response too.
  const std::vector<std::string>& suppressed_handles() const { return m_suppressed_handles; }

  // The account id for (source, handle), creating the account when absent; 0 when the
  // account is suppressed. `kind` is applied only when given (a repo owner's kind is unknown);
  // `display_name` as `name_source` allows (see NameSource).
  std::int64_t account(const std::string& source, const std::string& handle, const std::string& kind = "",
                       const std::string& display_name = "", NameSource name_source = NameSource::mention);

private:
  template<class Record>
  void write_each(const char* what, const std::vector<Record>& records, void (RecordWriter::*write_one)(const Record&));
  void write_github_user(const model::GithubUserRecord& user);
  void write_github_repo(const model::GithubRepoRecord& repo);
  void write_contribution(const model::GithubContributionRecord& contribution);
  void write_contributor_list(const model::GithubContributorListRecord& list);
  void write_contributor_stats(const model::GithubContributorStatsRecord& stats);
  void write_social_accounts(const model::GithubSocialAccountsRecord& social);
  void write_hf_author(const model::HfAuthorRecord& author);
  void write_hf_dataset(const model::HfDatasetRecord& dataset);
  void write_hf_space(const model::HfSpaceRecord& space);
  void write_hf_model(const model::HfModelRecord& model);
  void write_hf_model_tags(const model::HfModelRecord& model);
  void write_hf_base_models(const model::HfModelRecord& model);
  void write_hf_card(const model::HfModelCardRecord& card);
  void write_hf_paper(const model::HfPaperRecord& paper);
  void write_arxiv_paper(const model::ArxivPaperRecord& paper);
  void write_evidence(const model::LinkEvidenceRecord& evidence);
  void insert_evidence(std::int64_t from_id, std::int64_t to_id, const model::LinkEvidenceRecord& evidence);
  bool suppressed(const std::string& source, const std::string& handle);

  Database& m_db;
  std::string m_now;
  std::map<std::string, bool> m_suppressed;  // "source|handle" -> on the list (per write)
  std::vector<std::string> m_suppressed_handles;
};

// The handle under which an account is stored: GitHub logins lower-cased (they are
// case-insensitive), arXiv author names lower-cased with single spaces, HF names as given.
std::string normalise_handle(const std::string& source, const std::string& handle);

}  // namespace scout::store
