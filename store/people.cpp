#include "store/people.hpp"

#include "common/clock.hpp"
#include "common/error.hpp"
#include "store/record_writer.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <unordered_map>
#include <utility>
#include <vector>

namespace scout::store {

namespace {

linker::Source source_from(const std::string& name)
{
  if (name == "huggingface") {
    return linker::Source::huggingface;
  }
  return name == "arxiv" ? linker::Source::arxiv : linker::Source::github;
}

void read_accounts(SQLite::Database& db, linker::LinkInput& input)
{
  // The display name the crawler stored, else the profile's own name field.
  SQLite::Statement query(db,
                          "SELECT a.id, a.source, a.handle, a.kind, coalesce(a.display_name, g.name, h.fullname, '')"
                          " FROM accounts a LEFT JOIN github_profiles g ON g.account_id = a.id"
                          " LEFT JOIN hf_profiles h ON h.account_id = a.id ORDER BY a.id");
  while (query.executeStep()) {
    const std::string kind = query.getColumn(3).getString();
    input.accounts.push_back({query.getColumn(0).getInt64(), source_from(query.getColumn(1).getString()),
                              query.getColumn(2).getString(), query.getColumn(4).getString(),
                              kind != "org" && kind != "bot"});
  }
}

void read_evidence(SQLite::Database& db, linker::LinkInput& input)
{
  SQLite::Statement query(db,
                          "SELECT id, from_account_id, coalesce(to_account_id, 0), to_ref, kind,"
                          " CASE kind WHEN 'hf_paper_claim' THEN detail ELSE '' END FROM link_evidence ORDER BY id");
  while (query.executeStep()) {
    input.evidence.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getInt64(),
                              query.getColumn(2).getInt64(), query.getColumn(3).getString(),
                              query.getColumn(4).getString(), query.getColumn(5).getString()});
  }
}

void read_papers(SQLite::Database& db, linker::LinkInput& input)
{
  SQLite::Statement authors(
    db, "SELECT paper_id, account_id, author_name FROM arxiv_authorships ORDER BY paper_id, position");
  while (authors.executeStep()) {
    input.authorships.push_back(
      {authors.getColumn(0).getString(), authors.getColumn(1).getInt64(), authors.getColumn(2).getString()});
  }
  SQLite::Statement contributors(
    db, "SELECT lower(repo_full_name), count(*) FROM github_contributions GROUP BY lower(repo_full_name)");
  while (contributors.executeStep()) {
    input.contributors.push_back({contributors.getColumn(0).getString(), contributors.getColumn(1).getInt()});
  }
}

// Step 1 (foreign keys on, so their scores and other dependants cascade): people who are
// no longer anyone's, i.e. whose id the new result does not have.
void delete_gone_people(SQLite::Database& db, const linker::LinkResult& result)
{
  db.exec("CREATE TEMP TABLE IF NOT EXISTS linked_people (id INTEGER PRIMARY KEY)");
  db.exec("DELETE FROM temp.linked_people");
  SQLite::Statement keep(db, "INSERT INTO temp.linked_people (id) VALUES (?)");
  for (const linker::Person& each : result.people) {
    keep.bind(1, each.id);
    keep.exec();
    keep.reset();
  }
  db.exec("DELETE FROM people WHERE id NOT IN (SELECT id FROM temp.linked_people)");
}

void write_person_rows(SQLite::Database& db, const linker::LinkResult& result, const std::string& now)
{
  db.exec("DELETE FROM person_accounts");
  SQLite::Statement person(
    db,
    "INSERT INTO people (id, display_name, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)"
    " ON CONFLICT (id) DO UPDATE SET display_name = ?2, updated_at = ?3 WHERE display_name <> ?2");
  // (account, person), in account order: person_accounts is keyed by account, and appending
  // in key order is much cheaper than inserting at random places.
  std::vector<std::pair<std::int64_t, std::int64_t>> members;
  for (const linker::Person& each : result.people) {
    person.bind(1, each.id);
    person.bind(2, each.display_name);
    person.bind(3, now);
    person.exec();
    person.reset();
    for (const std::int64_t account : each.accounts) {
      members.emplace_back(account, each.id);
    }
  }
  std::sort(members.begin(), members.end());
  std::unordered_map<std::int64_t, const std::string*> name_keys;
  for (const linker::NameKey& key : result.name_keys) {
    name_keys.emplace(key.account, &key.key);
  }
  SQLite::Statement member(db, "INSERT INTO person_accounts (account_id, person_id, name_key) VALUES (?, ?, ?)");
  for (const auto& [account, person_id] : members) {
    const auto key = name_keys.find(account);
    member.bind(1, account);
    member.bind(2, person_id);
    member.bind(3, key == name_keys.end() ? std::string() : *key->second);
    member.exec();
    member.reset();
  }
}

// The run itself, in the transaction that rewrote person_accounts: the ranking cache's
// key reads who is whom from the latest run's id (migration 16).
void record_link_run(SQLite::Database& db, const linker::LinkResult& result, const std::string& now)
{
  std::int64_t accounts = 0;
  for (const linker::Person& each : result.people) {
    accounts += static_cast<std::int64_t>(each.accounts.size());
  }
  SQLite::Statement run(db, "INSERT INTO link_runs (linked_at, people, accounts) VALUES (?, ?, ?)");
  run.bind(1, now);
  run.bind(2, static_cast<std::int64_t>(result.people.size()));
  run.bind(3, accounts);
  run.exec();
}

