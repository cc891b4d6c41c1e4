#include "common/strings.hpp"
#include "crawler/http/curl_global.hpp"
#include "crawler/http/curl_multi_client.hpp"
#include "replay/fault.hpp"
#include "replay/replay_server.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <set>
#include <string>
#include <vector>

using namespace std::chrono_literals;
using scout::crawler::CurlGlobal;
using scout::crawler::CurlMultiClient;
using scout::crawler::HttpClient;
using scout::crawler::HttpRequest;
using scout::crawler::HttpResponse;
using scout::crawler::TransferLimits;
using scout::crawler::TransportError;
using scout::replay::parse_fault;
using scout::replay::ReplayOptions;
using scout::replay::ReplayServer;

namespace {

ReplayOptions http_fixtures(int latency_ms = 0)
{
  ReplayOptions options;
  options.fixture_dir = SCOUT_FIXTURES_DIR "/http";
  options.latency_ms = latency_ms;
  return options;
}

// Short limits so a failing test fails fast.
TransferLimits test_limits()
{
  TransferLimits limits;
  limits.connect_timeout = 2s;
  limits.total_timeout = 4s;
  return limits;
}

// Polls until nothing is in flight (or 5 s pass) and returns every response.
std::vector<HttpResponse> drain(HttpClient& client)
{
  std::vector<HttpResponse> all;
  const auto give_up = std::chrono::steady_clock::now() + 5s;
  while (client.in_flight() > 0 && std::chrono::steady_clock::now() < give_up) {
    for (HttpResponse& response : client.poll(100ms)) {
      all.push_back(std::move(response));
    }
  }
  return all;
}

HttpResponse fetch(HttpClient& client, const std::string& url,
                   std::vector<std::pair<std::string, std::string>> headers = {})
{
  client.start(HttpRequest{.id = 7, .url = url, .headers = std::move(headers)});
  std::vector<HttpResponse> responses = drain(client);
  REQUIRE(responses.size() == 1);
  CHECK(responses.front().id == 7);
  CHECK(responses.front().url == url);
  return std::move(responses.front());
}

std::vector<std::string> values_of(const HttpResponse& response, std::string_view name)
{
  std::vector<std::string> values;
  for (const auto& [field, value] : response.headers.items()) {
    if (scout::iequals(field, name)) {
      values.push_back(value);
    }
  }
  return values;
}

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_SUITE("crawler::CurlMultiClient")
{
  TEST_CASE("a 200 comes back with its body and headers, names matched in any case")
  {
    CurlGlobal curl;
    ReplayServer server(http_fixtures());
    server.start();
    CurlMultiClient client(test_limits());
    const HttpResponse response = fetch(client, server.base_url() + "/ok");
    CHECK(response.error == TransportError::none);
    CHECK(response.status == 200);
    CHECK(response.body == R"({"name":"scout","stars":42})");
    CHECK(response.headers.get("x-request-id") == "r-1");
    CHECK(response.headers.get("ETAG") == "\"v1\"");
    const std::vector<std::string> links{"<" + server.base_url() + "/ok?page=2>; rel=\"next\"",
                                         "<" + server.base_url() + "/ok?page=9>; rel=\"last\""};
    CHECK(values_of(response, "Link") == links);
    CHECK(response.bytes_received > 0);
    CHECK(response.error_message.empty());
  }

  TEST_CASE("50 transfers run concurrently, not one after another")
  {
    CurlGlobal curl;
    ReplayServer server(http_fixtures(50));
    server.start();
    TransferLimits limits = test_limits();
    limits.max_connections_per_host = 16;
    CurlMultiClient client(limits);
    const auto began = std::chrono::steady_clock::now();
    for (std::uint64_t id = 1; id <= 50; ++id) {
      client.start(HttpRequest{.id = id, .url = server.base_url() + "/ok", .headers = {}});
    }
    CHECK(client.in_flight() == 50);
    const std::vector<HttpResponse> responses = drain(client);
    const auto took = std::chrono::steady_clock::now() - began;
    // Serially this takes 50 x 50 ms = 2.5 s; over 16 connections about 4 rounds of 50 ms
    // (about 0.4 s while the replay server adds ~40 ms per reused connection).
    CHECK(took < 1500ms);
    REQUIRE(responses.size() == 50);
    std::set<std::uint64_t> ids;
    for (const HttpResponse& response : responses) {
      CHECK(response.status == 200);
      ids.insert(response.id);
    }
    CHECK(ids.size() == 50);
    CHECK(server.stats().requests == 50);
    CHECK(client.in_flight() == 0);
  }

  TEST_CASE("If-None-Match is sent and a 304 comes back as a status")
  {
    CurlGlobal curl;
    ReplayServer server(http_fixtures());
    server.start();
    CurlMultiClient client(test_limits());
    const HttpResponse fresh = fetch(client, server.base_url() + "/etag");
    CHECK(fresh.status == 200);
    REQUIRE(fresh.headers.get("ETag") == "\"abc\"");
    const HttpResponse cached = fetch(client, server.base_url() + "/etag", {{"If-None-Match", "\"abc\""}});
    CHECK(cached.error == TransportError::none);
    CHECK(cached.status == 304);
    CHECK(cached.body.empty());
  }

  TEST_CASE("a redirect is returned with its Location, not followed")
  {
    CurlGlobal curl;
    ReplayServer server(http_fixtures());
    server.start();
    CurlMultiClient client(test_limits());
    const HttpResponse response = fetch(client, server.base_url() + "/moved");
    CHECK(response.error == TransportError::none);
    CHECK(response.status == 301);
    CHECK(response.headers.get("location") == server.base_url() + "/ok");
    CHECK(server.stats().requests == 1);
  }

  TEST_CASE("4xx and 5xx are statuses, not transport errors")
  {
    CurlGlobal curl;
    ReplayServer server(http_fixtures());
    server.start();
    CurlMultiClient client(test_limits());
    SUBCASE("404")
    {
      const HttpResponse response = fetch(client, server.base_url() + "/missing");
      CHECK(response.error == TransportError::none);
      CHECK(response.status == 404);
    }
    SUBCASE("503")
    {
      const HttpResponse response = fetch(client, server.base_url() + "/unavailable");
      CHECK(response.error == TransportError::none);
      CHECK(response.status == 503);
      CHECK(contains(response.body, "down for maintenance"));
    }
  }

  TEST_CASE("a compressed response is decoded")
  {
    CurlGlobal curl;
    ReplayServer server(http_fixtures());
    server.start();
    CurlMultiClient client(test_limits());
    const HttpResponse response = fetch(client, server.base_url() + "/text");
    CHECK(response.status == 200);
    const std::string encoding = response.headers.get("Content-Encoding").value_or("none");
    CHECK((encoding == "gzip" || encoding == "br"));
    CHECK(response.body == scout::read_file(SCOUT_FIXTURES_DIR "/http/large_body.txt"));
    CHECK(response.bytes_received < response.body.size());
  }

  TEST_CASE("a body cut short is a truncated transfer")
  {
    CurlGlobal curl;
    ReplayServer server(http_fixtures());
    server.start();
    server.add_fault(parse_fault(R"({"kind":"truncate","path_prefix":"/octets"})"));
    CurlMultiClient client(test_limits());
    const std::string url = server.base_url() + "/octets";
    const HttpResponse response = fetch(client, url);
    CHECK(response.error == TransportError::truncated);
    CHECK(response.status == 0);
    CHECK(response.body.empty());
    CHECK(contains(response.error_message, "GET " + url + ": "));
    CHECK(contains(response.error_message, "bytes remaining"));
    CHECK(contains(response.error_message, "(truncated body)"));
  }

  TEST_CASE("nothing listening on the port is a connect error")
  {
    CurlGlobal curl;
    std::string url;
    {
      ReplayServer gone(http_fixtures());
      gone.start();
      url = gone.base_url() + "/ok";
    }
    CurlMultiClient client(test_limits());
    const HttpResponse response = fetch(client, url);
    CHECK(response.error == TransportError::connect);
    CHECK(response.status == 0);
    CHECK(contains(response.error_message, "GET " + url + ": "));
  }

  TEST_CASE("an answer slower than the total timeout is a timeout")
  {
    CurlGlobal curl;
    ReplayServer server(http_fixtures());
    server.start();
    server.add_fault(parse_fault(R"({"kind":"latency","ms":3000})"));
    TransferLimits limits = test_limits();
    limits.total_timeout = 300ms;
    CurlMultiClient client(limits);
    const auto began = std::chrono::steady_clock::now();
    const HttpResponse response = fetch(client, server.base_url() + "/ok");
    CHECK(std::chrono::steady_clock::now() - began < 2s);
    CHECK(response.error == TransportError::timeout);
    CHECK(contains(response.error_message, "total timeout of 300 ms exceeded"));
  }

  TEST_CASE("a body over max_body_bytes is too_large")
  {
    CurlGlobal curl;
    ReplayServer server(http_fixtures());
    server.start();
    TransferLimits limits = test_limits();
    limits.max_body_bytes = 1000;
    CurlMultiClient client(limits);
    SUBCASE("announced by Content-Length")
    {
      const HttpResponse response = fetch(client, server.base_url() + "/octets");
      CHECK(response.error == TransportError::too_large);
      CHECK(contains(response.error_message, "max_body_bytes 1000"));
    }
    SUBCASE("found while decoding a small compressed body")
    {
      const HttpResponse response = fetch(client, server.base_url() + "/text");
      CHECK(response.error == TransportError::too_large);
      CHECK(contains(response.error_message, "max_body_bytes (1000)"));
    }
    SUBCASE("the reused handle then serves a small body normally")
    {
      CHECK(fetch(client, server.base_url() + "/octets").error == TransportError::too_large);
      const HttpResponse response = fetch(client, server.base_url() + "/ok");
      CHECK(response.error == TransportError::none);
      CHECK(response.status == 200);
      CHECK(response.headers.get("X-Request-Id") == "r-1");
    }
  }

  TEST_CASE("poll without transfers returns at once, and in-flight transfers die with the client")
  {
    CurlGlobal curl;
    ReplayServer server(http_fixtures(2000));
    server.start();
    {
      CurlMultiClient client(test_limits());
      const auto began = std::chrono::steady_clock::now();
      CHECK(client.poll(1s).empty());
      CHECK(std::chrono::steady_clock::now() - began < 100ms);
      for (std::uint64_t id = 1; id <= 3; ++id) {
        client.start(HttpRequest{.id = id, .url = server.base_url() + "/ok", .headers = {}});
      }
      CHECK(client.poll(20ms).empty());
      CHECK(client.in_flight() == 3);
    }
  }

  TEST_CASE("a slow answer does not hold back other transfers to the same host")
  {
    CurlGlobal curl;
    ReplayServer server(http_fixtures(0));
    server.start();
    scout::replay::Fault slow;
    slow.kind = scout::replay::FaultKind::latency;
    slow.latency_ms = 2500;
    slow.count = 1;
    server.add_fault(slow);
    TransferLimits limits = test_limits();
    limits.total_timeout = 1500ms;
    limits.max_connections_per_host = 3;
    CurlMultiClient client(limits);
    for (std::uint64_t id = 1; id <= 3; ++id) {
      client.start(HttpRequest{.id = id, .url = server.base_url() + "/ok", .headers = {}});
    }
    int answered = 0;
    for (const HttpResponse& response : drain(client)) {
      answered += response.status == 200 ? 1 : 0;
    }
    CHECK(answered == 2);                 // only the slow one times out
    CHECK(server.stats().requests == 3);  // and every transfer reached the server
  }
}
