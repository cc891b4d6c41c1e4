#include "common/error.hpp"
#include "store/backup.hpp"
#include "store/direct_sql.hpp"
#include "store/row_writer.hpp"
#include "store/transaction.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>
#include <unistd.h>

namespace {

using scout::store::Database;

// Each committed transaction adds exactly k_batch rows, so any count that is not a
// multiple of it is a torn copy.
constexpr int k_batch = 100;

void write_batch(Database& db, int batch)
{
  scout::store::Transaction transaction(db, "write a batch");
  scout::store::RowWriter insert(db, "INSERT INTO items (batch, payload) VALUES (?, ?)");
  for (int i = 0; i < k_batch; ++i) {
    insert.write_row({batch, std::string(200, static_cast<char>('a' + i % 26))});
  }
  transaction.commit();
}

Database make_database(const std::string& path, int batches)
{
  Database db = Database::open(path);
  scout::store::execute(db,
                        "CREATE TABLE items (id INTEGER PRIMARY KEY, batch INTEGER NOT NULL, payload TEXT NOT NULL)");
  for (int batch = 0; batch < batches; ++batch) {
    write_batch(db, batch);
  }
  return db;
}

std::int64_t row_count(const std::string& path)
{
  Database copy = Database::open_read_only(path);
  return scout::store::query_int(copy, "SELECT count(*) FROM items");
}

std::string integrity(const std::string& path)
{
  Database copy = Database::open_read_only(path);
  return scout::store::query_text(copy, "PRAGMA integrity_check");
}

void touch(const std::filesystem::path& path) { std::ofstream(path) << "x"; }

}  // namespace