// The secondary indexes of the rewritten tables are dropped for the bulk insert and built
// again afterwards (from their own SQL in sqlite_master): one sorted build is several times
// faster than a million inserts at random places.
class IndexesRebuilt {
public:
  explicit IndexesRebuilt(SQLite::Database& db) : m_db(db)
  {
    SQLite::Statement list(m_db,
                           "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                           " AND tbl_name IN ('person_accounts', 'identity_links', 'identity_link_evidence')");
    while (list.executeStep()) {
      m_names.push_back(list.getColumn(0).getString());
      m_sql.push_back(list.getColumn(1).getString());
    }
    for (const std::string& name : m_names) {
      m_db.exec("DROP INDEX \"" + name + "\"");
    }
  }

  // Builds them again; call before committing the transaction they were dropped in.
  void rebuild()
  {
    for (const std::string& sql : m_sql) {
      m_db.exec(sql);
    }
  }

private:
  SQLite::Database& m_db;
  std::vector<std::string> m_names;
  std::vector<std::string> m_sql;
};

// Foreign keys off for the bulk rewrite, back on however it ends. Every id written comes
// from the accounts and evidence just read under the single-writer lock, so no check is
// needed; skipping them halves the write at a million accounts.
class ForeignKeysOff {
public:
  explicit ForeignKeysOff(SQLite::Database& db) : m_db(db) { m_db.exec("PRAGMA foreign_keys = OFF"); }
  ~ForeignKeysOff() { m_db.exec("PRAGMA foreign_keys = ON"); }
  ForeignKeysOff(const ForeignKeysOff&) = delete;
  ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
  SQLite::Database& m_db;
};

void write_links(SQLite::Database& db, const linker::LinkResult& result, const std::string& now)
{
  // Children first: the links then go without a cascade lookup per row.
  db.exec("DELETE FROM identity_link_evidence");
  db.exec("DELETE FROM identity_links");
  SQLite::Statement link(
    db,
    "INSERT INTO identity_links (id, account_a, account_b, rule, strength, name_match, accepted, reason, source_url,"
    " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT source_url FROM link_evidence WHERE id = ?), ?)");
  SQLite::Statement evidence(db, "INSERT OR IGNORE INTO identity_link_evidence (link_id, evidence_id) VALUES (?, ?)");
  std::int64_t link_id = 0;
  for (const linker::LinkCandidate& candidate : result.candidates) {
    link.bind(1, ++link_id);
    link.bind(2, candidate.a);
    link.bind(3, candidate.b);
    link.bind(4, candidate.rule);
    link.bind(5, linker::strength_name(candidate.strength));
    link.bind(6, candidate.name_match ? 1 : 0);
    link.bind(7, candidate.accepted ? 1 : 0);
    link.bind(8, candidate.reason);
    link.bind(9, candidate.evidence_ids.empty() ? 0 : candidate.evidence_ids.front());
    link.bind(10, now);
    link.exec();
    link.reset();
    for (const std::int64_t evidence_id : candidate.evidence_ids) {
      evidence.bind(1, link_id);
      evidence.bind(2, evidence_id);
      evidence.exec();
      evidence.reset();
    }
  }
}

}  // namespace

linker::LinkInput read_link_input(Database& db)
{
  linker::LinkInput input;
  try {
    // Linking reads and rewrites whole tables: a 128 MB page cache for this connection
    // (instead of 2 MB) cuts the time by a third at a million accounts.
    db.sql().exec("PRAGMA cache_size = -131072");
    read_accounts(db.sql(), input);
    read_evidence(db.sql(), input);
    read_papers(db.sql(), input);
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": cannot read accounts and evidence for linking: " + e.what());
  }
  return input;
}

std::optional<std::int64_t> find_account(Database& db, const std::string& source, const std::string& handle)
{
  try {
    SQLite::Statement query(db.sql(), "SELECT id FROM accounts WHERE source = ? AND handle = ?");
    query.bind(1, source);
    query.bind(2, normalise_handle(source, handle));
    if (query.executeStep()) {
      return query.getColumn(0).getInt64();
    }
    return std::nullopt;
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": cannot look up account " + source + ":" + handle + ": " + e.what());
  }
}

void write_people(Database& db, const linker::LinkResult& result, std::int64_t now_ms)
{
  const std::string now = format_iso8601_millis(now_ms);
  try {
    {
      SQLite::Transaction transaction(db.sql());
      delete_gone_people(db.sql(), result);
      transaction.commit();
    }
    const ForeignKeysOff unchecked(db.sql());
    SQLite::Transaction transaction(db.sql());
    IndexesRebuilt indexes(db.sql());
    write_person_rows(db.sql(), result, now);
    write_links(db.sql(), result, now);
    record_link_run(db.sql(), result, now);
    indexes.rebuild();
    transaction.commit();
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": cannot store people: " + e.what());
  }
}

}  // namespace scout::store
