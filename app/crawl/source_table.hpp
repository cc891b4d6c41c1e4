#pragma once

#include "app/config/settings.hpp"
#include "crawler/http/stated_budgets.hpp"
#include "crawler/source.hpp"
#include "store/crawl_batch.hpp"

#include <memory>
#include <vector>

namespace scout::app {

// The sources scout crawls, each built from its config section. Adding a source is one line
// in the table (source_table.cpp); everything else about it lives in its crawler/ folder.
class SourceTable {
public:
  explicit SourceTable(const config::Settings& settings);
  ~SourceTable();
  SourceTable(const SourceTable&) = delete;
  SourceTable& operator=(const SourceTable&) = delete;

  // Any source, enabled or not (--reparse reads whatever was archived).
  const crawler::Source& get(model::Source id) const;

  // The discovery tasks of every enabled source.
  std::vector<model::NewTask> plan() const;

  // Tasks fetching these arXiv ids, from the enabled sources that serve papers (and only
  // from `only`, when not empty).
  std::vector<model::NewTask> plan_papers(const std::vector<std::string>& arxiv_ids,
                                          const std::vector<model::Source>& only) const;

  // Tasks fetching the sources' own pages of these stored arXiv papers (the Hub's paper
  // pages), from the enabled sources (and only from `only`, when not empty).
  std::vector<model::NewTask> plan_paper_pages(const std::vector<std::string>& arxiv_ids,
                                               const std::vector<model::Source>& only) const;

  // Tasks crawling account `handle` of `source`; empty when that source is disabled or not
  // in `only` (when not empty).
  std::vector<model::NewTask> plan_account(model::Source source, const std::string& handle,
                                           const std::vector<model::Source>& only) const;

  // The engine's view of each enabled source (and only of `only`, when not empty), with
  // its tokens read from the environment variables its section names.
  std::vector<crawler::SourceEndpoint> endpoints(const std::vector<model::Source>& only) const;

  // Where every source's API lives, enabled or not (archived responses may come from any).
  std::vector<crawler::SourceApi> apis() const;

  // What the store asks the sources when it queues follow-ups (suppression, freshness).
  // The rules refer to this table, which must outlive them.
  store::FollowUpRules follow_up_rules() const;

private:
  struct Entry {
    std::unique_ptr<crawler::Source> source;
    bool enabled = true;
    std::vector<std::string> token_env;  // variable names, never values
  };
  bool wanted(const Entry& entry, const std::vector<model::Source>& only) const;

  std::vector<Entry> m_entries;
};

}  // namespace scout::app
