// The store benchmark's yardstick: the same records upserted by a plain loop over SQLite's C
// API (statements prepared once, text bound without copies, one transaction per batch of
// answers), into scout's own tables and indexes. An account's id is read back by its unique
// key rather than with RETURNING, which costs SQLite a temporary b-tree per statement. No suppression checks, name
// rules or normalisation: what SQLite itself costs for rows of this shape.
#include "bench/store_bench_raw.hpp"

#include <sqlite3.h>

#include <array>
#include <chrono>
#include <stdexcept>
#include <string>

namespace scout::bench {

namespace {

enum Sql {
  account,
  account_id,
  profile,
  repo,
  contribution,
  model,
  clear_tags,
  tag,
  paper,
  authorship,
  evidence,
  k_count
};

constexpr std::array<const char*, k_count> k_sql = {
  "INSERT INTO accounts (source, handle, kind, display_name, first_seen_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)"
  " ON CONFLICT (source, handle) DO UPDATE SET display_name = coalesce(excluded.display_name, display_name),"
  " updated_at = ?5",
  "SELECT id FROM accounts WHERE source = ? AND handle = ?",
  "INSERT OR REPLACE INTO github_profiles (account_id, github_id, name, company, blog, location, bio, twitter_username,"
  " email, followers, public_repos, created_at, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  "INSERT OR REPLACE INTO github_repos (id, full_name, owner_account_id, name, description, stargazers_count,"
  " forks_count, language, license, topics_json, created_at, pushed_at, fetched_at)"
  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  "INSERT OR REPLACE INTO github_contributions (repo_full_name, account_id, contributions, fetched_at) VALUES (?, ?, "
  "?, ?)",
  "INSERT INTO hf_models (id, author_account_id, sha, downloads, likes, pipeline_tag, library_name, created_at,"
  " last_modified, fetched_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (id) DO UPDATE SET"
  " author_account_id = ?2, sha = ?3, downloads = ?4, likes = ?5, pipeline_tag = ?6, library_name = ?7,"
  " created_at = ?8, last_modified = ?9, fetched_at = ?10",
  "DELETE FROM hf_model_tags WHERE model_id = ?",
  "INSERT OR IGNORE INTO hf_model_tags (model_id, kind, value) VALUES (?, ?, ?)",
  "INSERT OR REPLACE INTO arxiv_papers (id, version, title, abstract, published_at, updated_at, primary_category,"
  " fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  "INSERT OR REPLACE INTO arxiv_authorships (paper_id, position, account_id, author_name, affiliation)"
  " VALUES (?, ?, ?, ?, ?)",
  "INSERT INTO link_evidence (from_account_id, to_ref, kind, detail, confidence, source_url, created_at)"
  " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (from_account_id, kind, detail, to_ref, coalesce(to_account_id, 0))"
  " DO UPDATE SET confidence = max(confidence, excluded.confidence)",
};

constexpr const char* k_now = "2026-12-01T00:00:00.000Z";

class Raw {
public:
  explicit Raw(const std::string& path, int cache_mb)
  {
    if (sqlite3_open(path.c_str(), &m_db) != SQLITE_OK) {
      throw std::runtime_error("raw: cannot open " + path);
    }
    exec("PRAGMA journal_mode = WAL");
    exec("PRAGMA synchronous = NORMAL");
    exec("PRAGMA foreign_keys = ON");
    exec("PRAGMA cache_size = " + std::to_string(-cache_mb * 1024));
    for (int i = 0; i < k_count; ++i) {
      if (sqlite3_prepare_v2(m_db, k_sql[i], -1, &m_statements[i], nullptr) != SQLITE_OK) {
        throw std::runtime_error(std::string("raw: ") + sqlite3_errmsg(m_db));
      }
    }
  }
  ~Raw()
  {
    for (sqlite3_stmt* statement : m_statements) {
      sqlite3_finalize(statement);
    }
    sqlite3_close(m_db);
  }

  void exec(const std::string& sql) { sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, nullptr); }

  // Binds each value in order (std::string as text without copying, numbers as integers).
  template<class... Values>
  sqlite3_stmt* bound(Sql which, const Values&... values)
  {
    sqlite3_stmt* statement = m_statements[which];
    sqlite3_reset(statement);
    int index = 1;
    (bind(statement, index++, values), ...);
    return statement;
  }

  void run(Sql which, const auto&... values) { step(bound(which, values...)); }

  std::int64_t account(const char* source, const std::string& handle, const char* kind, const std::string& name)
  {
    run(Sql::account, source, handle, kind, name, k_now);
    sqlite3_stmt* statement = bound(Sql::account_id, source, handle);
    step(statement);
    return sqlite3_column_int64(statement, 0);
  }

private:
  static void bind(sqlite3_stmt* s, int i, const std::string& v)
  {
    sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
  }
  static void bind(sqlite3_stmt* s, int i, const char* v) { sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC); }
  static void bind(sqlite3_stmt* s, int i, std::int64_t v) { sqlite3_bind_int64(s, i, v); }
  static void bind(sqlite3_stmt* s, int i, double v) { sqlite3_bind_double(s, i, v); }

