#include "crawler/http/curl_global.hpp"

#include "common/error.hpp"

#include <curl/curl.h>

#include <string>

namespace scout::crawler {

CurlGlobal::CurlGlobal()
{
  const CURLcode code = curl_global_init(CURL_GLOBAL_DEFAULT);
  if (code != CURLE_OK) {
    throw Error(std::string("cannot initialise libcurl: ") + curl_easy_strerror(code));
  }
}

CurlGlobal::~CurlGlobal() { curl_global_cleanup(); }

}  // namespace scout::crawler
