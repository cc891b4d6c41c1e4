#include "store/migrations.hpp"

#include "common/embedded_file.hpp"
#include "common/error.hpp"
#include "store/suppressions.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cstdlib>

namespace scout::store {

std::span<const EmbeddedFile> embedded_files();

namespace {

// "002_crawl.sql" -> 2
int version_of(std::string_view file_name)
{
  return std::atoi(std::string(file_name.substr(0, file_name.find('_'))).c_str());
}

}  // namespace

std::vector<Migration> builtin_migrations()
{
  std::vector<Migration> migrations;
  for (const EmbeddedFile& file : embedded_files()) {
    Migration migration{version_of(file.name), std::string(file.name), file.content};
    if (migration.version == 4) {
      migration.after = rekey_plain_suppressions;
    }
    migrations.push_back(migration);
  }
  std::sort(migrations.begin(), migrations.end(),
            [](const Migration& a, const Migration& b) { return a.version < b.version; });
  return migrations;
}

int schema_version(SQLite::Database& db) { return db.execAndGet("PRAGMA user_version").getInt(); }

MigrationReport apply_migrations(SQLite::Database& db, std::span<const Migration> migrations)
{
  MigrationReport report;
  report.from_version = schema_version(db);
  report.to_version = report.from_version;
  const int latest = migrations.empty() ? 0 : migrations.back().version;
  if (report.from_version > latest) {
    throw Error(db.getFilename() + ": schema version " + std::to_string(report.from_version)
                + " is newer than this build of scout knows (" + std::to_string(latest) + "); use a newer scout");
  }
  for (const Migration& migration : migrations) {
    if (migration.version <= report.to_version) {
      continue;
    }
    try {
      SQLite::Transaction transaction(db);
      db.exec(std::string(migration.sql));
      if (migration.after != nullptr) {
        migration.after(db);
      }
      db.exec("PRAGMA user_version = " + std::to_string(migration.version));
      transaction.commit();
    } catch (const SQLite::Exception& e) {
      throw Error(db.getFilename() + ": migration " + migration.name + " failed: " + e.what());
    }
    report.to_version = migration.version;
    report.applied.push_back(migration.name);
  }
  return report;
}

}  // namespace scout::store
