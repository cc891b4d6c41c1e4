#include "replay/cli.hpp"

#include "common/error.hpp"
#include "replay/replay_server.hpp"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <signal.h>

namespace scout::replay {

namespace {

struct CliArgs {
  ReplayOptions options;
  std::string rate_style = "github";
  std::vector<std::string> faults;
  std::string port_file;
};

void add_flags(CLI::App& app, CliArgs& args)
{
  ReplayOptions& o = args.options;
  app.add_option("--root", o.fixture_dir, "Fixture folder, searched recursively for *.json")->required();
  app.add_option("--host", o.host, "Loopback address to bind (127.0.0.0/8, ::1, localhost)");
  app.add_option("--port", o.port, "Port to bind; 0 picks a free one")->check(CLI::Range(0, 65535));
  app.add_option("--port-file", args.port_file, "Write the bound port to this file once listening");
  app.add_option("--latency-ms", o.latency_ms, "Delay before every answer")->check(CLI::NonNegativeNumber);
  app.add_flag("--auto-etag", o.auto_etag, "Give 200 responses without an ETag one hashed from the body");
  app.add_option("--rate-limit", o.rate_limit, "Requests allowed per window; 0 = no limit")
    ->check(CLI::NonNegativeNumber);
  app.add_option("--rate-window", o.rate_window_s, "Rate-limit window in seconds")->check(CLI::PositiveNumber);
  app.add_option("--rate-style", args.rate_style, "How the limit shows: github, hf or plain")
    ->check(CLI::IsMember({"github", "hf", "plain"}));
  app.add_option("--fault", args.faults, "Fault JSON, e.g. '{\"kind\":\"status\",\"status\":503,\"count\":1}'")
    ->allow_extra_args(false);
  app.add_option("--threads", o.threads, "Worker threads (concurrent connections)")->check(CLI::Range(1, 1024));
}

// Writes the port next to the file and renames it, so readers never see half a file.
void write_port_file(const std::string& path, int port)
{
  const std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::trunc);
    out << port << '\n';
    if (!out) {
      throw Error(temporary + ": cannot write the port file");
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);
  if (error) {
    throw Error(path + ": cannot create the port file: " + error.message());
  }
}

int serve(CliArgs& args, const sigset_t& stop_signals)
{
  args.options.rate_style = *rate_style_from_name(args.rate_style);
  for (const std::string& json : args.faults) {
    args.options.faults.push_back(parse_fault(json));
  }
  ReplayServer server(args.options);
  server.start();
  std::cerr << "scout-replay: " << server.route_count() << " recorded routes from " << args.options.fixture_dir << '\n';
  std::cout << "listening on " << server.base_url() << std::endl;
  if (!args.port_file.empty()) {
    write_port_file(args.port_file, server.port());
  }
  int signal_number = 0;
  sigwait(&stop_signals, &signal_number);
  server.stop();
  return 0;
}

}  // namespace

int run_cli(int argc, char** argv)
{
  // Block the stop signals before any thread exists so every server thread inherits
  // the mask and only sigwait() below receives them. A shell starts background jobs
  // with SIGINT ignored, and an ignored signal never reaches sigwait(): restore it.
  signal(SIGINT, SIG_DFL);
  signal(SIGTERM, SIG_DFL);
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  CLI::App app("scout-replay: serve recorded API responses on a loopback address", "scout-replay");
  CliArgs args;
  add_flags(app, args);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return app.exit(error) == 0 ? 0 : 2;
  }
  try {
    return serve(args, stop_signals);
  } catch (const Error& error) {
    std::cerr << "scout-replay: error: " << error.what() << '\n';
    return error.kind() == ErrorKind::runtime ? 1 : 2;
  }
}

}  // namespace scout::replay
