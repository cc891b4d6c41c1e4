#include "store/contributor_dates.hpp"

#include "ranker/day_number.hpp"
#include "store/sql_cursor.hpp"

namespace scout::store {

ContributorDates::ContributorDates(sqlite3* db)
{
  SqlCursor query(db,
                  "SELECT repo_full_name, account_id, commits, last_week FROM github_contributor_stats ORDER BY rowid");
  while (query.step()) {
    ranker::Contribution row;
    query.text(0, row.repo_full_name);
    row.account_id = query.int64(1);
    row.commits = query.int64(2);
    row.last_day = query.is_null(3) ? -1 : ranker::day_number(query.text(3));
    m_by_repo[row.repo_full_name].push_back(static_cast<std::uint32_t>(m_rows.size()));
    m_rows.push_back(std::move(row));
  }
  m_listed = std::make_unique<std::atomic<bool>[]>(m_rows.size());
}

int ContributorDates::last_day(std::string_view repo, std::int64_t account) const
{
  if (m_rows.empty()) {
    return -1;
  }
  const auto found = m_by_repo.find(repo);
  if (found == m_by_repo.end()) {
    return -1;
  }
  for (const std::uint32_t i : found->second) {
    if (m_rows[i].account_id == account) {
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