TEST_SUITE("store::backup")
{
  TEST_CASE("a backup holds what was committed, not a writer's open transaction")
  {
    scout::testing::TempDir dir;
    const std::string live = dir.file("live.db");
    Database writer = make_database(live, 3);
    scout::store::execute(writer, "BEGIN");
    scout::store::execute(writer, "INSERT INTO items (batch, payload) VALUES (99, 'uncommitted')");

    const scout::store::BackupResult result = scout::store::backup_database_file(live, dir.file("copy.db"));

    CHECK(result.path == dir.file("copy.db"));
    CHECK(result.pages > 0);
    CHECK(result.bytes == static_cast<std::int64_t>(std::filesystem::file_size(dir.file("copy.db"))));
    CHECK(integrity(dir.file("copy.db")) == "ok");
    CHECK(row_count(dir.file("copy.db")) == 3 * k_batch);
    scout::store::execute(writer, "ROLLBACK");
  }

  TEST_CASE("a backup taken while another thread commits is one committed state")
  {
    scout::testing::TempDir dir;
    const std::string live = dir.file("live.db");
    make_database(live, 1);
    std::atomic<bool> stop = false;
    std::atomic<int> committed = 1;
    std::thread writer([&] {
      // Database::open waits up to 10 s for a busy database, as the raw connection did.
      Database db = Database::open(live);
      for (int batch = 1; !stop && batch < 400; ++batch) {
        write_batch(db, batch);
        committed = batch + 1;
      }
    });
    // Wait (without sleeping) until the writer is mid-stream, so the copies race it.
    while (committed < 5) {
      std::this_thread::yield();
    }
    for (int round = 0; round < 5; ++round) {
      const std::string copy = dir.file("copy" + std::to_string(round) + ".db");
      scout::store::backup_database_file(live, copy);
      CHECK(integrity(copy) == "ok");
      const std::int64_t rows = row_count(copy);
      CHECK(rows % k_batch == 0);
      CHECK(rows >= 5 * k_batch);
    }
    stop = true;
    writer.join();
  }

  TEST_CASE("a backup from the open writer's own connection")
  {
    scout::testing::TempDir dir;
    Database writer = make_database(dir.file("live.db"), 2);
    scout::store::backup_database(writer, dir.file("copy.db"));
    CHECK(row_count(dir.file("copy.db")) == 2 * k_batch);
    SUBCASE("is one file, without the live database's WAL")
    {
      Database copy = Database::open_read_only(dir.file("copy.db"));
      CHECK(scout::store::query_text(copy, "PRAGMA journal_mode") == "delete");
      CHECK_FALSE(std::filesystem::exists(dir.file("copy.db-wal")));
      CHECK_FALSE(std::filesystem::exists(dir.file("copy.db.tmp-" + std::to_string(::getpid()))));
    }
    SUBCASE("replaces an older backup of the same name")
    {
      write_batch(writer, 7);
      scout::store::backup_database(writer, dir.file("copy.db"));
      CHECK(row_count(dir.file("copy.db")) == 3 * k_batch);
    }
  }

  TEST_CASE("refuses to overwrite the live database or its side files")
  {
    scout::testing::TempDir dir;
    Database writer = make_database(dir.file("live.db"), 1);
    const std::string other_spelling = (dir.path() / "." / "live.db").string();
    for (const std::string& target :
         {dir.file("live.db"), other_spelling, dir.file("live.db-wal"), dir.file("live.db.lock")}) {
      CAPTURE(target);
      CHECK_THROWS_WITH_AS(scout::store::backup_database(writer, target),
                           doctest::Contains("refusing to back up over the live database"), scout::Error);
    }
    CHECK(row_count(dir.file("live.db")) == k_batch);
  }

  TEST_CASE("names a missing folder or a folder given as the file")
  {
    scout::testing::TempDir dir;
    Database writer = make_database(dir.file("live.db"), 1);
    CHECK_THROWS_WITH_AS(scout::store::backup_database(writer, dir.file("nowhere/copy.db")),
                         doctest::Contains("nowhere does not exist"), scout::Error);
    CHECK_THROWS_WITH_AS(scout::store::backup_database(writer, dir.path().string()), doctest::Contains("is a folder"),
                         scout::Error);
  }

  TEST_CASE("backup file names sort in time order")
  {
    using namespace std::chrono;
    const system_clock::time_point t = sys_days{year{2026} / 12 / 1} + hours{3} + minutes{4} + seconds{5};
    CHECK(scout::store::backup_file_name(t) == "scout-backup-20261201T030405Z.db");
    CHECK(scout::store::backup_file_name(t) < scout::store::backup_file_name(t + hours{24 * 40}));
  }

  TEST_CASE("pruning keeps exactly the newest N dated backups and nothing else is touched")
  {
    using namespace std::chrono;
    scout::testing::TempDir dir;
    const system_clock::time_point start = sys_days{year{2026} / 11 / 28};
    std::vector<std::string> names;
    for (int day = 0; day < 5; ++day) {
      names.push_back(scout::store::backup_file_name(start + hours{24 * day}));
    }
    // Written out of order, so the file system's listing order cannot pass the test.
    for (const int i : {3, 0, 4, 1, 2}) {
      touch(dir.path() / names[i]);
    }
    touch(dir.path() / "scout.db");
    touch(dir.path() / "scout-backup-notes.txt");

    const std::vector<std::string> removed = scout::store::keep_last_backups(dir.path().string(), 2);

    CHECK(removed == std::vector<std::string>{dir.file(names[0]), dir.file(names[1]), dir.file(names[2])});
    for (int i = 0; i < 5; ++i) {
      CHECK(std::filesystem::exists(dir.path() / names[i]) == (i >= 3));
    }
    CHECK(std::filesystem::exists(dir.path() / "scout.db"));
    CHECK(std::filesystem::exists(dir.path() / "scout-backup-notes.txt"));
    CHECK(scout::store::keep_last_backups(dir.path().string(), 2).empty());
    CHECK(scout::store::keep_last_backups(dir.path().string(), 0).size() == 2);
  }

  TEST_CASE("pruning removes the half-written copy of a killed backup, not a running one's")
  {
    scout::testing::TempDir dir;
    const std::string name = "scout-backup-20261201T020000Z.db";
    touch(dir.path() / name);
    // No process has this id (above any pid_max); this process is alive.
    const std::string dead = name + ".tmp-2147483646";
    const std::string running = name + ".tmp-" + std::to_string(::getpid());
    touch(dir.path() / dead);
    touch(dir.path() / running);
    touch(dir.path() / "notes.db.tmp-2147483646");

    CHECK(scout::store::keep_last_backups(dir.path().string(), 1) == std::vector<std::string>{dir.file(dead)});
    CHECK(std::filesystem::exists(dir.path() / name));
    CHECK(std::filesystem::exists(dir.path() / running));
    CHECK(std::filesystem::exists(dir.path() / "notes.db.tmp-2147483646"));
  }

  TEST_CASE("pruning a missing folder names it")
  {
    scout::testing::TempDir dir;
    CHECK_THROWS_WITH_AS(scout::store::keep_last_backups(dir.file("absent"), 3),
                         doctest::Contains("cannot list backups"), scout::Error);
  }
}
