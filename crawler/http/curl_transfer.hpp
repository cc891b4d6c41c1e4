#pragma once

// Private to the libcurl transport (crawler/http/curl_*.cpp): includes curl.h.

#include "crawler/http/http_types.hpp"

#include <curl/curl.h>

#include <array>
#include <cstddef>
#include <string_view>

namespace scout::crawler {

// One reusable easy handle and the response it is receiving. Reusing the handle for
// later requests keeps its TLS session cache; connections live in the multi handle.
// CURLOPT_PRIVATE points back at this object.
class CurlTransfer {
public:
  // Creates the handle with every per-client option set (no redirects, timeouts,
  // compression, HTTP/2 over TLS, keepalive). Throws scout::Error when libcurl cannot
  // create it or refuses an option.
  explicit CurlTransfer(const TransferLimits& limits);
  ~CurlTransfer();
  CurlTransfer(const CurlTransfer&) = delete;
  CurlTransfer& operator=(const CurlTransfer&) = delete;

  CURL* handle() const { return m_easy; }

  // Points the handle at `request` and forgets the previous response.
  void begin(HttpRequest request);

  // The response of the transfer curl finished with `result`. Leaves the handle ready
  // for begin().
  [[nodiscard]] HttpResponse finish(CURLcode result);

  // The response of a transfer that never started (error `other`, `reason` in the message).
  [[nodiscard]] HttpResponse abandon(std::string_view reason);

private:
  static std::size_t on_body(char* data, std::size_t size, std::size_t count, void* self);
  static std::size_t on_header(char* data, std::size_t size, std::size_t count, void* self);
  void set_options();
  void set_request_headers(const HttpRequest& request);
  void fill_failure(HttpResponse& response, CURLcode result) const;
  HttpResponse take_response();

  TransferLimits m_limits;
  CURL* m_easy = nullptr;
  curl_slist* m_request_headers = nullptr;
  HttpResponse m_response;
  bool m_body_too_large = false;
  std::array<char, CURL_ERROR_SIZE> m_error{};
};

}  // namespace scout::crawler
