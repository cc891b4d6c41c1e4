#include "replay/http_reply.hpp"

#include "common/strings.hpp"

#include <algorithm>
#include <array>
#include <memory>
#include <string_view>

namespace scout::replay {

namespace {

constexpr std::array<std::string_view, 6> k_dropped_headers{
  "Content-Length", "Transfer-Encoding", "Content-Encoding", "Connection", "Keep-Alive", "Content-Type",
};

bool is_dropped(std::string_view name)
{
  return std::any_of(k_dropped_headers.begin(), k_dropped_headers.end(),
                     [name](std::string_view dropped) { return iequals(name, dropped); });
}

// Announces the full length, writes the first half, then fails the provider so
// cpp-httplib closes the connection: the client sees a short body.
httplib::ContentProvider truncating_provider(std::shared_ptr<const std::string> body)
{
  const std::size_t half = body->size() / 2;
  return [body, half](std::size_t offset, std::size_t, httplib::DataSink& sink) {
    if (offset >= half) {
      return false;
    }
    return sink.write(body->data() + offset, half - offset);
  };
}

// Writes `chunk` bytes per call, pausing `interval_ms` before every chunk but the first.
httplib::ContentProvider dripping_provider(std::shared_ptr<const std::string> body, std::size_t chunk, int interval_ms,
                                           Pause pause)
{
  return [body, chunk, interval_ms, pause](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
    if (offset > 0 && !pause(interval_ms)) {
      return false;
    }
    return sink.write(body->data() + offset, std::min(chunk, length));
  };
}

}  // namespace

Headers from_http_headers(const httplib::Headers& headers) { return Headers(headers.begin(), headers.end()); }

void write_reply(Reply reply, httplib::Response& response, const Pause& pause)
{
  response.status = reply.status;
  for (auto& [name, value] : reply.headers) {
    if (!is_dropped(name)) {
      response.headers.emplace(name, std::move(value));
    }
  }
  const std::string* found_type = find_header(reply.headers, "Content-Type");
  const std::string type = found_type != nullptr ? *found_type : "application/octet-stream";
  if (reply.body.empty()) {
    return;
  }
  if (reply.delivery == BodyDelivery::whole) {
    response.set_content(std::move(reply.body), type);
    return;
  }
  const auto body = std::make_shared<const std::string>(std::move(reply.body));
  if (reply.delivery == BodyDelivery::truncate) {
    response.set_content_provider(body->size(), type, truncating_provider(body));
  } else {
    const auto chunk = static_cast<std::size_t>(std::max(1, reply.chunk_bytes));
    response.set_content_provider(body->size(), type, dripping_provider(body, chunk, reply.interval_ms, pause));
  }
}

}  // namespace scout::replay
