#pragma once

#include "app/config/settings.hpp"
#include "app/crawl/source_table.hpp"
#include "crawler/task_parser.hpp"

namespace scout::app {

// The parser of each source, built from the configuration (the source table's, for callers
// that need only parsers). Lives for the whole run.
class SourceParsers {
public:
  explicit SourceParsers(const config::Settings& settings) : m_sources(settings) {}

  const crawler::TaskParser& for_source(model::Source source) const { return m_sources.get(source).parser(); }

private:
  SourceTable m_sources;
};

}  // namespace scout::app
