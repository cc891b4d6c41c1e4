#include "store/suppressions.hpp"

#include "common/clock.hpp"
#include "common/error.hpp"
#include "common/sha256.hpp"
#include "store/record_writer.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace scout::store {

namespace {

std::string salt_of(SQLite::Database& db)
{
  SQLite::Statement query(db, "SELECT value FROM secrets WHERE name = 'suppression_salt'");
  if (!query.executeStep()) {
    throw Error(db.getFilename() + ": the suppression salt is missing from table secrets; restore it from a backup"
                " (without it no suppressed handle can be recognised)");
  }
  return query.getColumn(0).getString();
}

void insert_hash(SQLite::Database& db, const std::string& source, const std::string& hash, const std::string& reason,
                 const std::string& created_at)
{
  SQLite::Statement insert(
    db, "INSERT OR IGNORE INTO suppressions (source, handle_hash, reason, created_at) VALUES (?, ?, ?, ?)");
  insert.bind(1, source);
  insert.bind(2, hash);
  insert.bind(3, reason);
  insert.bind(4, created_at);
  insert.exec();
}

}  // namespace

std::string suppression_hash(const std::string& salt, const std::string& source, const std::string& handle)
{
  return sha256_hex(salt + source + ":" + normalise_handle(source, handle));
}

bool is_suppressed(Database& db, const std::string& source, const std::string& handle)
{
  try {
    // Asked for every account a crawled page names: both statements come from the cache.
    std::string salt;
    {
      CachedStatement query = db.statement("SELECT value FROM secrets WHERE name = 'suppression_salt'");
      if (!query->executeStep()) {
        return salt_of(db.sql()).empty();  // throws the missing-salt error
      }
      salt = query->getColumn(0).getString();
    }
    const std::string hash = suppression_hash(salt, source, handle);
    CachedStatement query = db.statement("SELECT 1 FROM suppressions WHERE source = ? AND handle_hash = ?");
    query->bindNoCopy(1, source);
    query->bindNoCopy(2, hash);
    return query->executeStep();
  } catch (const SQLite::Exception& e) {
    throw Error("suppressions: cannot read: " + std::string(e.what()));
  }
}

void suppress(Database& db, const std::string& source, const std::string& handle, const std::string& reason,
              std::int64_t now_ms)
{
  try {
    insert_hash(db.sql(), source, suppression_hash(salt_of(db.sql()), source, handle), reason,
                format_iso8601_millis(now_ms));
  } catch (const SQLite::Exception& e) {
    throw Error("suppressions: cannot add an entry: " + std::string(e.what()));
  }
}

void rekey_plain_suppressions(SQLite::Database& db)
{
  const std::string salt = salt_of(db);
  {
    SQLite::Statement plain(db, "SELECT source, handle, reason, created_at FROM suppressions_plain ORDER BY id");
    while (plain.executeStep()) {
      const std::string source = plain.getColumn(0).getString();
      insert_hash(db, source, suppression_hash(salt, source, plain.getColumn(1).getString()),
                  plain.getColumn(2).getString(), plain.getColumn(3).getString());
    }
  }
  db.exec("DROP TABLE suppressions_plain");
}

}  // namespace scout::store
