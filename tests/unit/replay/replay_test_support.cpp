#include "unit/replay/replay_test_support.hpp"

#include "common/error.hpp"
#include "common/strings.hpp"

#include <arpa/inet.h>
#include <cstdlib>
#include <fstream>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

namespace scout::replay::test {

std::string selftest_dir() { return SCOUT_REPLAY_SELFTEST_DIR; }

TempDir::TempDir()
{
  std::string pattern = (std::filesystem::temp_directory_path() / "scout-replay-test-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    throw Error("cannot create a temporary folder from " + pattern);
  }
  m_path = pattern;
}

TempDir::~TempDir()
{
  std::error_code ignored;
  std::filesystem::remove_all(m_path, ignored);
}

std::filesystem::path TempDir::write(const std::string& relative, const std::string& content) const
{
  const std::filesystem::path file = m_path / relative;
  std::filesystem::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << content;
  return file;
}

ReplayOptions options_for(const std::string& fixture_dir)
{
  ReplayOptions options;
  options.fixture_dir = fixture_dir;
  options.threads = 16;
  return options;
}

httplib::Client client_for(const ReplayServer& server)
{
  httplib::Client client(server.base_url());
  client.set_connection_timeout(std::chrono::seconds(2));
  client.set_read_timeout(std::chrono::seconds(5));
  return client;
}

namespace {

// An open TCP connection to 127.0.0.1:port, closed on destruction.
class Socket {
public:
  explicit Socket(int port) : m_fd(socket(AF_INET, SOCK_STREAM, 0))
  {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval timeout{5, 0};
    setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    if (connect(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
      throw Error("cannot connect to 127.0.0.1:" + std::to_string(port));
    }
  }
  ~Socket() { close(m_fd); }
  Socket(const Socket&) = delete;
  Socket& operator=(const Socket&) = delete;

  void send_all(const std::string& data) const
  {
    std::size_t sent = 0;
    while (sent < data.size()) {
      const ssize_t n = send(m_fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) {
        throw Error("send failed");
      }
      sent += static_cast<std::size_t>(n);
    }
  }

  std::string receive_until_closed() const
  {
    std::string data;
    char buffer[4096];
    ssize_t n = 0;
    while ((n = recv(m_fd, buffer, sizeof buffer, 0)) > 0) {
      data.append(buffer, static_cast<std::size_t>(n));
    }
    return data;
  }

private:
  int m_fd;
};

long long header_length(const std::string& head)
{
  for (const std::string& line : split(head, '\n')) {
    const std::size_t colon = line.find(':');
    if (colon != std::string::npos && iequals(trim(line.substr(0, colon)), "Content-Length")) {
      return std::stoll(std::string(trim(line.substr(colon + 1))));
    }
  }
  return -1;
}

}  // namespace

RawResponse raw_get(int port, const std::string& target)
{
  const Socket socket(port);
  socket.send_all("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  const std::string data = socket.receive_until_closed();
  const std::size_t end = data.find("\r\n\r\n");
  RawResponse response;
  response.head = data.substr(0, end);
  response.body = end == std::string::npos ? "" : data.substr(end + 4);
  response.content_length = header_length(response.head);
  return response;
}

}  // namespace scout::replay::test
