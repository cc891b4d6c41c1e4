#include "app/crawl/source_parsers.hpp"

#include "crawler/page_follower.hpp"

namespace scout::app {

SourceParsers::SourceParsers(const config::Settings&)
  : m_github(std::make_unique<crawler::PageFollower>()),
    m_huggingface(std::make_unique<crawler::PageFollower>()),
    m_arxiv(std::make_unique<crawler::PageFollower>())
{
}

SourceParsers::~SourceParsers() = default;

const crawler::TaskParser& SourceParsers::for_source(model::Source source) const
{
  switch (source) {
  case model::Source::github: return *m_github;
  case model::Source::huggingface: return *m_huggingface;
  case model::Source::arxiv: return *m_arxiv;
  }
  return *m_github;
}

}  // namespace scout::app
