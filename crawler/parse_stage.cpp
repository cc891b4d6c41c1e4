#include "crawler/parse_stage.hpp"

#include <tbb/concurrent_queue.h>
#include <tbb/task_group.h>

#include <atomic>

namespace scout::crawler {

struct ParseStage::Impl {
  tbb::task_group group;
  tbb::concurrent_queue<TaskOutcome> done;
  std::atomic<std::size_t> pending{0};
};

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
    // A parser returns errors as values; should one throw anyway, the task fails with the
    // message rather than taking the run down.
    try {
      result.parsed = parser.parse(result.task, page);
    } catch (const std::exception& e) {
      result.parsed.error = response.url + ": parser failed: " + e.what();
    }
    impl->done.push(std::move(result));
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
  return outcomes;
}

std::size_t ParseStage::pending() const { return m_impl->pending.load(); }

void ParseStage::wait_all() { m_impl->group.wait(); }

}  // namespace scout::crawler
