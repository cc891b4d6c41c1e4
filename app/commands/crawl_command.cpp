#include "app/commands/command.hpp"
#include "app/crawl/crawl_runner.hpp"
#include "app/crawl/reparse.hpp"
#include "common/error.hpp"

#include <CLI/CLI.hpp>

#include <unistd.h>

namespace scout::app {

namespace {

class CrawlCommand : public Command {
public:
  void add_options(CLI::App& subcommand) override
  {
    subcommand.add_option("--source", m_sources, "Crawl only these sources (repeatable)")
      ->check(CLI::IsMember({"github", "huggingface", "arxiv"}));
    subcommand.add_option("--max-requests", m_request.max_requests, "Stop cleanly after N requests (0 = no limit)")
      ->check(CLI::Validator(
        [](const std::string& value) { return value.starts_with('-') ? std::string("must be ≥ 0") : std::string(); },
        "≥ 0"));
    subcommand.add_flag("--retry-failed", m_request.retry_failed, "Put dead-lettered tasks back in the queue first");
    subcommand.add_flag("--reparse", m_reparse, "Re-parse archived responses without any request");
  }

  int run(CommandContext& context) override
  {
    if (m_reparse) {
      const ReparseSummary summary = reparse_archive(context.settings, context.log);
      context.log.info("reparse: " + std::to_string(summary.tasks) + " archived responses parsed again, "
                       + std::to_string(summary.failed) + " rejected; no request made");
      return summary.failed == 0 ? 0 : 1;
    }
    for (const std::string& name : m_sources) {
      model::Source source{};
      model::parse_source(name, source);
      m_request.only.push_back(source);
    }
    m_request.show_progress = isatty(STDERR_FILENO) != 0 && context.log.enabled(LogLevel::info);
    const CrawlSummary summary = run_crawl(context.settings, m_request, context.log);
    const crawler::RunCounters& c = summary.counters;
    context.log.info("crawl run " + std::to_string(summary.run_id) + " " + std::string(model::to_string(summary.status))
                     + " (" + std::string(model::to_string(summary.end_reason)) + "): " + std::to_string(c.requests)
                     + " requests, " + std::to_string(c.not_modified) + " not modified, " + std::to_string(c.retries)
                     + " retries, " + std::to_string(c.tasks_done) + " tasks done, " + std::to_string(c.tasks_failed)
                     + " failed");
    return 0;
  }

private:
  std::vector<std::string> m_sources;
  CrawlRequest m_request;
  bool m_reparse = false;
};

}  // namespace

std::unique_ptr<Command> make_crawl_command() { return std::make_unique<CrawlCommand>(); }

}  // namespace scout::app