  void step(sqlite3_stmt* statement)
  {
    const int rc = sqlite3_step(statement);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
      throw std::runtime_error(std::string("raw: ") + sqlite3_errmsg(m_db));
    }
  }

  sqlite3* m_db = nullptr;
  std::array<sqlite3_stmt*, k_count> m_statements{};
};

void write_github(Raw& raw, const model::RecordBatch& batch)
{
  for (const auto& u : batch.github_users) {
    const std::int64_t id = raw.account("github", u.login, "user", u.name);
    if (u.full) {
      raw.run(Sql::profile, id, u.github_id, u.name, u.company, u.blog, u.location, u.bio, u.twitter_username, u.email,
              u.followers.value_or(0), u.public_repos.value_or(0), u.created_at, k_now);
    }
  }
  for (const auto& r : batch.github_repos) {
    const std::int64_t owner = raw.account("github", r.owner_login, "user", "");
    raw.run(Sql::repo, r.id, r.full_name, owner, r.name, r.description, r.stargazers_count, r.forks_count, r.language,
            r.license, "[]", r.created_at, r.pushed_at, k_now);
  }
  for (const auto& c : batch.github_contributions) {
    raw.run(Sql::contribution, c.repo_full_name, raw.account("github", c.login, "user", ""), c.contributions, k_now);
  }
}

void write_others(Raw& raw, const model::RecordBatch& batch)
{
  for (const auto& m : batch.hf_models) {
    const std::int64_t author = raw.account("huggingface", m.author, "user", "");
    raw.run(Sql::model, m.id, author, m.sha, m.downloads, m.likes, m.pipeline_tag, m.library_name, m.created_at,
            m.last_modified, k_now);
    raw.run(Sql::clear_tags, m.id);
    for (const auto& [kind, value] : m.tags) {
      raw.run(Sql::tag, m.id, kind, value);
    }
  }
  for (const auto& p : batch.arxiv_papers) {
    raw.run(Sql::paper, p.id, std::int64_t{p.version}, p.title, p.abstract, p.published_at, p.updated_at,
            p.primary_category, k_now);
    for (std::size_t i = 0; i < p.authors.size(); ++i) {
      const std::int64_t id = raw.account("arxiv", p.authors[i].name, "author", p.authors[i].name);
      raw.run(Sql::authorship, p.id, static_cast<std::int64_t>(i), id, p.authors[i].name, p.authors[i].affiliation);
    }
  }
  for (const auto& e : batch.evidence) {
    const std::int64_t from = raw.account(e.from_source.c_str(), e.from_handle, "user", "");
    raw.run(Sql::evidence, from, e.to_ref, e.kind, e.detail, e.confidence, e.source_url, k_now);
  }
}

}  // namespace

double raw_upserts(const std::string& path, const std::vector<model::RecordBatch>& batches, std::size_t per_transaction,
                   int cache_mb)
{
  Raw raw(path, cache_mb);
  const auto start = std::chrono::steady_clock::now();
  for (std::size_t i = 0; i < batches.size(); ++i) {
    if (i % per_transaction == 0) {
      raw.exec(i == 0 ? "BEGIN" : "COMMIT; BEGIN");
    }
    write_github(raw, batches[i]);
    write_others(raw, batches[i]);
  }
  raw.exec("COMMIT");
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace scout::bench
