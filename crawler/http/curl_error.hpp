#pragma once

// Private to the libcurl transport (crawler/http/curl_*.cpp): includes curl.h.

#include "crawler/http/http_types.hpp"

#include <curl/curl.h>

#include <chrono>
#include <string>
#include <string_view>

namespace scout::crawler {

// What curl's result code alone does not say about a failed transfer.
struct CurlFailure {
  CURLcode code = CURLE_OK;
  std::string_view url;
  std::string_view curl_message;  // curl's error buffer; may be empty
  bool body_too_large = false;    // the body callback refused more bytes
  std::chrono::milliseconds elapsed{0};
};

// The TransportError a failed transfer maps to (never `none`).
TransportError classify_curl_failure(const CurlFailure& failure);

// An actionable message naming the URL, curl's words and the limit that was hit, e.g.
// "GET http://127.0.0.1:1234/x: transfer closed with 120 bytes remaining to read (truncated body)".
std::string describe_curl_failure(const CurlFailure& failure, const TransferLimits& limits);

}  // namespace scout::crawler
