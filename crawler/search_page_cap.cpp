#include "crawler/search_page_cap.hpp"

#include <algorithm>

namespace scout::crawler {

SearchPageCap::SearchPageCap(const TaskParser& inner, std::vector<SearchBound> bounds)
  : m_inner(inner), m_bounds(std::move(bounds))
{
}

ParseOutput SearchPageCap::parse(const model::Task& task, const FetchedPage& page) const
{
  ParseOutput output = m_inner.parse(task, page);
  const auto bound = std::find_if(m_bounds.begin(), m_bounds.end(),
                                  [&](const SearchBound& b) { return b.kind == task.kind && b.max_pages > 0; });
  if (bound == m_bounds.end() || !output.error.empty()) {
    return output;
  }
  // A next page is a follow-up of the search's own kind; details and profiles are kept.
  const auto beyond_cap = [&](const model::NewTask& next) {
    return next.kind == task.kind && next.subject.page > bound->max_pages;
  };
  const auto dropped = std::remove_if(output.new_tasks.begin(), output.new_tasks.end(), beyond_cap);
  if (dropped != output.new_tasks.end()) {
    output.notes.push_back(task.kind + " '" + task.subject.value + "': stopped after page "
                           + std::to_string(bound->max_pages) + " (the search's page cap)");
    output.new_tasks.erase(dropped, output.new_tasks.end());
  }
  return output;
}

}  // namespace scout::crawler
