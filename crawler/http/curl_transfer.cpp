#include "crawler/http/curl_transfer.hpp"

#include "common/error.hpp"
#include "common/strings.hpp"
#include "crawler/http/curl_error.hpp"

#include <new>
#include <string>
#include <utility>

namespace scout::crawler {

namespace {

// Sets one option; a refusal means libcurl was built without something scout needs.
template<typename Value>
void set_option(CURL* easy, CURLoption option, Value value, const char* name)
{
  const CURLcode code = curl_easy_setopt(easy, option, value);
  if (code != CURLE_OK) {
    throw Error(std::string("libcurl refused ") + name + ": " + curl_easy_strerror(code));
  }
}

// Adds one "Name: value" line; a status line starts a new header block, since only
// the final response's headers count (1xx responses come first).
void add_header_line(Headers& headers, std::string_view line)
{
  if (starts_with(line, "HTTP/")) {
    headers = Headers{};
    return;
  }
  const std::size_t colon = line.find(':');
  // Blank end-of-headers lines and obsolete folded lines (RFC 9112 5.2, never sent by
  // the APIs scout crawls) carry no field.
  if (colon == std::string_view::npos || line.empty() || line.front() == ' ' || line.front() == '\t') {
    return;
  }
  headers.add(std::string(trim(line.substr(0, colon))), std::string(trim(line.substr(colon + 1))));
}

long to_long_ms(std::chrono::milliseconds duration) { return static_cast<long>(duration.count()); }

}  // namespace

CurlTransfer::CurlTransfer(const TransferLimits& limits) : m_limits(limits), m_easy(curl_easy_init())
{
  if (m_easy == nullptr) {
    throw Error("libcurl cannot create a transfer handle (is CurlGlobal alive?)");
  }
  try {
    set_options();
  } catch (...) {
    curl_easy_cleanup(m_easy);
    throw;
  }
}

CurlTransfer::~CurlTransfer()
{
  curl_easy_cleanup(m_easy);
  curl_slist_free_all(m_request_headers);
}

void CurlTransfer::set_options()
{
  set_option(m_easy, CURLOPT_PRIVATE, static_cast<void*>(this), "CURLOPT_PRIVATE");
  set_option(m_easy, CURLOPT_ERRORBUFFER, m_error.data(), "CURLOPT_ERRORBUFFER");
  set_option(m_easy, CURLOPT_WRITEFUNCTION, &CurlTransfer::on_body, "CURLOPT_WRITEFUNCTION");
  set_option(m_easy, CURLOPT_WRITEDATA, static_cast<void*>(this), "CURLOPT_WRITEDATA");
  set_option(m_easy, CURLOPT_HEADERFUNCTION, &CurlTransfer::on_header, "CURLOPT_HEADERFUNCTION");
  set_option(m_easy, CURLOPT_HEADERDATA, static_cast<void*>(this), "CURLOPT_HEADERDATA");
  set_option(m_easy, CURLOPT_PROTOCOLS_STR, "http,https", "CURLOPT_PROTOCOLS_STR");
  set_option(m_easy, CURLOPT_NOSIGNAL, 1L, "CURLOPT_NOSIGNAL");
  // The engine follows redirects itself: only within the API host, and it drops the token otherwise.
  set_option(m_easy, CURLOPT_FOLLOWLOCATION, 0L, "CURLOPT_FOLLOWLOCATION");
  // "" offers every encoding this libcurl decodes (gzip, deflate, br) and decodes the body.
  set_option(m_easy, CURLOPT_ACCEPT_ENCODING, "", "CURLOPT_ACCEPT_ENCODING");
  set_option(m_easy, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2TLS), "CURLOPT_HTTP_VERSION");
  // Wait for a connection that may multiplex (HTTP/2) rather than open a new one per transfer.
  set_option(m_easy, CURLOPT_PIPEWAIT, 1L, "CURLOPT_PIPEWAIT");
  set_option(m_easy, CURLOPT_TCP_KEEPALIVE, 1L, "CURLOPT_TCP_KEEPALIVE");
  set_option(m_easy, CURLOPT_USERAGENT, m_limits.user_agent.c_str(), "CURLOPT_USERAGENT");
  set_option(m_easy, CURLOPT_CONNECTTIMEOUT_MS, to_long_ms(m_limits.connect_timeout), "CURLOPT_CONNECTTIMEOUT_MS");
  set_option(m_easy, CURLOPT_TIMEOUT_MS, to_long_ms(m_limits.total_timeout), "CURLOPT_TIMEOUT_MS");
  set_option(m_easy, CURLOPT_LOW_SPEED_LIMIT, m_limits.low_speed_bytes_per_s, "CURLOPT_LOW_SPEED_LIMIT");
  set_option(m_easy, CURLOPT_LOW_SPEED_TIME, static_cast<long>(m_limits.low_speed_time.count()),
             "CURLOPT_LOW_SPEED_TIME");
  // Refuses a too-long Content-Length before any body arrives; on_body catches the rest.
  set_option(m_easy, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(m_limits.max_body_bytes),
             "CURLOPT_MAXFILESIZE_LARGE");
}

