#include "app/crawl/source_parsers.hpp"

#include "crawler/arxiv/arxiv_parser.hpp"
#include "crawler/github/github_parser.hpp"
#include "crawler/huggingface/hf_parser.hpp"

namespace scout::app {

namespace {

std::string without_trailing_slash(std::string url)
{
  while (!url.empty() && url.back() == '/') {
    url.pop_back();
  }
  return url;
}

}  // namespace

SourceParsers::SourceParsers(const config::Settings& settings)
  : m_github(std::make_unique<crawler::GithubParser>(
    crawler::GithubParserOptions{without_trailing_slash(settings.github.api_url), settings.github.readme_top_repos})),
    m_huggingface(std::make_unique<crawler::HfParser>(
      crawler::HfParserOptions{without_trailing_slash(settings.huggingface.api_url)})),
    m_arxiv(std::make_unique<crawler::ArxivParser>(
      crawler::ArxivParserOptions{settings.arxiv.page_size, settings.arxiv.max_results}))
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
