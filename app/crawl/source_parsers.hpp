#pragma once

#include "app/config/settings.hpp"
#include "crawler/task_parser.hpp"

#include <memory>

namespace scout::app {

// The parser of each source, built from the configuration. Lives for the whole run.
class SourceParsers {
public:
  explicit SourceParsers(const config::Settings& settings);
  ~SourceParsers();

  const crawler::TaskParser& for_source(model::Source source) const;

private:
  std::unique_ptr<crawler::TaskParser> m_github;
  std::unique_ptr<crawler::TaskParser> m_huggingface;
  std::unique_ptr<crawler::TaskParser> m_arxiv;
};

}  // namespace scout::app
