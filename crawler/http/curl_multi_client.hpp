#pragma once

#include "crawler/http/http_client.hpp"
#include "crawler/http/http_types.hpp"

#include <chrono>
#include <cstddef>
#include <memory>
#include <unordered_map>
#include <vector>

namespace scout::crawler {

class CurlTransfer;

// HttpClient over libcurl's multi interface: one thread, many concurrent transfers.
// Connections are kept alive and shared (HTTP/2 multiplexed when the server offers it
// over TLS), capped per host and in total by TransferLimits. Redirects are not followed:
// a 3xx comes back with its Location header. Bodies are decoded (gzip, deflate, br).
// Not thread-safe. A CurlGlobal must outlive every client.
class CurlMultiClient final : public HttpClient {
public:
  // Throws scout::Error when libcurl cannot create the multi handle.
  explicit CurlMultiClient(TransferLimits limits);
  // Abandons transfers still in flight.
  ~CurlMultiClient() override;
  CurlMultiClient(const CurlMultiClient&) = delete;
  CurlMultiClient& operator=(const CurlMultiClient&) = delete;

  // Throws scout::Error only when libcurl cannot create a transfer handle; every
  // failure of the transfer itself comes back from poll().
  void start(HttpRequest request) override;
  std::vector<HttpResponse> poll(std::chrono::milliseconds max_wait) override;
  std::size_t in_flight() const override;

private:
  std::unique_ptr<CurlTransfer> take_idle_transfer();
  void perform();
  void collect_finished(std::vector<HttpResponse>& finished);

  TransferLimits m_limits;
  void* m_multi = nullptr;  // CURLM*, opaque here so curl.h stays out of this header
  // Finished handles kept for reuse; never more than the peak number in flight.
  std::vector<std::unique_ptr<CurlTransfer>> m_idle;
  std::unordered_map<CurlTransfer*, std::unique_ptr<CurlTransfer>> m_active;
  std::vector<HttpResponse> m_not_started;  // returned by the next poll()
};

}  // namespace scout::crawler
