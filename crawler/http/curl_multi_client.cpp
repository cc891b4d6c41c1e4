#include "crawler/http/curl_multi_client.hpp"

#include "common/error.hpp"
#include "crawler/http/curl_transfer.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <cassert>
#include <climits>
#include <string>
#include <utility>

namespace scout::crawler {

namespace {

CURLM* multi_of(void* multi) { return static_cast<CURLM*>(multi); }

void set_multi_option(CURLM* multi, CURLMoption option, long value, const char* name)
{
  const CURLMcode code = curl_multi_setopt(multi, option, value);
  if (code != CURLM_OK) {
    throw Error(std::string("libcurl refused ") + name + ": " + curl_multi_strerror(code));
  }
}

int to_poll_timeout(std::chrono::milliseconds wait)
{
  return static_cast<int>(std::clamp<std::chrono::milliseconds::rep>(wait.count(), 0, INT_MAX));
}

}  // namespace

CurlMultiClient::CurlMultiClient(TransferLimits limits) : m_limits(std::move(limits)), m_multi(curl_multi_init())
{
  if (m_multi == nullptr) {
    throw Error("libcurl cannot create a multi handle (is CurlGlobal alive?)");
  }
  try {
    CURLM* multi = multi_of(m_multi);
    // Transfers over the caps would wait inside curl with their timeout running; the
    // engine starts no more than the caps allow (EngineOptions::per_host_concurrency).
    set_multi_option(multi, CURLMOPT_MAX_HOST_CONNECTIONS, m_limits.max_connections_per_host,
                     "CURLMOPT_MAX_HOST_CONNECTIONS");
    set_multi_option(multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, m_limits.max_total_connections,
                     "CURLMOPT_MAX_TOTAL_CONNECTIONS");
    // No multiplexing: with it, curl 7.88 holds a new transfer back until the first
    // connection to the host shows whether it can multiplex, and while that connection
    // serves a slow answer the held transfers time out without sending a byte ("Failed
    // to resolve host ... after 0 ms"). Each transfer gets its own keep-alive connection
    // (HTTP/2 is still negotiated over TLS), within the caps above.
    set_multi_option(multi, CURLMOPT_PIPELINING, CURLPIPE_NOTHING, "CURLMOPT_PIPELINING");
  } catch (...) {
    curl_multi_cleanup(multi_of(m_multi));
    throw;
  }
}

CurlMultiClient::~CurlMultiClient()
{
  // libcurl's order: detach every easy handle, clean them up, then the multi handle.
  for (const auto& [transfer, owned] : m_active) {
    curl_multi_remove_handle(multi_of(m_multi), transfer->handle());
  }
  m_active.clear();
  m_idle.clear();
  curl_multi_cleanup(multi_of(m_multi));
}

void CurlMultiClient::start(HttpRequest request)
{
  std::unique_ptr<CurlTransfer> transfer = take_idle_transfer();
  transfer->begin(std::move(request));
  const CURLMcode code = curl_multi_add_handle(multi_of(m_multi), transfer->handle());
  if (code != CURLM_OK) {
    m_not_started.push_back(transfer->abandon(std::string("cannot start transfer: ") + curl_multi_strerror(code)));
    m_idle.push_back(std::move(transfer));
    return;
  }
  CurlTransfer* key = transfer.get();
  m_active.emplace(key, std::move(transfer));
  // Resolve and connect now rather than at the next poll().
  perform();
}

std::vector<HttpResponse> CurlMultiClient::poll(std::chrono::milliseconds max_wait)
{
  std::vector<HttpResponse> finished = std::move(m_not_started);
  m_not_started.clear();
  if (m_active.empty()) {
    return finished;
  }
  // Transfers that completed since the last call are returned without waiting.
  perform();
  collect_finished(finished);
  if (!finished.empty()) {
    return finished;
  }
  // Sleeps until a socket is ready, curl's next timer is due, or max_wait passes.
  curl_multi_poll(multi_of(m_multi), nullptr, 0, to_poll_timeout(max_wait), nullptr);
  perform();
  collect_finished(finished);
  return finished;
}

std::size_t CurlMultiClient::in_flight() const { return m_active.size() + m_not_started.size(); }

std::unique_ptr<CurlTransfer> CurlMultiClient::take_idle_transfer()
{
  if (m_idle.empty()) {
    return std::make_unique<CurlTransfer>(m_limits);
  }
  std::unique_ptr<CurlTransfer> transfer = std::move(m_idle.back());
  m_idle.pop_back();
  return transfer;
}

void CurlMultiClient::perform()
{
  int running = 0;
  const CURLMcode code = curl_multi_perform(multi_of(m_multi), &running);
  // Only a bad handle or out-of-memory fail here; transfers report their own errors.
  assert(code == CURLM_OK || code == CURLM_OUT_OF_MEMORY);
  (void)code;
}

void CurlMultiClient::collect_finished(std::vector<HttpResponse>& finished)
{
  int queued = 0;
  while (CURLMsg* message = curl_multi_info_read(multi_of(m_multi), &queued)) {
    if (message->msg != CURLMSG_DONE) {
      continue;
    }
    // The message dies with curl_multi_remove_handle: read it first.
    CURL* easy = message->easy_handle;
    const CURLcode result = message->data.result;
    curl_multi_remove_handle(multi_of(m_multi), easy);
    char* owner = nullptr;  // CURLOPT_PRIVATE, set by CurlTransfer to itself
    curl_easy_getinfo(easy, CURLINFO_PRIVATE, &owner);
    const auto found = m_active.find(static_cast<CurlTransfer*>(static_cast<void*>(owner)));
    assert(found != m_active.end() && "curl finished a transfer this client does not own");
    finished.push_back(found->second->finish(result));
    m_idle.push_back(std::move(found->second));
    m_active.erase(found);
  }
}

}  // namespace scout::crawler
