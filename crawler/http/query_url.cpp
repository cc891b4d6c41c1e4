#include "crawler/http/query_url.hpp"

#include "common/strings.hpp"

#include <curl/curl.h>

#include <cctype>
#include <charconv>
#include <memory>
#include <vector>

namespace scout::crawler {

namespace {

struct CurlUrlFree {
  void operator()(CURLU* url) const { curl_url_cleanup(url); }
};
using CurlUrl = std::unique_ptr<CURLU, CurlUrlFree>;

// `text` parsed by libcurl; null when it is not an absolute URL libcurl accepts.
CurlUrl parse(std::string_view text)
{
  CurlUrl url(curl_url());
  if (!url || curl_url_set(url.get(), CURLUPART_URL, std::string(text).c_str(), CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK) {
    return nullptr;
  }
  return url;
}

// One part of `url` as written, still encoded; nullopt when the URL has none.
std::optional<std::string> part(CURLU* url, CURLUPart which)
{
  char* text = nullptr;
  if (curl_url_get(url, which, &text, 0) != CURLUE_OK || text == nullptr) {
    return std::nullopt;
  }
  std::string value(text);
  curl_free(text);
  return value;
}

// The still-encoded query ("" when there is none).
std::string raw_query(CURLU* url) { return part(url, CURLUPART_QUERY).value_or(""); }

// The parameter's name, decoded: "a%5Fb=1" is parameter "a_b".
std::string name_of(std::string_view pair)
{
  return percent_decode(pair.substr(0, pair.find('=')));
}

// Percent-encodes what may not stand as itself in a query value: everything except
// unreserved characters and the sub-delimiters that carry no meaning to form decoding.
std::string encode_value(std::string_view value)
{
  static const std::string_view k_plain = "-._~/:@!$'()*,;";
  static const char k_hex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : value) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte < 0x80 && std::isalnum(byte) != 0) || k_plain.find(c) != std::string_view::npos) {
      out += c;
    } else {
      out += '%';
      out += k_hex[byte >> 4];
      out += k_hex[byte & 0x0F];
    }
  }
  return out;
}

}  // namespace

std::optional<std::string> query_param(std::string_view url, std::string_view name)
{
  const CurlUrl parsed = parse(url);
  if (!parsed) {
    return std::nullopt;
  }
  const std::string query = raw_query(parsed.get());
  for (const std::string& pair : split(query, '&')) {
    if (!pair.empty() && name_of(pair) == name) {
      const std::size_t equals = pair.find('=');
      return equals == std::string::npos ? "" : percent_decode(std::string_view(pair).substr(equals + 1));
    }
  }
  return std::nullopt;
}

std::optional<long long> query_int(std::string_view url, std::string_view name)
{
  const std::optional<std::string> text = query_param(url, name);
  if (!text || text->empty()) {
    return std::nullopt;
  }
  long long value = 0;
  const char* end = text->data() + text->size();
  const auto [ptr, ec] = std::from_chars(text->data(), end, value);
  if (ec != std::errc() || ptr != end || value < 0) {
    return std::nullopt;
  }
  return value;
}

std::string with_query_param(std::string_view url, std::string_view name, std::string_view value)
{
  const CurlUrl parsed = parse(url);
  if (!parsed) {
    return std::string(url);
  }
  const std::string assignment = std::string(name) + "=" + encode_value(value);
  std::string query;
  bool replaced = false;
  for (const std::string& pair : split(raw_query(parsed.get()), '&')) {
    if (pair.empty()) {
      continue;
    }
    const bool match = !replaced && name_of(pair) == name;
    query += (query.empty() ? "" : "&") + (match ? assignment : pair);
    replaced = replaced || match;
  }
  if (!replaced) {
    query += (query.empty() ? "" : "&") + assignment;
  }
  // The query goes back as text, not through curl_url_set: libcurl 7.88 lower-cases the
  // escapes of a query it is given (%3A -> %3a), and every other byte must stay as it was.
  const std::optional<std::string> fragment = part(parsed.get(), CURLUPART_FRAGMENT);
  if (curl_url_set(parsed.get(), CURLUPART_QUERY, nullptr, 0) != CURLUE_OK
      || curl_url_set(parsed.get(), CURLUPART_FRAGMENT, nullptr, 0) != CURLUE_OK) {
    return std::string(url);
  }
  const std::optional<std::string> base = part(parsed.get(), CURLUPART_URL);
  if (!base) {
    return std::string(url);
  }
  return *base + "?" + query + (fragment ? "#" + *fragment : "");
}

std::string percent_decode(std::string_view text)
{
  return scout::percent_decode(text, true);
}

}  // namespace scout::crawler