void CurlTransfer::begin(HttpRequest request)
{
  m_response = HttpResponse{};
  m_response.id = request.id;
  m_response.url = std::move(request.url);
  m_body_too_large = false;
  m_error[0] = '\0';
  set_request_headers(request);
  // curl copies the URL string.
  set_option(m_easy, CURLOPT_URL, m_response.url.c_str(), "CURLOPT_URL");
}

void CurlTransfer::set_request_headers(const HttpRequest& request)
{
  curl_slist* list = nullptr;
  for (const auto& [name, value] : request.headers) {
    // "Name;" is curl's spelling for a header with an empty value.
    const std::string line = value.empty() ? name + ";" : name + ": " + value;
    curl_slist* longer = curl_slist_append(list, line.c_str());
    if (longer == nullptr) {
      curl_slist_free_all(list);
      throw std::bad_alloc();
    }
    list = longer;
  }
  set_option(m_easy, CURLOPT_HTTPHEADER, list, "CURLOPT_HTTPHEADER");
  curl_slist_free_all(m_request_headers);
  m_request_headers = list;
}

HttpResponse CurlTransfer::finish(CURLcode result)
{
  HttpResponse response = take_response();
  curl_off_t total_us = 0;
  curl_off_t downloaded = 0;
  curl_easy_getinfo(m_easy, CURLINFO_TOTAL_TIME_T, &total_us);
  curl_easy_getinfo(m_easy, CURLINFO_SIZE_DOWNLOAD_T, &downloaded);
  response.elapsed = std::chrono::milliseconds(total_us / 1000);
  response.bytes_received = static_cast<std::uint64_t>(downloaded);
  if (result == CURLE_OK) {
    curl_easy_getinfo(m_easy, CURLINFO_RESPONSE_CODE, &response.status);
  } else {
    fill_failure(response, result);
  }
  return response;
}

HttpResponse CurlTransfer::abandon(std::string_view reason)
{
  HttpResponse response = take_response();
  response.error = TransportError::other;
  response.error_message = "GET " + response.url + ": " + std::string(reason);
  response.sent = false;
  return response;
}

void CurlTransfer::fill_failure(HttpResponse& response, CURLcode result) const
{
  const CurlFailure failure{result, response.url, std::string_view(m_error.data()), m_body_too_large, response.elapsed};
  response.error = classify_curl_failure(failure);
  response.error_message = describe_curl_failure(failure, m_limits);
  response.status = 0;
  // A cut or refused body is unusable; headers stay for diagnosis (rate limits, request ids).
  response.body.clear();
}

// Hands over the response and drops the request headers, which curl no longer needs.
HttpResponse CurlTransfer::take_response()
{
  HttpResponse response = std::move(m_response);
  m_response = HttpResponse{};
  curl_easy_setopt(m_easy, CURLOPT_HTTPHEADER, static_cast<curl_slist*>(nullptr));
  curl_slist_free_all(m_request_headers);
  m_request_headers = nullptr;
  return response;
}

std::size_t CurlTransfer::on_body(char* data, std::size_t size, std::size_t count, void* self)
{
  CurlTransfer& transfer = *static_cast<CurlTransfer*>(self);
  const std::size_t bytes = size * count;
  // Decoded bytes count here, so a small gzip body cannot expand past the limit.
  if (transfer.m_response.body.size() + bytes > transfer.m_limits.max_body_bytes) {
    transfer.m_body_too_large = true;
    return 0;  // curl aborts the transfer with CURLE_WRITE_ERROR
  }
  // Exceptions must not unwind through libcurl's C frames: abort the transfer instead.
  try {
    transfer.m_response.body.append(data, bytes);
  } catch (const std::bad_alloc&) {
    return 0;
  }
  return bytes;
}

std::size_t CurlTransfer::on_header(char* data, std::size_t size, std::size_t count, void* self)
{
  CurlTransfer& transfer = *static_cast<CurlTransfer*>(self);
  const std::size_t bytes = size * count;
  try {
    add_header_line(transfer.m_response.headers, std::string_view(data, bytes));
  } catch (const std::bad_alloc&) {
    return 0;
  }
  return bytes;
}

}  // namespace scout::crawler
