#include "crawler/parse_stage.hpp"

#include "common/utf8.hpp"

#include <tbb/concurrent_queue.h>
#include <tbb/task_group.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>

namespace scout::crawler {

struct ParseStage::Impl {
  tbb::task_group group;
  tbb::concurrent_queue<TaskOutcome> done;
  std::atomic<std::size_t> pending{0};
  std::mutex mutex;  // guards `finished` for the condition variable
  std::condition_variable finished_cv;
  std::size_t finished = 0;  // pushed to `done` and not yet drained
};

ParseOutput parse_page(const TaskParser& parser, const model::Task& task, const FetchedPage& page)
{
  // A parser returns errors as values; should one throw anyway, the task fails with the
  // message rather than taking the run (or a whole reparse batch) down.
  try {
    if (is_valid_utf8(page.body)) {
      return parser.parse(task, page);
    }
    const std::string repaired = valid_utf8(page.body);
    FetchedPage valid = page;
    valid.body = repaired;
    return parser.parse(task, valid);
  } catch (const std::exception& e) {
    ParseOutput failed;
    failed.error = page.url + ": parser failed: " + e.what();
    return failed;
  }
}

ParseStage::ParseStage() : m_impl(std::make_unique<Impl>()) {}

ParseStage::~ParseStage() { m_impl->group.wait(); }

void ParseStage::submit(TaskOutcome outcome, std::string body, const TaskParser& parser)
{
  ++m_impl->pending;
  // tbb::task_group wants a const-callable functor: the job lives behind a shared_ptr.
  struct Job {
    TaskOutcome outcome;
    std::string body;
  };
  auto job = std::make_shared<Job>(Job{std::move(outcome), std::move(body)});
  m_impl->group.run([impl = m_impl.get(), job, &parser] {
    TaskOutcome& result = job->outcome;
    const HttpResponse& response = *result.response;
    const FetchedPage page{response.url, response.status, &response.headers,
                           response.status == 304 ? std::string_view(job->body) : std::string_view(response.body)};
    result.parsed = parse_page(parser, result.task, page);
    impl->done.push(std::move(result));
    {
      const std::lock_guard<std::mutex> lock(impl->mutex);
      ++impl->finished;
    }
    impl->finished_cv.notify_one();
  });
}

std::vector<TaskOutcome> ParseStage::drain()
{
  std::vector<TaskOutcome> outcomes;
  TaskOutcome outcome;
  while (m_impl->done.try_pop(outcome)) {
    outcomes.push_back(std::move(outcome));
    // Counted down here, not by the worker: a result waiting in the queue is still
    // pending, or the engine could end its run with it undrained.
    --m_impl->pending;
  }
  const std::lock_guard<std::mutex> lock(m_impl->mutex);
  m_impl->finished -= std::min(m_impl->finished, outcomes.size());
  return outcomes;
}

std::size_t ParseStage::pending() const { return m_impl->pending.load(); }

void ParseStage::wait_all() { m_impl->group.wait(); }

void ParseStage::wait_for_result(std::chrono::milliseconds max_wait)
{
  std::unique_lock<std::mutex> lock(m_impl->mutex);
  m_impl->finished_cv.wait_for(lock, max_wait, [this] { return m_impl->finished > 0; });
}

}  // namespace scout::crawler
