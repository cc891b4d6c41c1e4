#pragma once

#include "store/database.hpp"

#include <tbb/parallel_pipeline.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <variant>
#include <vector>

struct sqlite3;

namespace scout::store {

// One end of a key range: none (the table's own end), an integer or a text key.
using KeyBound = std::variant<std::monostate, std::int64_t, std::string>;

// Rows whose key is in [from, to), an absent bound being open.
struct KeyRange {
  KeyBound from, to;
};

// "<select> WHERE <filter> AND key >= ?1 AND key < ?2 <order_by>" for `range` (the
// filter and the bounds where there are), and its bindings.
std::string range_sql(const std::string& select, const std::string& key, const KeyRange& range,
                      const std::string& order_by, const std::string& filter = "");
void bind_range(class SqlCursor& cursor, const KeyRange& range);

// Ranges of about `rows_per_range` rows over an integer key from `first` to `last`
// holding about `rows` rows spread evenly (rowids, person ids). The last range is open
// above, so rows added beyond `last` while reading are not lost to the ranges.
std::vector<KeyRange> integer_ranges(std::int64_t first, std::int64_t last, std::int64_t rows,
                                     std::int64_t rows_per_range);

// Ranges of `rows_per_range` rows over a text key, from the keys in order (`keys_sql`
// selects one column, ordered, through an index so the scan is cheap).
std::vector<KeyRange> text_ranges(sqlite3* db, const std::string& keys_sql, std::int64_t rows_per_range);

// The connections a bulk read uses at once: the caller's (unless left free) and, when the
// database is a file and oneTBB may run more than one thread, a read-only connection for
// each other thread, opened on first use. A connection is read by one thread at a time.
class ReadConnections {
public:
  explicit ReadConnections(Database& main, MainConnection use = MainConnection::share);
  ReadConnections(const ReadConnections&) = delete;
  ReadConnections& operator=(const ReadConnections&) = delete;

  // How many chunks may be read at once.
  std::size_t parallelism() const { return m_parallelism; }

  class Lease {
  public:
    Lease(ReadConnections& owner, sqlite3* db) : m_owner(owner), m_db(db) {}
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease() { m_owner.give_back(m_db); }
    sqlite3* db() const { return m_db; }

  private:
    ReadConnections& m_owner;
    sqlite3* m_db;
  };
  Lease lease();

private:
  void give_back(sqlite3* db);

  Database& m_main;
  std::size_t m_parallelism;
  std::mutex m_mutex;
  std::vector<sqlite3*> m_free;
  std::vector<std::unique_ptr<Database>> m_opened;
};

// One chunk's rows, kept across chunks so their strings keep their capacity.
template<typename Row>
struct RowBatch {
  std::size_t range = 0;
  std::vector<Row> rows;
  std::size_t size = 0;
  Row& next()
  {
    if (size == rows.size()) {
      rows.emplace_back();
    }
    return rows[size++];
  }
};

// Reads `ranges` with `read(sqlite3*, const KeyRange&, RowBatch<Row>&)` on up to
// parallelism() connections at once and hands each range's rows to
// `deliver(std::span<const Row>, std::size_t range_index)` in range order, one call at a time: the reading (SQLite's
// stepping, the rows' conversion) scales with the threads while the receiver sees the rows as one ordered scan would
// give them. At most two ranges per thread are in memory.
template<typename Row, typename Read, typename Deliver>
void scan_ranges(ReadConnections& connections, const std::vector<KeyRange>& ranges, Read read, Deliver deliver)
{
  std::mutex pool_mutex;
  std::vector<std::unique_ptr<RowBatch<Row>>> all;
  std::vector<RowBatch<Row>*> free;
  const auto take = [&]() {
    const std::lock_guard<std::mutex> lock(pool_mutex);
    if (free.empty()) {
      all.push_back(std::make_unique<RowBatch<Row>>());
      return all.back().get();
    }
    RowBatch<Row>* batch = free.back();
    free.pop_back();
    return batch;
  };
  std::size_t next = 0;
  tbb::parallel_pipeline(
    connections.parallelism() * 2,
    tbb::make_filter<void, RowBatch<Row>*>(tbb::filter_mode::serial_in_order,
                                           [&](tbb::flow_control& control) -> RowBatch<Row>* {
                                             if (next == ranges.size()) {
                                               control.stop();
                                               return nullptr;
                                             }
                                             RowBatch<Row>* batch = take();
                                             batch->range = next++;
                                             return batch;
                                           })
      & tbb::make_filter<RowBatch<Row>*, RowBatch<Row>*>(tbb::filter_mode::parallel,
                                                         [&](RowBatch<Row>* batch) {
                                                           const ReadConnections::Lease lease = connections.lease();
                                                           batch->size = 0;
                                                           read(lease.db(), ranges[batch->range], *batch);
                                                           return batch;
                                                         })
      & tbb::make_filter<RowBatch<Row>*, void>(tbb::filter_mode::serial_in_order, [&](RowBatch<Row>* batch) {
          deliver(std::span<const Row>(batch->rows.data(), batch->size), batch->range);
          const std::lock_guard<std::mutex> lock(pool_mutex);
          free.push_back(batch);
        }));
}

}  // namespace scout::store
