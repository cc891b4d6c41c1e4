#pragma once

// Shared by the test_hf_*.cpp files: fixtures and a one-call way to run HfParser.

#include "common/strings.hpp"
#include "crawler/http/http_types.hpp"
#include "crawler/huggingface/hf_parser.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace scout::test {

inline const std::string k_hf_api = "https://huggingface.co";

// The text of tests/fixtures/huggingface/<name>.
inline std::string hf_fixture(const std::string& name)
{
  return scout::read_file(std::string(SCOUT_FIXTURES_DIR) + "/huggingface/" + name);
}

// One page as the engine would hand it to the parser.
struct HfPage {
  HfPage(std::string kind_, std::string url_, std::string body_, long status_ = 200)
    : kind(std::move(kind_)), url(std::move(url_)), body(std::move(body_)), status(status_)
  {
  }

  std::string kind;
  std::string url;
  std::string body;
  long status = 200;
  crawler::Headers headers;
};

inline crawler::ParseOutput parse_hf(const HfPage& page, const std::string& api = k_hf_api)
{
  const crawler::HfParser parser(crawler::HfParserOptions{api});
  model::Task task;
  task.id = 42;
  task.source = model::Source::huggingface;
  task.kind = page.kind;
  task.url = page.url;
  const crawler::FetchedPage fetched{page.url, page.status, &page.headers, page.body};
  return parser.parse(task, fetched);
}

// "kind url" of every new task, in order, for compact comparisons.
inline std::vector<std::string> task_lines(const crawler::ParseOutput& output)
{
  std::vector<std::string> lines;
  for (const model::NewTask& task : output.new_tasks) {
    lines.push_back(task.kind + " " + task.url);
  }
  return lines;
}

inline bool has_line(const std::vector<std::string>& lines, const std::string& line)
{
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

inline std::size_t count_kind(const crawler::ParseOutput& output, const std::string& kind)
{
  return static_cast<std::size_t>(std::count_if(output.new_tasks.begin(), output.new_tasks.end(),
                                                [&](const model::NewTask& task) { return task.kind == kind; }));
}

}  // namespace scout::test
