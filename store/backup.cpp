#include "store/backup.hpp"

#include "common/error.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <ctime>
#include <fcntl.h>
#include <filesystem>
#include <signal.h>
#include <system_error>
#include <unistd.h>

namespace scout::store {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view k_backup_prefix = "scout-backup-";
constexpr std::string_view k_backup_suffix = ".db";

bool same_file(const fs::path& a, const fs::path& b)
{
  std::error_code error;
  if (fs::exists(a, error) && fs::exists(b, error)) {
    return fs::equivalent(a, b, error);
  }
  return fs::weakly_canonical(a, error) == fs::weakly_canonical(b, error);
}

// Overwriting the live database (or one of its side files) with a copy of itself would
// destroy it under a running crawl: refuse before anything is written.
void refuse_live_files(const std::string& database, const std::string& target)
{
  if (database == ":memory:" || database.empty()) {
    return;
  }
  for (const char* suffix : {"", "-wal", "-shm", "-journal", ".lock"}) {
    if (same_file(database + suffix, target)) {
      throw Error(target + ": refusing to back up over the live database " + database + suffix
                  + " (name another file)");
    }
  }
}

void require_target_folder(const std::string& target)
{
  const fs::path folder = fs::path(target).parent_path();
  std::error_code error;
  if (fs::is_directory(target, error)) {
    throw Error(target + ": is a folder; name the backup file, e.g. " + (fs::path(target) / "scout.db").string());
  }
  if (!folder.empty() && !fs::is_directory(folder, error)) {
    throw Error(target + ": folder " + folder.string() + " does not exist (create it first)");
  }
}

// Removes the half-written copy unless release() is called: a failed or interrupted backup
// leaves no file that could be mistaken for a good one.
class TemporaryFile {
public:
  explicit TemporaryFile(std::string path) : m_path(std::move(path)) { remove_all(); }
  ~TemporaryFile()
  {
    if (!m_released) {
      remove_all();
    }
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  const std::string& path() const { return m_path; }
  void release() { m_released = true; }

private:
  void remove_all()
  {
    std::error_code ignored;  // a file that was never created is not an error
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) {
      fs::remove(m_path + suffix, ignored);
    }
  }

  std::string m_path;
  bool m_released = false;
};

// step(-1) copies every page inside one read transaction: on a WAL database that is a
// snapshot of the last commit, and the writer is not blocked meanwhile.
std::int64_t copy_pages(SQLite::Database& source, const std::string& temporary)
{
  SQLite::Database copy(temporary, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  copy.setBusyTimeout(10000);
  SQLite::Backup backup(copy, source);
  const int rc = backup.executeStep(-1);
  if (rc != SQLITE_DONE) {
    throw Error(temporary + ": backup did not finish: " + sqlite3_errstr(rc) + " (the database stayed busy; retry)");
  }
  const std::int64_t pages = backup.getTotalPageCount();
  // The source's WAL flag travels with its pages; a backup is one self-contained file.
  copy.exec("PRAGMA journal_mode = DELETE");
  return pages;
}

// The rename is only durable once the folder's entry is on disk.
void sync_folder(const fs::path& folder)
{
  const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

}  // namespace

BackupResult backup_database(Database& source, const std::string& target)
{
  refuse_live_files(source.path(), target);
  require_target_folder(target);
  TemporaryFile temporary(target + ".tmp-" + std::to_string(::getpid()));
  BackupResult result;
  try {
    result.pages = copy_pages(source.sql(), temporary.path());
  } catch (const SQLite::Exception& e) {
    throw Error(target + ": cannot back up " + source.path() + ": " + e.what());
  }
  std::error_code error;
  fs::rename(temporary.path(), target, error);
  if (error) {
    throw Error(target + ": cannot rename " + temporary.path() + " into place: " + error.message());
  }
  temporary.release();
  sync_folder(fs::path(target).parent_path());
  result.path = target;
  result.bytes = static_cast<std::int64_t>(fs::file_size(target, error));
  return result;
}

BackupResult backup_database_file(const std::string& source_path, const std::string& target)
{
  // Checked before opening: the read-only open of a WAL file may create its -shm.
  refuse_live_files(source_path, target);
  Database source = Database::open_read_only(source_path);
  return backup_database(source, target);
}

std::string backup_file_name(std::chrono::system_clock::time_point when)
{
  const std::time_t seconds = std::chrono::system_clock::to_time_t(when);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &utc);
  return std::string(k_backup_prefix) + stamp + std::string(k_backup_suffix);
}

// "<backup>.db.tmp-<pid>" left by a backup whose process died (kill -9 mid-copy): no one
// will rename it, so pruning removes it. A live process's copy is left to finish.
bool is_orphaned_temporary(const std::string& name)
{
  const std::size_t at = name.rfind(".tmp-");
  if (!name.starts_with(k_backup_prefix) || at == std::string::npos) {
    return false;
  }
  char* end = nullptr;
  const long pid = std::strtol(name.c_str() + at + 5, &end, 10);
  return pid > 0 && *end == '\0' && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

std::vector<std::string> keep_last_backups(const std::string& folder, int keep)
{
  std::vector<fs::path> backups;
  std::vector<fs::path> orphans;
  std::error_code error;
  for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
    const std::string name = it->path().filename().string();
    if (it->is_regular_file() && name.starts_with(k_backup_prefix) && name.ends_with(k_backup_suffix)) {
      backups.push_back(it->path());
    } else if (it->is_regular_file() && is_orphaned_temporary(name)) {
      orphans.push_back(it->path());
    }
  }
  if (error) {
    throw Error(folder + ": cannot list backups: " + error.message());
  }
  std::sort(backups.begin(), backups.end());
  const std::size_t excess = backups.size() > static_cast<std::size_t>(std::max(keep, 0))
                               ? backups.size() - static_cast<std::size_t>(std::max(keep, 0))
                               : 0;
  std::vector<std::string> removed;
  for (std::size_t i = 0; i < excess; ++i) {
    if (!fs::remove(backups[i], error) && error) {
      throw Error(backups[i].string() + ": cannot delete old backup: " + error.message());
    }
    removed.push_back(backups[i].string());
  }
  for (const fs::path& orphan : orphans) {
    if (fs::remove(orphan, error)) {
      removed.push_back(orphan.string());
    }
  }
  return removed;
}

}  // namespace scout::store
