#include "store/chunked_scan.hpp"

#include "store/sql_cursor.hpp"

#include <tbb/global_control.h>
#include <tbb/task_arena.h>

#include <algorithm>

namespace scout::store {

std::string range_sql(const std::string& select, const std::string& key, const KeyRange& range,
                      const std::string& order_by, const std::string& filter)
{
  std::string where = filter;
  if (!std::holds_alternative<std::monostate>(range.from)) {
    where += (where.empty() ? "" : " AND ") + key + " >= ?1";
  }
  if (!std::holds_alternative<std::monostate>(range.to)) {
    where += (where.empty() ? "" : " AND ") + key + " < ?2";
  }
  return select + (where.empty() ? "" : " WHERE " + where) + " " + order_by;
}

namespace {

void bind_bound(SqlCursor& cursor, int index, const KeyBound& bound)
{
  if (const auto* number = std::get_if<std::int64_t>(&bound)) {
    cursor.bind(index, *number);
  } else if (const auto* text = std::get_if<std::string>(&bound)) {
    cursor.bind(index, std::string_view(*text));
  }
}

}  // namespace

void bind_range(SqlCursor& cursor, const KeyRange& range)
{
  bind_bound(cursor, 1, range.from);
  bind_bound(cursor, 2, range.to);
}

std::vector<KeyRange> integer_ranges(std::int64_t first, std::int64_t last, std::int64_t rows,
                                     std::int64_t rows_per_range)
{
  if (rows <= rows_per_range || last <= first) {
    return {KeyRange{}};
  }
  // Key values a range spans so that, spread evenly, it holds about rows_per_range rows.
  const double span = static_cast<double>(last - first + 1);
  const auto step = std::max<std::int64_t>(
    1, static_cast<std::int64_t>(span * static_cast<double>(rows_per_range) / static_cast<double>(rows)));
  std::vector<KeyRange> ranges;
  KeyBound from;
  for (std::int64_t at = first + step; at <= last; at += step) {
    ranges.push_back({from, at});
    from = at;
  }
  ranges.push_back({from, {}});
  return ranges;
}

std::vector<KeyRange> text_ranges(sqlite3* db, const std::string& keys_sql, std::int64_t rows_per_range)
{
  std::vector<KeyRange> ranges;
  SqlCursor keys(db, keys_sql);
  KeyBound from;
  std::int64_t row = 0;
  while (keys.step()) {
    if (++row % rows_per_range != 0) {
      continue;
    }
    std::string at(keys.text(0));
    // A key repeated across the boundary (authorships of one paper) stays in one range.
    if (const auto* previous = std::get_if<std::string>(&from); previous == nullptr || *previous != at) {
      ranges.push_back({from, at});
      from = std::move(at);
    }
  }
  ranges.push_back({from, {}});
  return ranges;
}

namespace {

std::size_t threads_allowed()
{
  const auto arena = static_cast<std::size_t>(tbb::this_task_arena::max_concurrency());
  return std::max<std::size_t>(
    1, std::min(arena, tbb::global_control::active_value(tbb::global_control::max_allowed_parallelism)));
}

}  // namespace

ReadConnections::ReadConnections(Database& main, MainConnection use)
  : m_main(main), m_parallelism(main.is_file() ? threads_allowed() : 1)
{
  if (use == MainConnection::share || !main.is_file()) {
    m_free.push_back(main.sql().getHandle());
  }
}

ReadConnections::Lease ReadConnections::lease()
{
  {
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_free.empty()) {
      sqlite3* db = m_free.back();
      m_free.pop_back();
      return Lease(*this, db);
    }
  }
  // Opened outside the lock: opening reads the schema, and the others need not wait.
  auto opened = std::make_unique<Database>(Database::open_read_only(m_main.path()));
  sqlite3* db = opened->sql().getHandle();
  const std::lock_guard<std::mutex> lock(m_mutex);
  m_opened.push_back(std::move(opened));
  return Lease(*this, db);
}

void ReadConnections::give_back(sqlite3* db)
{
  const std::lock_guard<std::mutex> lock(m_mutex);
  m_free.push_back(db);
}

}  // namespace scout::store
