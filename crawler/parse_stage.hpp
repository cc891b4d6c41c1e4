#pragma once

#include "crawler/crawl_backend.hpp"
#include "crawler/task_parser.hpp"

#include <chrono>
#include <memory>
#include <vector>

namespace scout::crawler {

// Runs `parser` on `page` the one way every parse runs, in a crawl or a --reparse: the body
// made valid UTF-8 first (ill-formed bytes become U+FFFD, so nothing stored is invalid),
// and a parser that throws fails only this page, with the message, as an error value.
ParseOutput parse_page(const TaskParser& parser, const model::Task& task, const FetchedPage& page);

// Parses bodies on oneTBB workers while the engine's thread keeps fetching. Results come
// back as ready-to-commit outcomes through drain(). Owned and driven by one thread.
class ParseStage {
public:
  ParseStage();
  ~ParseStage();  // waits for running parses

  // Parses `outcome.response` (or `body`, the archived copy after a 304) with `parser`
  // and completes `outcome` with the result.
  void submit(TaskOutcome outcome, std::string body, const TaskParser& parser);

  // Outcomes whose parse finished since the last call.
  std::vector<TaskOutcome> drain();

  // Submitted and not yet returned by drain().
  std::size_t pending() const;
  void wait_all();

  // Blocks until a parse finishes (or one is already waiting to be drained), at most
  // `max_wait` of real time. Parsing is real work on real threads, so this waits on them,
  // not on the engine's (possibly fake) clock.
  void wait_for_result(std::chrono::milliseconds max_wait);

private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace scout::crawler
