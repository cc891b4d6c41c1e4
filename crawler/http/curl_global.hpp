#pragma once

namespace scout::crawler {

// Initialises libcurl for the life of the object (curl_global_init / curl_global_cleanup).
// Create exactly one, in app, before any thread starts, and keep it alive until every
// HttpClient is gone. Throws scout::Error when libcurl cannot be initialised.
class CurlGlobal {
public:
  CurlGlobal();
  ~CurlGlobal();
  CurlGlobal(const CurlGlobal&) = delete;
  CurlGlobal& operator=(const CurlGlobal&) = delete;
};

}  // namespace scout::crawler
