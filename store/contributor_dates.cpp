#include "store/contributor_dates.hpp"

#include "ranker/day_number.hpp"
#include "store/sql_cursor.hpp"

#include <algorithm>
#include <bit>
#include <functional>

namespace scout::store {

std::uint64_t ContributorDates::key(std::string_view repo, std::int64_t account)
{
  const std::uint64_t mixed =
    std::hash<std::string_view>{}(repo) ^ (static_cast<std::uint64_t>(account) * 0x9E3779B97F4A7C15ULL);
  return mixed ^ (mixed >> 29);
}

ContributorDates::ContributorDates(sqlite3* db)
{
  SqlCursor query(db,
                  "SELECT repo_full_name, account_id, commits, last_week FROM github_contributor_stats ORDER BY rowid");
  while (query.step()) {
    ranker::Contribution& row = m_rows.emplace_back();
    query.text(0, row.repo_full_name);
    row.account_id = query.int64(1);
    row.commits = query.int64(2);
    row.last_day = query.is_null(3) ? -1 : ranker::day_number(query.text(3));
  }
  m_listed = std::make_unique<std::atomic<bool>[]>(m_rows.size());
  const std::uint64_t slots = std::bit_ceil(std::max<std::uint64_t>(64, 2 * m_rows.size()));
  m_slot_keys.assign(slots, 0);
  m_slot_rows.assign(slots, k_empty);
  m_slot_mask = slots - 1;
  const std::uint64_t bits = std::bit_ceil(std::max<std::uint64_t>(64, 8 * m_rows.size()));
  m_filter.assign(bits / 64, 0);
  m_filter_mask = bits - 1;
  for (std::uint32_t i = 0; i < m_rows.size(); ++i) {
    const std::uint64_t k = key(m_rows[i].repo_full_name, m_rows[i].account_id);
    std::uint64_t slot = k & m_slot_mask;
    while (m_slot_rows[slot] != k_empty) {
      slot = (slot + 1) & m_slot_mask;
    }
    m_slot_keys[slot] = k;
    m_slot_rows[slot] = i;
    m_filter[(k & m_filter_mask) / 64] |= std::uint64_t{1} << (k % 64);
  }
}

bool ContributorDates::maybe_named(std::uint64_t k) const
{
  return (m_filter[(k & m_filter_mask) / 64] >> (k % 64) & 1) != 0;
}

void ContributorDates::date(std::span<ranker::Contribution> rows) const
{
  if (m_rows.empty()) {
    return;
  }
  std::vector<std::uint64_t> keys(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    keys[i] = key(rows[i].repo_full_name, rows[i].account_id);
  }
  constexpr std::size_t k_ahead = 16;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (i + k_ahead < rows.size()) {
      __builtin_prefetch(&m_filter[(keys[i + k_ahead] & m_filter_mask) / 64]);
    }
    rows[i].last_day = maybe_named(keys[i]) ? named_day(keys[i], rows[i].repo_full_name, rows[i].account_id) : -1;
  }
}

int ContributorDates::named_day(std::uint64_t k, std::string_view repo, std::int64_t account) const
{
  for (std::uint64_t slot = k & m_slot_mask; m_slot_rows[slot] != k_empty; slot = (slot + 1) & m_slot_mask) {
    const std::uint32_t i = m_slot_rows[slot];
    if (m_slot_keys[slot] == k && m_rows[i].account_id == account && m_rows[i].repo_full_name == repo) {
      m_listed[i].store(true, std::memory_order_relaxed);
      return m_rows[i].last_day;
    }
  }
  return -1;
}

std::vector<ranker::Contribution> ContributorDates::unlisted() const
{
  std::vector<ranker::Contribution> out;
  for (std::size_t i = 0; i < m_rows.size(); ++i) {
    if (!m_listed[i].load(std::memory_order_relaxed)) {
      out.push_back(m_rows[i]);
    }
  }
  return out;
}

}  // namespace scout::store
