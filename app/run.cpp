#include "app/run.hpp"

#include "app/commands/command.hpp"
#include "app/config/tokens.hpp"
#include "common/error.hpp"
#include "common/log.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <random>

namespace scout::app {

namespace {

void add_common_options(CLI::App& subcommand, CommonOptions& options)
{
  subcommand.add_option("--config,-c", options.config_path,
                        "Configuration file (default: $SCOUT_CONFIG, else ./scout.toml, else built-in defaults)");
  subcommand.add_option("--db", options.db_path, "SQLite database file (overrides [database] path)");
  subcommand.add_flag("-v,--verbose", options.verbosity, "More log output on stderr (repeatable)");
  subcommand.add_flag_function(
    "-q,--quiet", [&options](std::int64_t count) { options.verbosity -= static_cast<int>(count); },
    "Only warnings and errors on stderr");
  subcommand
    .add_option("--log-format", options.log_format, "Log lines on stderr: text (default) or json, one event per line")
    ->check(CLI::IsMember({"text", "json"}));
}

LogLevel log_level_for(int verbosity)
{
  const int level = std::clamp(static_cast<int>(LogLevel::info) - verbosity, 0, static_cast<int>(LogLevel::warn));
  return static_cast<LogLevel>(level);
}

int exit_code_for(const Error& error) { return error.kind() == ErrorKind::runtime ? k_exit_failure : k_exit_usage; }

// Defence in depth: the tokens are handed only to the HTTP layer, but should one ever reach a
// message (an error echoing a request), the logger blanks it out.
void register_secrets(const config::Settings& settings, Logger& log)
{
  const config::EnvLookup environment = config::process_environment();
  for (const std::vector<std::string>* names : {&settings.github.token_env, &settings.huggingface.token_env}) {
    for (std::string& token : config::resolve_tokens(*names, environment)) {
      log.add_secret(std::move(token));
    }
  }
}

int run_selected(Command& command, const CommonOptions& options, std::ostream& out, Logger& log)
{
  log.set_level(log_level_for(options.verbosity));
  log.set_format(parse_log_format(options.log_format));
  CommandContext context{resolve_settings(options, log), log, out};
  register_secrets(context.settings, log);
  return command.run(context);
}

}  // namespace

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err)
{
  Logger log(err);
  // One ID per invocation, on every log line, so a night's lines can be told from the last.
  log.set_run_id(make_run_id(SystemClock().now(), std::random_device()()));
  CLI::App cli{"scout: crawl public AI/LLM work from GitHub, Hugging Face and arXiv into a ranked, explained shortlist",
               "scout"};
  cli.set_version_flag("--version", "scout 0.1.0");
  cli.require_subcommand(1, 1);

  std::vector<CommandSpec> commands = all_commands();
  CommonOptions options;
  Command* selected = nullptr;
  for (CommandSpec& spec : commands) {
    CLI::App* subcommand = cli.add_subcommand(spec.name, spec.summary);
    add_common_options(*subcommand, options);
    spec.command->add_options(*subcommand);
    Command* command = spec.command.get();
    subcommand->callback([&selected, command] { selected = command; });
  }

  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = cli.exit(e, out, err);
    return code == 0 ? k_exit_ok : k_exit_usage;
  }

  try {
    return run_selected(*selected, options, out, log);
  } catch (const Error& e) {
    log.error(e.what());
    return exit_code_for(e);
  } catch (const std::exception& e) {
    log.error(std::string("unexpected failure: ") + e.what());
    return k_exit_failure;
  }
}

}  // namespace scout::app
