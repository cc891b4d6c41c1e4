#include "crawler/arxiv/arxiv_parser.hpp"

#include "crawler/arxiv/arxiv_paging.hpp"
#include "crawler/arxiv/atom_feed.hpp"
#include "crawler/arxiv/paper_links.hpp"

namespace scout::crawler {

namespace {

constexpr std::string_view k_query_page = "arxiv.query_page";
constexpr std::string_view k_id_batch = "arxiv.id_batch";

ParseOutput failed(const std::string& url, const std::string& message)
{
  ParseOutput output;
  output.error = url + ": " + message;
  return output;
}

void add_papers(std::vector<model::ArxivPaperRecord> papers, const std::string& url, model::RecordBatch& records)
{
  for (model::ArxivPaperRecord& paper : papers) {
    for (model::LinkEvidenceRecord& evidence : paper_link_evidence(paper, url)) {
      records.evidence.push_back(std::move(evidence));
    }
    records.arxiv_papers.push_back(std::move(paper));
  }
}

}  // namespace

ArxivParser::ArxivParser(ArxivParserOptions options) : m_options(options) {}

ParseOutput ArxivParser::parse(const model::Task& task, const FetchedPage& page) const
{
  if (page.status == 404 || page.status == 410) {
    return {};
  }
  const std::string& url = page.url.empty() ? task.url : page.url;
  if (task.kind != k_query_page && task.kind != k_id_batch) {
    return failed(url, "ArxivParser cannot parse task kind '" + task.kind + "'");
  }
  AtomFeedResult parsed = parse_atom_feed(page.body);
  if (!parsed.error.empty()) {
    return failed(url, parsed.error);
  }
  if (!parsed.feed.api_error.empty()) {
    return failed(url, "arXiv error: " + parsed.feed.api_error);
  }
  ParseOutput output;
  if (task.kind == k_query_page) {
    // Pages follow the task's own URL, so the frontier's (kind, url) keys stay stable
    // whatever redirect the fetch went through.
    QueryPageStep step = next_query_page(task.url, parsed.feed, m_options.max_results, task.attempts);
    if (!step.error.empty()) {
      return failed(url, step.error);
    }
    if (step.next_url) {
      output.new_tasks.push_back(model::NewTask{model::Source::arxiv, task.kind, std::move(*step.next_url), task.id,
                                                model::next_page_of(task.subject)});
    }
    if (!step.note.empty()) {
      output.notes.push_back(std::move(step.note));
    }
  }
  add_papers(std::move(parsed.feed.papers), url, output.records);
  return output;
}

}  // namespace scout::crawler
