#include "crawler/http/curl_error.hpp"

#include <string>

namespace scout::crawler {

namespace {

std::string ms_text(std::chrono::milliseconds duration) { return std::to_string(duration.count()) + " ms"; }

// CURLE_OPERATION_TIMEDOUT covers three limits; tell them apart by what curl said
// and how long the transfer ran (curl words a connect phase cut short by the total
// timeout as "Connection timed out", so elapsed time decides that case).
std::string which_timeout(const CurlFailure& failure, const TransferLimits& limits)
{
  if (failure.curl_message.find("too slow") != std::string_view::npos) {
    return "low-speed limit: under " + std::to_string(limits.low_speed_bytes_per_s) + " bytes/s for "
           + std::to_string(limits.low_speed_time.count()) + " s";
  }
  if (failure.elapsed + std::chrono::milliseconds(1) >= limits.total_timeout) {
    return "total timeout of " + ms_text(limits.total_timeout) + " exceeded";
  }
  return "connect timeout of " + ms_text(limits.connect_timeout) + " exceeded";
}

std::string curl_words(const CurlFailure& failure)
{
  if (!failure.curl_message.empty()) {
    return std::string(failure.curl_message);
  }
  return curl_easy_strerror(failure.code);
}

}  // namespace

TransportError classify_curl_failure(const CurlFailure& failure)
{
  if (failure.body_too_large) {
    return TransportError::too_large;
  }
  switch (failure.code) {
  case CURLE_OPERATION_TIMEDOUT: return TransportError::timeout;
  case CURLE_COULDNT_CONNECT:
  case CURLE_COULDNT_RESOLVE_HOST:
  case CURLE_COULDNT_RESOLVE_PROXY: return TransportError::connect;
  case CURLE_PARTIAL_FILE: return TransportError::truncated;
  case CURLE_FILESIZE_EXCEEDED: return TransportError::too_large;
  default: return TransportError::other;
  }
}

std::string describe_curl_failure(const CurlFailure& failure, const TransferLimits& limits)
{
  const std::string prefix = "GET " + std::string(failure.url) + ": ";
  const std::string max_body = std::to_string(limits.max_body_bytes);
  // The write callback's refusal surfaces as curl's misleading "Failure writing output".
  if (failure.body_too_large) {
    return prefix + "body exceeds max_body_bytes (" + max_body + "), transfer aborted (too large)";
  }
  const std::string words = curl_words(failure);
  switch (classify_curl_failure(failure)) {
  case TransportError::timeout: return prefix + words + " (" + which_timeout(failure, limits) + ")";
  case TransportError::connect: return prefix + words + " (could not connect)";
  case TransportError::truncated: return prefix + words + " (truncated body)";
  case TransportError::too_large: return prefix + words + " (Content-Length exceeds max_body_bytes " + max_body + ")";
  default: return prefix + words + " (curl error " + std::to_string(int(failure.code)) + ")";
  }
}

}  // namespace scout::crawler
