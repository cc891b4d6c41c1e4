#pragma once

#include "common/clock.hpp"
#include "crawler/http/http_client.hpp"

#include <deque>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace scout::testing {

// An in-memory HttpClient: each URL answers from a script of replies, in order, the last
// one repeating. A URL with no script answers 404. Every request completes at the next
// poll(), at the time on `clock`, which it does not move: time passes only where the code
// under test sleeps. Records what was sent and when, so a test checks the timing exactly.
class FakeHttpClient : public crawler::HttpClient {
public:
  struct Reply {
    long status = 200;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
  };

  struct Sent {
    crawler::HttpRequest request;
    std::chrono::system_clock::time_point at;
  };

  explicit FakeHttpClient(const Clock& clock) : m_clock(clock) {}

  // Appends `reply` to `url`'s script.
  void script(const std::string& url, Reply reply) { m_scripts[url].push_back(std::move(reply)); }

  const std::vector<Sent>& sent() const { return m_sent; }

  // The times requests for `url` were sent, in order.
  std::vector<std::chrono::system_clock::time_point> sent_times(const std::string& url) const
  {
    std::vector<std::chrono::system_clock::time_point> times;
    for (const Sent& sent : m_sent) {
      if (sent.request.url == url) {
        times.push_back(sent.at);
      }
    }
    return times;
  }

  void start(crawler::HttpRequest request) override
  {
    m_sent.push_back(Sent{request, m_clock.now()});
    m_started.push_back(std::move(request));
  }

  std::vector<crawler::HttpResponse> poll(std::chrono::milliseconds /*max_wait*/) override
  {
    std::vector<crawler::HttpResponse> responses;
    for (crawler::HttpRequest& request : m_started) {
      responses.push_back(answer(request));
    }
    m_started.clear();
    return responses;
  }

  std::size_t in_flight() const override { return m_started.size(); }

private:
  crawler::HttpResponse answer(const crawler::HttpRequest& request)
  {
    crawler::HttpResponse response;
    response.id = request.id;
    response.url = request.url;
    response.status = 404;
    const auto found = m_scripts.find(request.url);
    if (found != m_scripts.end() && !found->second.empty()) {
      const Reply reply = found->second.front();
      if (found->second.size() > 1) {
        found->second.pop_front();
      }
      response.status = reply.status;
      for (const auto& [name, value] : reply.headers) {
        response.headers.add(name, value);
      }
      response.body = reply.body;
    }
    response.bytes_received = response.body.size();
    return response;
  }

  const Clock& m_clock;
  std::map<std::string, std::deque<Reply>> m_scripts;
  std::vector<crawler::HttpRequest> m_started;
  std::vector<Sent> m_sent;
};

}  // namespace scout::testing
