#include "replay/replay_server.hpp"

#include "common/error.hpp"
#include "common/strings.hpp"
#include "replay/control_api.hpp"
#include "replay/http_reply.hpp"
#include "replay/json_util.hpp"

#include <httplib.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace scout::replay {

namespace {

// cpp-httplib listens with a backlog of 5 (CPPHTTPLIB_LISTEN_BACKLOG, fixed in the
// shared library). A burst of 32+ clients overflows that and the kernel makes the
// extras retry their SYN a second later, so re-listen with a larger backlog.
class WideBacklogServer : public httplib::Server {
public:
  void widen_backlog(int backlog) { ::listen(svr_sock_, backlog); }
};

constexpr int k_backlog = 512;
constexpr auto k_start_timeout = std::chrono::seconds(5);

ReplayOptions validated(ReplayOptions options)
{
  if (options.fixture_dir.empty()) {
    throw UsageError("no fixture folder given (--root DIR)");
  }
  validate_options(options);
  return options;
}

std::string bind_host(const std::string& host) { return iequals(host, "localhost") ? "127.0.0.1" : host; }

std::string url_host(const std::string& host)
{
  const std::string bound = bind_host(host);
  return bound.find(':') != std::string::npos ? "[" + bound + "]" : bound;
}

// Binds `host:port` (port 0: any free port) and returns the bound port.
int bind_loopback(WideBacklogServer& http, const std::string& host, int port)
{
  const std::string address = bind_host(host);
  const int bound = port == 0 ? http.bind_to_any_port(address) : (http.bind_to_port(address, port) ? port : -1);
  if (bound <= 0) {
    throw Error("replay server: cannot bind " + address + ":" + std::to_string(port)
                + " (port in use? try --port 0 for any free port)");
  }
  http.widen_backlog(k_backlog);
  return bound;
}

std::string describe(const std::exception_ptr& error)
{
  try {
    std::rethrow_exception(error);
  } catch (const std::exception& e) {
    return e.what();
  } catch (...) {
    return "unknown exception";
  }
}

// An httplib server routing every method and path to `handler`, on a pool of
// `threads` workers (one per concurrent connection), with keep-alive.
std::unique_ptr<WideBacklogServer> make_http_server(int threads, const httplib::Server::Handler& handler)
{
  auto http = std::make_unique<WideBacklogServer>();
  http->new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<std::size_t>(threads)); };
  http->set_keep_alive_max_count(100'000);
  // cpp-httplib's default also sets SO_REUSEPORT, which would let a second server
  // share a port that is already serving; keep only SO_REUSEADDR.
  // TCP_NODELAY: without it Nagle's algorithm holds each small keep-alive answer back
  // for ~40 ms (accepted sockets inherit it from the listening one).
  http->set_tcp_nodelay(true);
  http->set_socket_options([](int socket) {
    const int yes = 1;
    setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    setsockopt(socket, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
  });
  http->Get(".*", handler).Post(".*", handler).Put(".*", handler);
  http->Patch(".*", handler).Delete(".*", handler).Options(".*", handler);
  http->set_exception_handler([](const httplib::Request&, httplib::Response& response, std::exception_ptr error) {
    response.status = 500;
    response.set_content(message_json("replay server: internal error: " + describe(error)), "application/json");
  });
  return http;
}

}  // namespace

ReplayServer::ReplayServer(ReplayOptions options)
  : m_options(validated(std::move(options))), m_fixtures(FixtureStore::load(m_options.fixture_dir)),
    m_state(m_options, m_clock), m_responder(m_fixtures, m_state, m_options, m_clock)
{
}

ReplayServer::~ReplayServer() { stop(); }

void ReplayServer::start()
{
  if (m_http) {
    throw Error("replay server: start() called twice; create a new ReplayServer instead");
  }
  auto http = make_http_server(m_options.threads, [this](const httplib::Request& request, httplib::Response& response) {
    handle(request, response);
  });
  m_port = bind_loopback(*http, m_options.host, m_options.port);
  m_base_url = "http://" + url_host(m_options.host) + ":" + std::to_string(m_port);
  m_http = std::move(http);
  m_thread = std::thread([this] { serve_forever(); });
  wait_until_listening();
}

void ReplayServer::stop()
{
  if (!m_thread.joinable()) {
    return;
  }
  m_stopping.request_stop();
  m_http->stop();
  m_thread.join();
}

void ReplayServer::handle(const httplib::Request& request, httplib::Response& response)
{
  const std::string path = request.target.substr(0, request.target.find('?'));
  const Pause pause = [this](int ms) { return this->pause(ms); };
  if (is_control_path(path)) {
    write_reply(handle_control(m_state, request.method, path, request.body), response, pause);
    return;
  }
  const IncomingRequest incoming{request.method, request.target, from_http_headers(request.headers)};
  Reply reply = m_responder.respond(incoming, m_base_url);
  pause(reply.delay_ms);
  write_reply(std::move(reply), response, pause);
}

void ReplayServer::serve_forever()
{
  m_http->listen_after_bind();
  m_listen_returned = true;
}

// Connections are already queued once bound, but stop() only works once the accept
// loop runs, so start() returns only then.
void ReplayServer::wait_until_listening()
{
  const auto deadline = std::chrono::steady_clock::now() + k_start_timeout;
  while (!m_http->is_running()) {
    if (m_listen_returned || std::chrono::steady_clock::now() > deadline) {
      throw Error("replay server: accept loop on " + m_base_url + " did not start");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
}

bool ReplayServer::pause(int ms) const
{
  if (ms > 0) {
    std::mutex mutex;
    std::condition_variable_any wakeup;
    std::unique_lock lock(mutex);
    wakeup.wait_for(lock, m_stopping.get_token(), std::chrono::milliseconds(ms), [] { return false; });
  }
  return !m_stopping.stop_requested();
}

void ReplayServer::add_fault(Fault fault) { m_state.faults.add(std::move(fault)); }

void ReplayServer::clear_faults() { m_state.faults.clear(); }

std::vector<Fault> ReplayServer::faults() const { return m_state.faults.list(); }

Stats ReplayServer::stats() const { return m_state.stats.snapshot(); }

void ReplayServer::reset_stats() { m_state.reset(); }

}  // namespace scout::replay
