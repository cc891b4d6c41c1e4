#include "store/erasure.hpp"

#include "common/error.hpp"
#include "common/strings.hpp"
#include "store/handle_mentions.hpp"
#include "store/ranking_cache.hpp"
#include "store/record_writer.hpp"
#include "store/response_archive.hpp"
#include "store/suppressions.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

namespace scout::store {

namespace {

// SQL function scout_mentions(text, needle).
void sql_mentions(sqlite3_context* context, int, sqlite3_value** values)
{
  const unsigned char* text = sqlite3_value_text(values[0]);
  const unsigned char* needle = sqlite3_value_text(values[1]);
  const bool found = text != nullptr && needle != nullptr
                     && mentions(reinterpret_cast<const char*>(text), reinterpret_cast<const char*>(needle));
  sqlite3_result_int(context, found ? 1 : 0);
}

std::int64_t changes(SQLite::Database& db) { return sqlite3_changes(db.getHandle()); }

std::int64_t run(SQLite::Database& db, const std::string& sql, const std::string& bound)
{
  SQLite::Statement statement(db, sql);
  statement.bind(1, bound);
  statement.exec();
  return changes(db);
}

// Step 1: the accounts, what they own, and (by cascade) everything pointing at them.
void delete_accounts(SQLite::Database& db, const ErasureTarget& target, ErasureReport& report)
{
  const std::string handle = normalise_handle(target.source, target.handle);
  SQLite::Statement find(db, "SELECT id FROM accounts WHERE source = ? AND handle = ?");
  find.bind(1, target.source);
  find.bind(2, handle);
  if (!find.executeStep()) {
    return;
  }
  const std::string id = std::to_string(find.getColumn(0).getInt64());
  report.rows_by_table["people"] += run(db,
                                        "DELETE FROM people WHERE id IN"
                                        " (SELECT person_id FROM person_accounts WHERE account_id = ?)",
                                        id);
  report.rows_by_table["github_repos"] += run(db, "DELETE FROM github_repos WHERE owner_account_id = ?", id);
  report.rows_by_table["hf_models"] += run(db, "DELETE FROM hf_models WHERE author_account_id = ?", id);
  report.rows_by_table["accounts"] += run(db, "DELETE FROM accounts WHERE id = ?", id);
}

std::vector<std::string> text_columns(SQLite::Database& db, const std::string& table)
{
  std::vector<std::string> columns;
  SQLite::Statement info(db, "SELECT name, upper(type) FROM pragma_table_info(?)");
  info.bind(1, table);
  while (info.executeStep()) {
    const std::string type = info.getColumn(1).getString();
    if (type.find("TEXT") != std::string::npos || type.find("CHAR") != std::string::npos) {
      columns.push_back(info.getColumn(0).getString());
    }
  }
  return columns;
}

// Step 2: every other row whose text names them (task URLs, cache entries, evidence details).
void sweep_tables(SQLite::Database& db, const std::vector<std::string>& needles, ErasureReport& report)
{
  std::vector<std::string> tables;
  SQLite::Statement list(db,
                         "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                         " AND name NOT IN ('suppressions', 'secrets', 'raw_responses') ORDER BY name");
  while (list.executeStep()) {
    tables.push_back(list.getColumn(0).getString());
  }
  for (const std::string& table : tables) {
    for (const std::string& column : text_columns(db, table)) {
      for (const std::string& needle : needles) {
        report.rows_by_table[table] +=
          run(db, "DELETE FROM \"" + table + "\" WHERE scout_mentions(\"" + column + "\", ?)", needle);
      }
    }
  }
}

// Step 3: archived responses whose URL or body names them, and the cache entries using them.
void sweep_archive(Database& db, const std::vector<std::string>& needles, ErasureReport& report)
{
  std::vector<std::int64_t> doomed;
  ResponseArchive archive(db);
  SQLite::Statement list(db.sql(), "SELECT id, url FROM raw_responses ORDER BY id");
  while (list.executeStep()) {
    const std::int64_t id = list.getColumn(0).getInt64();
    const std::string url = list.getColumn(1).getString();
    const std::string body = archive.load_body(id);
    for (const std::string& needle : needles) {
      if (mentions(url, needle) || mentions(body, needle)) {
        doomed.push_back(id);
        break;
      }
    }
  }
  SQLite::Statement uncache(db.sql(), "DELETE FROM http_cache WHERE raw_response_id = ?");
  SQLite::Statement drop(db.sql(), "DELETE FROM raw_responses WHERE id = ?");
  for (const std::int64_t id : doomed) {
    uncache.bind(1, id);
    uncache.exec();
    report.rows_by_table["http_cache"] += changes(db.sql());
    uncache.reset();
    drop.bind(1, id);
    drop.exec();
    drop.reset();
  }
  report.raw_responses = static_cast<std::int64_t>(doomed.size());
}

std::vector<ErasureTarget> read_targets(SQLite::Statement& query)
{
  std::vector<ErasureTarget> targets;
  while (query.executeStep()) {
    targets.push_back({query.getColumn(0).getString(), query.getColumn(1).getString()});
  }
  return targets;
}

}  // namespace

std::vector<ErasureTarget> person_accounts_of(Database& db, const ErasureTarget& account)
{
  SQLite::Statement query(
    db.sql(),
    "SELECT a.source, a.handle FROM accounts a JOIN person_accounts pa ON pa.account_id = a.id"
    " WHERE pa.person_id = (SELECT pa2.person_id FROM person_accounts pa2 JOIN accounts a2 ON a2.id = pa2.account_id"
    "  WHERE a2.source = ?1 AND a2.handle = ?2) ORDER BY a.id");
  query.bind(1, account.source);
  query.bind(2, normalise_handle(account.source, account.handle));
  std::vector<ErasureTarget> targets = read_targets(query);
  return targets.empty() ? std::vector<ErasureTarget>{account} : targets;
}

std::vector<ErasureTarget> accounts_of_person(Database& db, std::int64_t person_id)
{
  SQLite::Statement query(db.sql(),
                          "SELECT a.source, a.handle FROM accounts a JOIN person_accounts pa ON pa.account_id = a.id"
                          " WHERE pa.person_id = ? ORDER BY a.id");
  query.bind(1, person_id);
  return read_targets(query);
}

ErasureReport erase_accounts(Database& db, const std::vector<ErasureTarget>& targets, std::int64_t now_ms)
{
  ErasureReport report;
  std::vector<std::string> needles;
  for (const ErasureTarget& target : targets) {
    needles.push_back(to_lower(normalise_handle(target.source, target.handle)));
  }
  try {
    db.sql().createFunction("scout_mentions", 2, true, nullptr, sql_mentions);
    SQLite::Transaction transaction(db.sql());
    for (const ErasureTarget& target : targets) {
      suppress(db, target.source, target.handle, "erasure request", now_ms);
      ++report.suppressed;
      delete_accounts(db.sql(), target, report);
    }
    sweep_archive(db, needles, report);
    sweep_tables(db.sql(), needles, report);
    transaction.commit();
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": cannot erase: " + e.what() + " (nothing was changed)");
  }
  // The ranking's caches hold the erased people's numbers and rows until the next rank.
  remove_ranking_caches(db);
  std::erase_if(report.rows_by_table, [](const auto& entry) { return entry.second == 0; });
  return report;
}

}  // namespace scout::store
