#include "crawler/http/curl_url.hpp"

namespace scout::crawler {

CurlUrl parse_curl_url(std::string_view text)
{
  CurlUrl url(curl_url());
  if (!url
      || curl_url_set(url.get(), CURLUPART_URL, std::string(text).c_str(), CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK) {
    return nullptr;
  }
  return url;
}

std::optional<std::string> curl_url_part(CURLU* url, CURLUPart which)
{
  char* text = nullptr;
  if (curl_url_get(url, which, &text, 0) != CURLUE_OK || text == nullptr) {
    return std::nullopt;
  }
  std::string value(text);
  curl_free(text);
  return value;
}

}  // namespace scout::crawler
